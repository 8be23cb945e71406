/**
 * `npm run bench`: analysis speed beside its baselines, growth, bundle sizes and in-browser
 * timings, each against issue 7's budgets. `--json` prints the same figures as JSON;
 * `--no-browser` skips the Chromium stage. Progress goes to stderr.
 */
import { cpus, loadavg } from 'node:os';
import { benchAnalysis } from './analysis';
import { benchBrowser, chromiumVersion } from './browser';
import { checkBudgets } from './budgets';
import { BUILD_DIR, buildExtension, measureBundle } from './bundle';
import { loadCorpus } from './corpus';
import { largeLinkedInPage } from './large-page';
import { type BenchReport, formatReport } from './report';

/** "Say, 3 MB of DOM" (issue 7 brief). */
const LARGE_PAGE_BYTES = 3_000_000;
/** The large page's descriptions carry the long bench text (about 3,000 words). */
const LARGE_PAGE_TEXT = 'long';

async function main(args: readonly string[]): Promise<void> {
  const started = performance.now();
  const log = (line: string) =>
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
  const loadAtStart = loadavg()[0] ?? 0;
  log('bundle: production build (wxt zip)');
  const bundle = measureBundle(buildExtension());
  const analysis = await benchAnalysis(log);
  const withBrowser = !args.includes('--no-browser');
  const longText = loadCorpus(() => true).ads.find((t) => t.name === LARGE_PAGE_TEXT);
  const large = largeLinkedInPage(LARGE_PAGE_BYTES, longText?.text.split('\n') ?? []);
  const browser = withBrowser ? await benchBrowser(BUILD_DIR, large, log) : null;
  const report: BenchReport = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      node: process.version,
      chromium: browser?.chromium ?? chromiumVersion(),
      loadAtStart,
      loadAtEnd: loadavg()[0] ?? 0,
    },
    analysis,
    bundle,
    browser,
    budgets: checkBudgets(analysis, bundle, browser),
    durationS: (performance.now() - started) / 1000,
  };
  process.stdout.write(
    `${args.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report)}\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
