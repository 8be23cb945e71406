/** Command-line arguments, as the architecture page's CLI contract defines them. */
export type CliArgs =
  | { mode: 'single'; file: string; json: boolean; url: string | null }
  | { mode: 'jsonl'; file: string }
  | { mode: 'help' };

export const USAGE = `Usage:
  npm run analyze -- [--json] [--url URL] FILE     FILE is .html, .txt or - (stdin)
  npm run analyze -- --jsonl FILE                  one JSON object per line:
      {"id", "url"?, "html"? | "text"?, "title"?, "company"?, "location"?}
      → one JSON result per line, in order, with the same id`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs {
  let json = false;
  let url: string | null = null;
  let jsonl: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { mode: 'help' };
    if (arg === '--json') json = true;
    else if (arg === '--url') url = optionValue(argv, ++i, '--url');
    else if (arg === '--jsonl') jsonl = optionValue(argv, ++i, '--jsonl');
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else files.push(arg);
  }
  if (jsonl !== null) {
    if (files.length > 0) throw new UsageError('--jsonl takes its file as its value; give no other file.');
    return { mode: 'jsonl', file: jsonl };
  }
  if (files.length !== 1)
    throw new UsageError(files.length === 0 ? 'Give a file to analyse (or - for stdin).' : 'Give one file.');
  return { mode: 'single', file: files[0] as string, json, url };
}

function optionValue(argv: readonly string[], index: number, option: string): string {
  const value = argv[index];
  if (value === undefined || (value.startsWith('--') && value !== '-'))
    throw new UsageError(`${option} needs a value.`);
  return value;
}
