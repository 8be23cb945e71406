/**
 * One cold sample, run in a fresh Node process by bench/cold.ts (bundled to plain JS first, so
 * the figure is the bundle's load and not a TypeScript loader's): import the module, make the
 * first call, print the times as one JSON line.
 * argv: <kind: analyze | full-parse> <module file> <input JSON file>
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ColdInput {
  text: string;
  title: string;
  company: string;
  location: string;
}

type AnalyzeModule = { analyze(input: ColdInput): Promise<{ ok: boolean }> };
type CompromiseModule = { default: (text: string) => { json(): unknown[] } };

async function main(): Promise<void> {
  // Time since the process started (Node's own boot), before any of our code ran.
  const bootMs = performance.now();
  const [kind, moduleFile, inputFile] = process.argv.slice(2);
  if (!kind || !moduleFile || !inputFile) throw new Error('usage: cold-child <kind> <module> <input>');
  const input = JSON.parse(readFileSync(inputFile, 'utf8')) as ColdInput;
  const beforeLoad = performance.now();
  const loaded: unknown = await import(pathToFileURL(moduleFile).href);
  const loadMs = performance.now() - beforeLoad;
  const beforeCall = performance.now();
  const ok = await firstCall(kind, loaded, input);
  const firstCallMs = performance.now() - beforeCall;
  process.stdout.write(`${JSON.stringify({ bootMs, loadMs, firstCallMs, ok })}\n`);
}

async function firstCall(kind: string, loaded: unknown, input: ColdInput): Promise<boolean> {
  if (kind === 'analyze') return (await (loaded as AnalyzeModule).analyze(input)).ok;
  if (kind === 'full-parse') return (loaded as CompromiseModule).default(input.text).json().length > 0;
  throw new Error(`unknown kind ${kind}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
