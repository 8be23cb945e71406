import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { contentInput } from '../../../src/cli/run';

describe('CLI arguments', () => {
  it('reads a single file with --json and --url in any order', () => {
    expect(parseArgs(['--url', 'https://www.linkedin.com/jobs/view/1/', 'ad.html', '--json'])).toEqual({
      mode: 'single',
      file: 'ad.html',
      json: true,
      url: 'https://www.linkedin.com/jobs/view/1/',
    });
  });

  it('takes - as standard input', () => {
    expect(parseArgs(['-'])).toMatchObject({ mode: 'single', file: '-', json: false, url: null });
  });

  it('reads --jsonl FILE as batch mode', () => {
    expect(parseArgs(['--jsonl', 'batch.jsonl'])).toEqual({ mode: 'jsonl', file: 'batch.jsonl' });
  });

  it.each([
    [[], /Give a file/],
    [['a.html', 'b.html'], /one file/],
    [['--url'], /--url needs a value/],
    [['--frobnicate', 'a.html'], /Unknown option --frobnicate/],
    [['--jsonl', 'x.jsonl', 'y.html'], /give no other file/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('file kind', () => {
  it('goes by the extension first', () => {
    expect(contentInput('ad.HTML', 'plain words')).toEqual({ html: 'plain words' });
    expect(contentInput('ad.txt', '<html><body>x</body></html>')).toEqual({
      text: '<html><body>x</body></html>',
    });
  });

  it('sniffs standard input', () => {
    expect(contentInput('-', '  <!DOCTYPE html><html>')).toHaveProperty('html');
    expect(contentInput('-', 'PMO Analyst\nWe are hiring')).toHaveProperty('text');
  });
});
