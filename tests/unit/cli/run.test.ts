/** The CLI contract of the architecture page, through the real analysis and the real process. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type CliIo, EXIT, runCli } from '../../../src/cli/run';
import { OutcomeSchema, ResultSchema } from '../../../src/schema';

const PAGE = 'tests/fixtures/pages/linkedin/guest-pmo-analyst.html';
const PAGE_URL = 'https://www.linkedin.com/jobs/view/pmo-analyst-at-northwind-utilities-4012345678';
const AD_TEXT = `Project Manager
We are looking for a project manager to deliver the refurbishment of our Leeds distribution centre.
What you'll do
• Own the project plan, budget and schedule from design to handover
• Lead the delivery team and the contractors day to day, and resolve issues as they arise
• Report progress to the steering group every month
About you
• 5+ years of experience delivering construction projects on time and on budget
Salary: £55,000 - £62,000 per annum, permanent`;

function memoryIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: async (path) => {
      const content = files[path] ?? readFileSync(path, 'utf8');
      return content;
    },
    openLines: (path) => Readable.from([files[path] ?? readFileSync(path, 'utf8')]),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('single file', () => {
  it('prints a readable report for an HTML page read with the URL’s board reader', async () => {
    const run = memoryIo();
    expect(await runCli([PAGE, '--url', PAGE_URL], run.io)).toBe(EXIT.ok);
    expect(run.out()).toMatch(/^PMO Analyst · Northwind Utilities/);
    expect(run.out()).toMatch(/Read from LinkedIn/);
    expect(run.out()).toMatch(/Verdict: PMO-leaning/);
    expect(run.out()).toMatch(/Pay:\n {2}Stated in the ad: /);
  });

  it('prints the JSON result of a .txt file, with every field of the contract', async () => {
    const run = memoryIo({ 'ad.txt': AD_TEXT });
    expect(await runCli(['--json', 'ad.txt'], run.io)).toBe(EXIT.ok);
    const result = ResultSchema.parse(JSON.parse(run.out()));
    expect(result.verdict).toBe('pm');
    expect(result.posting).toMatchObject({ title: 'Project Manager', source: 'text' });
    expect(result.statedPay).toMatchObject({ currency: 'GBP', period: 'year', min: 55000, max: 62000 });
    expect(result.pay?.sources.length).toBeGreaterThan(0);
    for (const reason of result.reasons)
      expect(reason.text.slice(reason.start, reason.end)).toBe(reason.match);
  });

  it.each([
    ['missing file', ['nope.html'], /Cannot read nope\.html: no such file/],
    ['empty input', ['empty.txt'], /no text to analyse/i],
    ['text that is not a job ad', ['recipe.txt'], /does not look like a job ad/],
  ])('%s: a clear message and a non-zero exit', async (_name, argv, message) => {
    const run = memoryIo({
      'empty.txt': '   \n',
      'recipe.txt':
        'Lentil soup\nIngredients: 2 tablespoons of oil, one onion, 200 g red lentils.\nSimmer for 25 minutes, season and serve with bread. Bake for 10 minutes if you like it thick.',
    });
    expect(await runCli(argv, run.io)).toBe(EXIT.failed);
    expect(run.err()).toMatch(message);
    expect(run.out()).toBe('');
  });

  it('wrong usage exits 2 with the usage text', async () => {
    const run = memoryIo();
    expect(await runCli(['--bogus'], run.io)).toBe(EXIT.usage);
    expect(run.err()).toMatch(/Usage:/);
  });
});

describe('--jsonl batch', () => {
  it('answers every line in order with the same id, errors as {id, error}', async () => {
    const html = readFileSync(PAGE, 'utf8');
    const lines = [
      JSON.stringify({ id: 'a', html, url: PAGE_URL }),
      JSON.stringify({ id: 'b', text: AD_TEXT, location: 'Leeds, UK' }),
      '{not json',
      JSON.stringify({ id: 'd', text: '' }),
      JSON.stringify({ id: 'e' }),
      '',
      JSON.stringify({ id: 7, text: AD_TEXT }),
    ];
    const run = memoryIo({ 'batch.jsonl': lines.join('\n') });
    expect(await runCli(['--jsonl', 'batch.jsonl'], run.io)).toBe(EXIT.ok);
    const results = run
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(results.map((r) => r.id)).toEqual(['a', 'b', null, 'd', 'e', '7']);
    expect(results[0]).toMatchObject({ ok: true, verdict: 'pmo', posting: { source: 'linkedin' } });
    expect(results[1]).toMatchObject({ ok: true, verdict: 'pm', posting: { location: 'Leeds, UK' } });
    expect(results[2].error).toMatch(/Line 3 is not valid JSON/);
    expect(results[3].error).toMatch(/no text/i);
    expect(results[4].error).toMatch(/give "html" or "text"/);
    for (const r of [results[0], results[1], results[5]])
      expect(OutcomeSchema.safeParse(r).success).toBe(true);
  });
});

describe('the real process', () => {
  const run = promisify(execFile);
  const cli = (args: string[], input?: string) => {
    const child = run('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
    if (input !== undefined) {
      child.child.stdin?.end(input);
    }
    return child;
  };

  it('reads standard input with -', async () => {
    const { stdout } = await cli(['--json', '-'], AD_TEXT);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, verdict: 'pm' });
  }, 30_000);

  it('exits 1 with a message for a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmo-lens-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    await expect(cli([join(dir, 'missing.html')])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no such file/),
    });
    await expect(cli([join(dir, 'empty.txt')])).rejects.toMatchObject({ code: 1 });
  }, 30_000);
});
