/**
 * `analyze()` never throws and never guesses: any input gives an Outcome that passes its schema,
 * junk gives a refusal, and text with no ad in it gives a refusal or "neither", never a PMO or PM
 * verdict. The background path (an already-extracted posting) is held to the same rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { type AnalyzeInput, type Outcome, OutcomeSchema, type Posting } from '../../../src/schema';
import { awkwardNoise, awkwardText, binaryJunk, notAnAd, randomHtml } from './arbitraries';

function expectValid(outcome: Outcome): void {
  const parsed = OutcomeSchema.safeParse(outcome);
  expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 2))).toBe(true);
}

function expectNoVerdict(outcome: Outcome): void {
  expectValid(outcome);
  if (outcome.ok) expect(outcome.verdict).toBe('neither');
}

/** A posting as the background receives it, skipping the extractor's "is this an ad" check. */
function postingOf(description: string, title: string | null = null): Posting {
  return {
    title,
    company: null,
    location: null,
    url: 'https://careers.example.org/vacancies/1',
    jobKey: null,
    source: 'generic',
    description,
    descriptionChars: description.length,
    truncated: false,
    payText: null,
    structuredPay: null,
    employmentType: null,
    datePosted: null,
    fieldsFound: ['description'],
  };
}

describe('analyze on junk', () => {
  it('answers input of the wrong shape with invalid_input, not an exception', async () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'a job ad',
      [],
      {},
      { text: 42 },
      { html: { nested: true } },
      { posting: { title: 'PMO' } },
      { id: 7, text: 'x' },
      Object.create(null),
    ];
    for (const input of junk) {
      const outcome = await analyze(input as AnalyzeInput);
      expectValid(outcome);
      expect(outcome.ok, JSON.stringify(input)).toBe(false);
      if (!outcome.ok) expect(outcome.code).toBe('invalid_input');
    }
  });

  it('refuses empty text and empty HTML', async () => {
    for (const input of [{ text: '' }, { text: ' \n\t' }, { html: '' }, { html: '<html></html>' }]) {
      const outcome = await analyze(input);
      expectValid(outcome);
      expect(outcome.ok).toBe(false);
    }
  });

  it('never throws and never claims a verdict on random characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(awkwardNoise, fc.string({ unit: 'binary', maxLength: 500 })),
        async (text) => {
          expectNoVerdict(await analyze({ text }));
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);

  it('never throws on random text with job-ad words in it', async () => {
    await fc.assert(
      fc.asyncProperty(awkwardText, awkwardText, async (text, title) => {
        expectValid(await analyze({ text, title }));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('never throws on random HTML or binary junk, with or without a URL', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(randomHtml, binaryJunk),
        fc.option(fc.webUrl(), { nil: undefined }),
        async (html, url) => {
          expectValid(await analyze({ html, url }));
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('analyze on text with no ad', () => {
  it('refuses lorem ipsum and random letters given as text', async () => {
    await fc.assert(
      fc.asyncProperty(notAnAd, async (text) => {
        const outcome = await analyze({ text });
        expectValid(outcome);
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('gives "neither" or a refusal for a posting of lorem ipsum or random letters (the background path)', async () => {
    await fc.assert(
      fc.asyncProperty(notAnAd, fc.option(notAnAd, { nil: null }), async (description, title) => {
        expectNoVerdict(await analyze({ posting: postingOf(description, title?.slice(0, 60) ?? null) }));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('analyze on a huge ad', () => {
  it('reads a 100,000-word ad to a valid result without throwing', async () => {
    const ad = [
      'PMO Analyst',
      'About the role',
      'You will maintain the RAID log and the portfolio dashboard, prepare reports for the governance board and support project managers with planning standards.',
      'What you will bring',
      '• Experience in a project management office, P3O or PRINCE2 Foundation, strong Excel and Power BI skills.',
      'Salary £38,000 per annum. Apply with your CV.',
    ].join('\n');
    const wordsPerCopy = ad.split(/\s+/).length;
    const text = Array.from({ length: Math.ceil(100_000 / wordsPerCopy) }, () => ad).join('\n');
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(100_000);
    const started = performance.now();
    const outcome = await analyze({ text });
    const elapsed = performance.now() - started;
    expectValid(outcome);
    expect(outcome.ok).toBe(true);
    // Bounded by the extractor's description limit, not by the ad's length.
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);
});
