/** Issue 7's budgets, each checked against the figure it is about. */
import type { AnalysisFigures } from './analysis';
import type { BrowserFigures } from './browser';
import type { BundleFigures } from './bundle';

export interface BudgetCheck {
  figure: string;
  value: string;
  budget: string;
  pass: boolean;
}

/** "20 KB" read as kibibytes, the unit bundlers and browsers report. */
const CONTENT_SCRIPT_MAX_BYTES = 20 * 1024;

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function checkBudgets(
  analysis: AnalysisFigures,
  bundle: BundleFigures,
  browser: BrowserFigures | null,
) {
  const checks: BudgetCheck[] = [];
  const typical = analysis.ads.find((ad) => ad.name === 'typical');
  if (typical) {
    checks.push(
      {
        figure: `warm analysis, ${typical.words}-word ad (median)`,
        value: ms(typical.warm.median),
        budget: '≤ 25 ms',
        pass: typical.warm.median <= 25,
      },
      {
        figure: 'warm analysis vs full compromise parse, same text',
        value: `${(typical.fullParse.median / typical.warm.median).toFixed(1)}× faster`,
        budget: '≥ 4× faster',
        pass: typical.fullParse.median / typical.warm.median >= 4,
      },
      {
        figure: `cold analysis, ${typical.words}-word ad (fresh process, module load included)`,
        value: `${ms(typical.cold.total.median)} (load ${ms(typical.cold.load.median)})`,
        budget: '≤ 500 ms',
        pass: typical.cold.total.median <= 500,
      },
    );
  }
  const largest = [...bundle.contentScripts].sort((a, b) => b.bytes - a.bytes)[0];
  const withCompromise = bundle.contentScripts.filter((c) => c.compromiseMarkers.length > 0);
  const first = analysis.scaling[0];
  const last = analysis.scaling[analysis.scaling.length - 1];
  if (first && last) {
    checks.push(
      {
        figure: `growth, ${last.name} ÷ ${first.name} words (core, no length bound)`,
        value: `${analysis.growth.toFixed(1)}×`,
        budget: '≤ 60×',
        pass: analysis.growth <= 60,
      },
      {
        figure: `${last.name}-word page through analyze()${last.truncated ? ' (description bounded, result marked truncated)' : ''}`,
        value: ms(last.analyze.median),
        budget: '< 2 s',
        pass: last.analyze.median < 2_000,
      },
    );
  }
  checks.push(
    {
      figure: `largest content script, minified (${largest?.file ?? 'none'})`,
      value: `${((largest?.bytes ?? 0) / 1024).toFixed(1)} KB`,
      budget: '≤ 20 KB',
      pass: (largest?.bytes ?? 0) <= CONTENT_SCRIPT_MAX_BYTES,
    },
    {
      figure: 'compromise in a content script',
      value: withCompromise.length > 0 ? `yes (${withCompromise.map((c) => c.file).join(', ')})` : 'no',
      budget: 'none',
      // Markers missing from the background too would mean the check itself is blind.
      pass: withCompromise.length === 0 && bundle.backgroundMarkers.length > 0,
    },
  );
  if (browser) {
    const extensionLongTasks = [...browser.load.longTasks, ...browser.jobChange.longTasks].filter(
      (t) => t.causedByScript,
    );
    checks.push(
      {
        figure: 'content script main-thread time per job change, large page (median)',
        value: ms(browser.jobChange.scriptMs.median),
        budget: '≤ 10 ms',
        pass: browser.jobChange.scriptMs.median <= 10,
      },
      {
        figure: 'long tasks (> 50 ms) caused by the content script, load and job changes',
        value:
          extensionLongTasks.length === 0
            ? 'none'
            : extensionLongTasks.map((t) => `${ms(t.ms)} (script ${ms(t.scriptMs)})`).join(', '),
        budget: 'none',
        pass: extensionLongTasks.length === 0,
      },
      {
        figure: 'popup → verdict painted, result precomputed (median)',
        value: ms(browser.popupPrecomputed.painted.median),
        budget: '≤ 150 ms',
        pass: browser.popupPrecomputed.painted.median <= 150,
      },
      {
        figure: 'popup → verdict painted, not computed yet (median)',
        value: ms(browser.popupNotComputed.painted.median),
        budget: '≤ 600 ms',
        pass: browser.popupNotComputed.painted.median <= 600,
      },
    );
  }
  return checks;
}
