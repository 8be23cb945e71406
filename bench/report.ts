/** The bench's figures as the printed table. */
import type { AnalysisFigures } from './analysis';
import type { BrowserFigures, PopupPhases } from './browser';
import type { BudgetCheck } from './budgets';
import type { BundleFigures } from './bundle';
import type { ColdFigures } from './cold';
import type { Summary } from './stats';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the bench started and ended: other work on the machine skews figures. */
  loadAtStart: number;
  loadAtEnd: number;
}

export interface BenchReport {
  date: string;
  command: string;
  machine: Machine;
  analysis: AnalysisFigures;
  bundle: BundleFigures;
  browser: BrowserFigures | null;
  budgets: BudgetCheck[];
  durationS: number;
}

function fixed(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 1) return value.toFixed(1);
  return value.toFixed(2);
}

/** "41.1 [9.0–123] ×31": median, then min–max and the run count. */
function summary(s: Summary): string {
  return `${fixed(s.median)} [${fixed(s.min)}–${fixed(s.max)}] ×${s.runs}`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function coldCells(cold: ColdFigures): string[] {
  const share = (cold.load.median / cold.total.median) * 100;
  return [
    summary(cold.total),
    `${summary(cold.load)} (${share.toFixed(0)}%)`,
    summary(cold.firstCall),
    fixed(cold.boot.median),
  ];
}

function analysisSection(a: AnalysisFigures): string {
  const warm = table(
    ['ad', 'words', 'analyse, warm', 'full parse nlp().json()', 'regex word scan', 'analyse ÷ parse'],
    a.ads.map((ad) => [
      ad.name,
      String(ad.words),
      summary(ad.warm),
      summary(ad.fullParse),
      summary(ad.wordScan),
      `${ad.analyzeOverFullParse.toFixed(2)} (${(1 / ad.analyzeOverFullParse).toFixed(1)}× faster)`,
    ]),
  );
  const coldRows = a.ads.map((ad) => [`analyse, ${ad.name}`, String(ad.words), ...coldCells(ad.cold)]);
  for (const ad of a.ads) {
    if (ad.coldFullParse)
      coldRows.push([`full parse, ${ad.name}`, String(ad.words), ...coldCells(ad.coldFullParse)]);
  }
  const cold = table(
    [
      'cold (fresh Node process)',
      'words',
      'load + first call',
      'module load (share)',
      'first call',
      'node boot',
    ],
    coldRows,
  );
  const scaling = table(
    [
      'scaling',
      'words',
      'analyze({text}), end to end',
      'chars analysed',
      'core, whole text, no bound',
      'µs/word',
    ],
    a.scaling.map((s) => [
      s.name,
      String(s.words),
      summary(s.analyze),
      `${s.analyzedChars} of ${s.inputChars}${s.truncated ? ' (truncated)' : ''}`,
      summary(s.unbounded),
      s.unboundedMicrosPerWord.toFixed(1),
    ]),
  );
  const dropped =
    a.droppedAds.length > 0
      ? `\nAds left out of the bench texts (refused as not a job ad): ${a.droppedAds.join(', ')}`
      : '';
  return [
    'Analysis, ms: median [min–max] ×runs (warm: repeated in one process)',
    warm,
    '',
    cold,
    '',
    scaling,
    `Growth ${a.scaling[a.scaling.length - 1]?.name} ÷ ${a.scaling[0]?.name} (core, no bound): ${a.growth.toFixed(1)}×${dropped}`,
  ].join('\n');
}

function bundleSection(b: BundleFigures): string {
  const rows = b.parts.map((p) => [p.name, kb(p.bytes), kb(p.gzipBytes), p.files.join(' ')]);
  rows.push(['unpacked total', kb(b.totalBytes), '', ''], ['zip', kb(b.zipBytes), '', b.zipFile]);
  const withCompromise = b.contentScripts.filter((c) => c.compromiseMarkers.length > 0);
  const compromise =
    withCompromise.length > 0
      ? `yes (${withCompromise.map((c) => `${c.file}: ${c.compromiseMarkers.join(', ')}`).join('; ')})`
      : 'no';
  return [
    'Bundle, production build (wxt zip)',
    table(['part', 'size', 'gzip', 'files'], rows),
    `compromise in a content script: ${compromise} (markers found in the background: ${b.backgroundMarkers.length})`,
  ].join('\n');
}

/** Enough of the content script's hottest frames to point at where its time goes. */
const HOT_FRAMES_SHOWN = 6;

function popupMarks(name: string, p: PopupPhases): string {
  return `${name}: scripts run (DOMContentLoaded) ${fixed(p.domContentLoaded.median)}, state asked ${fixed(p.stateRequested.median)}, answered ${fixed(p.stateReceived.median)}, painted ${fixed(p.painted.median)}`;
}

function browserSection(b: BrowserFigures | null): string {
  if (!b) return 'Browser: skipped (--no-browser)';
  const longTasks = (tasks: BrowserFigures['load']['longTasks']) => {
    const caused = tasks.filter((t) => t.causedByScript);
    const withScript = tasks.filter((t) => t.scriptMs > 0);
    return `${tasks.length} on the page thread, ${withScript.length} with content-script work, ${caused.length} caused by it${
      caused.length > 0
        ? ` (${caused.map((t) => `${fixed(t.ms)} ms, script ${fixed(t.scriptMs)} ms`).join('; ')})`
        : ''
    }`;
  };
  const page = b.largePage;
  return [
    'Browser, headless Chromium with the built extension (ms)',
    table(
      ['figure', 'median [min–max] ×runs'],
      [
        [`popup → verdict painted, precomputed (${b.popupFixture})`, summary(b.popupPrecomputed.painted)],
        [
          'popup → verdict painted, not computed (read + analyse on open)',
          summary(b.popupNotComputed.painted),
        ],
        ['floor: an empty web page opened the same way → first paint', summary(b.pageOpenFloor.painted)],
        [
          'floor: an empty extension page opened the same way → first paint',
          summary(b.extensionPageFloor.painted),
        ],
        ['content script main thread, per job change (large page)', summary(b.jobChange.scriptMs)],
      ],
    ),
    `Popup marks, median ms from navigation start: ${popupMarks('precomputed', b.popupPrecomputed)}; ${popupMarks('not computed', b.popupNotComputed)}`,
    `Large page: ${(page.bytes / 1e6).toFixed(2)} MB of HTML, ${page.cards} result cards, ${page.descriptionWords} extra words per description`,
    `Content script main thread during page load: ${fixed(b.load.scriptMs)} ms (sampled, V8 profiler via CDP trace)`,
    `Long tasks > 50 ms, page load: ${longTasks(b.load.longTasks)}`,
    `Long tasks > 50 ms, job changes: ${longTasks(b.jobChange.longTasks)}`,
    `Content script hot spots over all job changes (self ms): ${
      b.jobChange.hotFrames
        .slice(0, HOT_FRAMES_SHOWN)
        .map((f) => `${f.frame} ${fixed(f.ms)}`)
        .join('; ') || '–'
    }`,
  ].join('\n');
}

function budgetSection(checks: BudgetCheck[]): string {
  const failed = checks.filter((c) => !c.pass).length;
  return [
    `Budgets (issue 7): ${checks.length - failed} pass, ${failed} fail`,
    table(
      ['', 'figure', 'value', 'budget'],
      checks.map((c) => [c.pass ? 'PASS' : 'FAIL', c.figure, c.value, c.budget]),
    ),
  ].join('\n');
}

export function formatReport(r: BenchReport): string {
  const m = r.machine;
  return [
    `PMO Lens bench, ${r.date}: ${r.command} (${r.durationS.toFixed(0)} s)`,
    `Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.chromium}; load average ${m.loadAtStart.toFixed(1)} at start, ${m.loadAtEnd.toFixed(1)} at end`,
    '',
    analysisSection(r.analysis),
    '',
    bundleSection(r.bundle),
    '',
    browserSection(r.browser),
    '',
    budgetSection(r.budgets),
  ].join('\n');
}
