/**
 * The extract stage never throws, whatever a page holds: random and broken markup, binary junk,
 * malformed JSON-LD, a 5 MB page, a 10,000-deep DOM, nothing at all. Every answer passes the
 * Extraction schema, and a page with no ad is never turned into one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPosting, MAX_DESCRIPTION_CHARS } from '../../../src/extract/index';
import { parseHtml } from '../../../src/parse-html';
import { type Extraction, ExtractionSchema } from '../../../src/schema';
import { binaryJunk, brokenHtml, malformedJsonLd, notAnAd, pageWithJsonLd, randomHtml } from './arbitraries';

/** Pages at URLs each board adapter claims, and at one no adapter claims. */
const URLS = [
  'https://www.linkedin.com/jobs/view/4012345678',
  'https://www.linkedin.com/jobs/search-results/?currentJobId=4045678901',
  'https://uk.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b',
  'https://job-boards.greenhouse.io/example/jobs/4100001',
  'https://careers.example.org/vacancies/pmo-analyst',
  null,
] as const;

/** A few hundred cases per property keeps each test well under 20 s on two cores. */
const RUNS = 150;

async function extract(html: string, url: string | null): Promise<Extraction> {
  return extractPosting(await parseHtml(html), url);
}

function expectWellFormed(extraction: Extraction): void {
  expect(ExtractionSchema.safeParse(extraction).success).toBe(true);
  if (!extraction.ok) return;
  const { posting } = extraction;
  expect(posting.descriptionChars).toBe(posting.description.length);
  expect(posting.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
}

describe('extractPosting under random input', () => {
  it('never throws on random well-nested markup, at any board URL', async () => {
    await fc.assert(
      fc.asyncProperty(randomHtml, fc.constantFrom(...URLS), async (body, url) => {
        expectWellFormed(await extract(`<!doctype html><html><body>${body}</body></html>`, url));
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('never throws on unclosed, misnested and truncated markup', async () => {
    await fc.assert(
      fc.asyncProperty(brokenHtml, fc.constantFrom(...URLS), async (html, url) => {
        expectWellFormed(await extract(html, url));
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('never throws on binary junk', async () => {
    await fc.assert(
      fc.asyncProperty(binaryJunk, fc.constantFrom(...URLS), async (junk, url) => {
        expectWellFormed(await extract(junk, url));
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('never throws on malformed JSON-LD, and reads no job from a JSON-LD block that is not one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(malformedJsonLd, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...URLS),
        async (blocks, url) => {
          const extraction = await extract(pageWithJsonLd(blocks, '<p>Cookie settings</p>'), url);
          expectWellFormed(extraction);
          const anyJobPosting = blocks.some((block) => /jobposting/i.test(block));
          if (!anyJobPosting) expect(extraction.ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('finds no job ad on a page of lorem ipsum or random letters', async () => {
    await fc.assert(
      fc.asyncProperty(notAnAd, fc.constantFrom(...URLS), async (text, url) => {
        const paragraphs = text
          .split('\n')
          .map((line) => `<p>${line}</p>`)
          .join('');
        const extraction = await extract(`<html><body><main>${paragraphs}</main></body></html>`, url);
        expectWellFormed(extraction);
        expect(extraction.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('extractPosting on extreme pages', () => {
  it('refuses an empty page and a page of whitespace', async () => {
    for (const html of ['', '   \n\t ', '<html></html>', '<html><body></body></html>']) {
      const extraction = await extract(html, URLS[4]);
      expectWellFormed(extraction);
      expect(extraction.ok).toBe(false);
    }
  });

  const AD =
    '<h1>PMO Analyst</h1><p>We are hiring a PMO Analyst. Responsibilities: maintain the RAID log, prepare portfolio reports and support governance boards. Requirements: experience in a PMO. Salary £38,000 per annum. Apply now.</p>';
  const MEGABYTES_5 = 5 * 1024 * 1024;

  it('reads the ad in a 10,000-deep DOM without a stack overflow', async () => {
    const depth = 10_000;
    const html = `<html><body><main>${'<div>'.repeat(depth)}${AD}${'</div>'.repeat(depth)}</main></body></html>`;
    const extraction = await extract(html, URLS[4]);
    expectWellFormed(extraction);
    expect(extraction.ok && extraction.posting.title).toBe('PMO Analyst');
  }, 20_000);

  it('reads the ad on a 5 MB page whose bulk is an app-state blob and a footer', async () => {
    // Boards inline megabytes of app state; the ad is a small part of the page.
    const blob = `<script>window.__STATE__=${JSON.stringify({ items: 'x'.repeat(MEGABYTES_5 / 2) })}</script>`;
    const footer = `<footer>${'<a href="/jobs">Similar jobs near you</a> '.repeat(MEGABYTES_5 / 2 / 40)}</footer>`;
    const html = `<html><head>${blob}</head><body><main>${AD}</main>${footer}</body></html>`;
    expect(html.length).toBeGreaterThan(MEGABYTES_5);
    const extraction = await extract(html, URLS[4]);
    expectWellFormed(extraction);
    expect(extraction.ok && extraction.posting.title).toBe('PMO Analyst');
  }, 30_000);

  it('keeps a 5 MB description within its limit, or refuses it', async () => {
    const paragraph =
      '<p>You will maintain the RAID log, prepare the monthly portfolio dashboard and support the governance board.</p>';
    const html = `<html><body><main><h1>PMO Analyst</h1><h2>Responsibilities</h2>${paragraph.repeat(Math.ceil(MEGABYTES_5 / paragraph.length))}<p>Apply now.</p></main></body></html>`;
    expect(html.length).toBeGreaterThan(MEGABYTES_5);
    // expectWellFormed holds the description to MAX_DESCRIPTION_CHARS.
    expectWellFormed(await extract(html, URLS[4]));
  }, 30_000);
});
