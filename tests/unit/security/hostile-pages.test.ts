/**
 * The hostile fixture pages (tests/fixtures/pages/hostile/<board>/) read as data: payloads written
 * as text stay literal text, payloads written as markup are dropped as markup, bidi overrides and
 * zero-width marks are removed, and no `javascript:` address becomes the posting's URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { htmlToText } from '../../../src/extract/html-text';
import { extractPosting } from '../../../src/extract/index';
import { parseHtml } from '../../../src/parse-html';
import { ExtractionSchema, OutcomeSchema } from '../../../src/schema';

const HOSTILE = join(import.meta.dirname, '../../fixtures/pages/hostile');

interface Expected {
  url: string;
  lean: string;
  descriptionStartsWith?: string;
  descriptionIncludes?: string[];
  descriptionExcludes?: string[];
  [field: string]: unknown;
}

const FIELDS = ['source', 'title', 'company', 'location', 'jobKey', 'payText'] as const;
/** Bidi overrides and isolates, zero-width characters: they disguise text and must not reach the UI. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

const cases = readdirSync(HOSTILE).flatMap((board) =>
  readdirSync(join(HOSTILE, board))
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => {
      const name = `${board}/${file.replace(/\.expected\.json$/, '')}`;
      const expected = JSON.parse(readFileSync(join(HOSTILE, board, file), 'utf8')) as Expected;
      const html = readFileSync(join(HOSTILE, `${name}.html`), 'utf8');
      return { name, expected, html };
    }),
);

describe('hostile fixture pages', () => {
  it('has one per kind of page: LinkedIn, Indeed, JSON-LD only', () => {
    expect(cases.map((c) => c.name).sort()).toEqual([
      'indeed/viewjob',
      'linkedin/guest',
      'workday/jsonld-shell',
    ]);
  });

  it.each(cases)('$name reads as literal text', async ({ expected, html }) => {
    const extraction = ExtractionSchema.parse(extractPosting(await parseHtml(html), expected.url));
    if (!extraction.ok) throw new Error(extraction.message);
    const { posting } = extraction;
    for (const field of FIELDS) if (field in expected) expect(posting[field], field).toEqual(expected[field]);
    if (expected.descriptionStartsWith)
      expect(posting.description.startsWith(expected.descriptionStartsWith)).toBe(true);
    for (const part of expected.descriptionIncludes ?? []) expect(posting.description).toContain(part);
    for (const part of expected.descriptionExcludes ?? []) expect(posting.description).not.toContain(part);
    for (const text of [posting.title, posting.company, posting.location, posting.description])
      expect(text ?? '').not.toMatch(INVISIBLE);
    expect(posting.url).toBe(expected.url);
  });

  it.each(cases)('$name is analysed to the verdict its author meant', async ({ expected, html }) => {
    const outcome = OutcomeSchema.parse(await analyze({ html, url: expected.url }));
    expect(outcome.ok && outcome.verdict).toBe(expected.lean);
  });
});

describe('htmlToText on twice-encoded descriptions', () => {
  it('keeps the block breaks when a later round finds a tag in decoded text', async () => {
    const doc = await parseHtml('<html><body></body></html>');
    const html =
      '<h2>About the role</h2><p>We build a PMO.</p><ul><li>Run the board &amp;lt;b&amp;gt;</li></ul>';
    // Round one leaves "&lt;b&gt;" as text, round two decodes it to "<b>", round three parses it.
    expect(htmlToText(html, doc)).toBe('About the role\nWe build a PMO.\n• Run the board');
  });
});
