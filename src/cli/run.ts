/** The CLI's logic, with its I/O passed in so tests drive it without spawning a process. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { analyze } from '../core';
import type { AnalyzeInput, Outcome } from '../schema';
import { type CliArgs, parseArgs, USAGE, UsageError } from './args';
import { formatReport } from './report';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<string>;
  openLines(path: string): Readable;
}

/** Exit codes: 0 done, 1 no analysis possible (empty, not a job ad, unreadable), 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const JsonlLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  url: z.string().optional(),
  html: z.string().optional(),
  text: z.string().optional(),
  title: z.string().optional(),
  company: z.string().optional(),
  location: z.string().optional(),
});

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (args.mode === 'help') {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  return args.mode === 'jsonl' ? runJsonl(args.file, io) : runSingle(args, io);
}

async function runSingle(args: Extract<CliArgs, { mode: 'single' }>, io: CliIo): Promise<number> {
  let content: string;
  try {
    content = await io.readFile(args.file);
  } catch (error) {
    io.err(`Cannot read ${args.file === '-' ? 'standard input' : args.file}: ${reasonOf(error)}\n`);
    return EXIT.failed;
  }
  const outcome = await analyze({ ...contentInput(args.file, content), url: args.url ?? undefined });
  if (args.json) io.out(`${JSON.stringify(outcome, null, 2)}\n`);
  if (!outcome.ok) {
    io.err(`${outcome.error}\n`);
    return EXIT.failed;
  }
  if (!args.json) io.out(`${formatReport(outcome)}\n`);
  return EXIT.ok;
}

async function runJsonl(file: string, io: CliIo): Promise<number> {
  let lineNumber = 0;
  try {
    for await (const line of createInterface({
      input: io.openLines(file),
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      lineNumber++;
      if (line.trim() === '') continue;
      io.out(`${JSON.stringify(await analyzeLine(line, lineNumber))}\n`);
    }
  } catch (error) {
    io.err(`Cannot read ${file === '-' ? 'standard input' : file}: ${reasonOf(error)}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

async function analyzeLine(
  line: string,
  lineNumber: number,
): Promise<Outcome | { id: string | null; error: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: `Line ${lineNumber} is not valid JSON.` };
  }
  const parsed = JsonlLineSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
    return {
      id,
      error: `Line ${lineNumber}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'} ${i.message}`).join('; ')}`,
    };
  }
  if (parsed.data.html === undefined && parsed.data.text === undefined) {
    return { id: parsed.data.id, error: `Line ${lineNumber}: give "html" or "text".` };
  }
  return analyze(parsed.data satisfies AnalyzeInput);
}

/** `.html`/`.htm` files are pages, `.txt` files are text; stdin and other names are sniffed. */
export function contentInput(file: string, content: string): Pick<AnalyzeInput, 'html' | 'text'> {
  if (/\.html?$/i.test(file)) return { html: content };
  if (/\.txt$/i.test(file)) return { text: content };
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(content)
    ? { html: content }
    : { text: content };
}

function reasonOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return 'no such file';
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EISDIR')
    return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}
