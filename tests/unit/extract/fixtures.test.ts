/**
 * Every fixture page under tests/fixtures/pages/<board>/ runs through extractPosting at its real URL
 * and is compared with the `<name>.expected.json` beside it (only the keys the file names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPosting, siteFor } from '../../../src/extract/index';
import { ExtractionSchema } from '../../../src/schema';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

interface Expected {
  url: string;
  /** Another fixture's HTML served at a different URL (a search page with several jobs). */
  html?: string;
  ok: boolean;
  reason?: string;
  jobKey?: string | null;
  descriptionStartsWith?: string;
  descriptionEndsWith?: string;
  descriptionIncludes?: string[];
  descriptionExcludes?: string[];
  minChars?: number;
  maxChars?: number;
  [field: string]: unknown;
}

/** Posting fields compared as they are. */
const EXACT_FIELDS = [
  'source',
  'title',
  'company',
  'location',
  'jobKey',
  'payText',
  'structuredPay',
  'employmentType',
  'datePosted',
  'truncated',
] as const;

const cases = readdirSync(PAGES).flatMap((board) =>
  readdirSync(join(PAGES, board))
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, '');
      const expected = JSON.parse(readFileSync(join(PAGES, board, file), 'utf8')) as Expected;
      return { board, name, expected, htmlFile: join(PAGES, board, expected.html ?? `${name}.html`) };
    }),
);

describe('fixture pages', () => {
  it('has fixtures for every board', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('$board/$name', ({ expected, htmlFile }) => {
    const { document } = parseHTML(readFileSync(htmlFile, 'utf8'));
    const result = ExtractionSchema.parse(extractPosting(document, expected.url));
    if (!expected.ok) {
      expect(result).toMatchObject({ ok: false, reason: expected.reason });
      if ('jobKey' in expected && !result.ok) expect(result.jobKey).toBe(expected.jobKey);
      return;
    }
    if (!result.ok) throw new Error(`refused: ${result.message}`);
    const posting = result.posting;
    for (const field of EXACT_FIELDS) {
      if (field in expected) expect(posting[field], field).toEqual(expected[field]);
    }
    const text = posting.description;
    if (expected.descriptionStartsWith)
      expect(text.startsWith(expected.descriptionStartsWith), text.slice(0, 200)).toBe(true);
    if (expected.descriptionEndsWith)
      expect(text.endsWith(expected.descriptionEndsWith), text.slice(-200)).toBe(true);
    for (const part of expected.descriptionIncludes ?? []) expect(text).toContain(part);
    for (const part of expected.descriptionExcludes ?? []) expect(text).not.toContain(part);
    expect(posting.descriptionChars).toBe(text.length);
    expect(text.length).toBeGreaterThanOrEqual(expected.minChars ?? 1);
    if (expected.maxChars) expect(text.length).toBeLessThanOrEqual(expected.maxChars);
  });

  it.each(cases)('$board/$name is served at a URL its adapter claims', ({ board, expected }) => {
    const adapter = siteFor(expected.url);
    if (['jsonld', 'microdata', 'generic'].includes(board)) expect(adapter).toBeNull();
    else expect(adapter?.name).toBe(board === 'totaljobs' ? 'stepstone' : board);
  });
});
