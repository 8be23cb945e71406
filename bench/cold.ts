/**
 * Cold figures: each sample is a fresh Node process that loads a bundle and makes its first call.
 * The bundles are built with esbuild (minified, as the extension ships them) so module load means
 * loading the code the extension runs, not compiling TypeScript on the fly.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { z } from 'zod';
import type { BenchText } from './corpus';
import { type Summary, summarize } from './stats';

const BUNDLE_DIR = resolve('node_modules/.cache/pmo-lens-bench');

export type ColdKind = 'analyze' | 'full-parse';

export interface ColdBundles {
  child: string;
  modules: Record<ColdKind, string>;
}

export async function buildColdBundles(): Promise<ColdBundles> {
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', minify: true } as const;
  const bundles: ColdBundles = {
    child: join(BUNDLE_DIR, 'cold-child.mjs'),
    modules: { analyze: join(BUNDLE_DIR, 'core.mjs'), 'full-parse': join(BUNDLE_DIR, 'compromise.mjs') },
  };
  await build({ ...common, entryPoints: ['bench/cold-child.ts'], outfile: bundles.child });
  await build({ ...common, entryPoints: ['src/core.ts'], outfile: bundles.modules.analyze });
  await build({
    ...common,
    stdin: { contents: "export { default } from 'compromise';", resolveDir: resolve('.'), loader: 'js' },
    outfile: bundles.modules['full-parse'],
  });
  return bundles;
}

const ChildOutputSchema = z.object({
  bootMs: z.number(),
  loadMs: z.number(),
  firstCallMs: z.number(),
  ok: z.boolean(),
});

export interface ColdFigures {
  /** Module load plus first call: the cold figure the budget is about. */
  total: Summary;
  load: Summary;
  firstCall: Summary;
  /** Node's own start-up before any code of ours, reported apart and not in `total`. */
  boot: Summary;
}

export function measureCold(
  bundles: ColdBundles,
  kind: ColdKind,
  text: BenchText,
  runs: number,
): ColdFigures {
  const inputFile = join(BUNDLE_DIR, `input-${text.name}.json`);
  const { title, company, location } = text;
  writeFileSync(inputFile, JSON.stringify({ text: text.text, title, company, location }));
  const samples = Array.from({ length: runs }, () => {
    const stdout = execFileSync(process.execPath, [bundles.child, kind, bundles.modules[kind], inputFile], {
      encoding: 'utf8',
    });
    const parsed = ChildOutputSchema.parse(JSON.parse(stdout));
    if (!parsed.ok) throw new Error(`cold ${kind} on the ${text.name} text gave no result`);
    return parsed;
  });
  return {
    total: summarize(samples.map((s) => s.loadMs + s.firstCallMs)),
    load: summarize(samples.map((s) => s.loadMs)),
    firstCall: summarize(samples.map((s) => s.firstCallMs)),
    boot: summarize(samples.map((s) => s.bootMs)),
  };
}
