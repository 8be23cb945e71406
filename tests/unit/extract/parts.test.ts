import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText, cleanInline, htmlToText } from '../../../src/extract/html-text';
import {
  currentJobKey,
  extractFromText,
  extractPosting,
  looksLikeJobAd,
  MAX_DESCRIPTION_CHARS,
} from '../../../src/extract/index';
import { parseLenient, readJsonLd, statedPayOf } from '../../../src/extract/jsonld';
import { ExtractionSchema } from '../../../src/schema';

const page = (body: string, head = '') =>
  parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document;

const AD = `PMO Analyst
Northwind is looking for a PMO Analyst to join the portfolio office.
Responsibilities
- Maintain the RAID log across the portfolio and prepare reporting packs.
- Support project managers with templates and governance standards.
Requirements
- Two years of experience in a PMO role; PRINCE2 Foundation.
This is a permanent, full-time role with a pension and 27 days' holiday. Apply with your CV.`;

describe('blockText', () => {
  it('puts blocks on their own lines, bullets list items, honours <br> and drops controls', () => {
    const doc = page(
      '<div id="d"><h3>What you will do</h3><p>Run the <b>portfolio</b>\n   board.<br>Weekly.</p><ul><li><p>RAID logs</p></li><li>Templates</li></ul><button>Apply</button><script>alert(1)</script><nav>Menu</nav><form>Search</form></div>',
    );
    expect(blockText(doc.getElementById('d') as Element)).toBe(
      'What you will do\nRun the portfolio board.\nWeekly.\n• RAID logs\n• Templates',
    );
  });

  it('survives a 10,000-deep DOM', () => {
    const deep = `${'<div>'.repeat(10_000)}deep text${'</div>'.repeat(10_000)}`;
    const doc = page(deep);
    expect(blockText(doc.body)).toBe('deep text');
  });
});

describe('htmlToText', () => {
  const doc = page('');
  it('decodes HTML given as entities, even twice encoded', () => {
    expect(
      htmlToText(
        '&amp;lt;p&amp;gt;Lead the PMO &amp;amp;amp; governance&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;KPIs&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;',
        doc,
      ),
    ).toBe('Lead the PMO & governance\n• KPIs');
  });
  it('keeps plain-text newlines and never runs markup', () => {
    expect(htmlToText('Line one\n\nLine two &amp; three', doc)).toBe('Line one\nLine two & three');
    const text = htmlToText(
      '<p>Hi<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script></p><a href="javascript:alert(1)">link</a>',
      doc,
    );
    expect(text).toBe('Hi\nlink');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
  it('strips zero-width and bidi controls from inline fields', () => {
    expect(cleanInline('\u202ePMO\u200b Analyst\u2066 ')).toBe('PMO Analyst');
  });
});

describe('JSON-LD', () => {
  it('parses invalid JSON with raw newlines and trailing commas', () => {
    expect(parseLenient('{"a": "x\ny\tz", "b": [1,2,],}')).toEqual({ a: 'x\ny\tz', b: [1, 2] });
    expect(parseLenient('{"a": ')).toBeNull();
  });
  it.each([
    [
      { currency: 'GBP', value: { minValue: '30000.00', maxValue: '35000.00', unitText: 'YEAR' } },
      'GBP',
      'year',
      30000,
      35000,
    ],
    [{ currency: 'pound', value: { value: '450', unitText: 'DAY' } }, 'GBP', 'day', 450, 450],
    [{ currency: 'USD', value: { minValue: 95, maxValue: 135, unitText: 'HOUR' } }, 'USD', 'hour', 95, 135],
    [{ currency: 'EUR', value: 4200, unitText: 'MONTH' }, 'EUR', 'month', 4200, 4200],
    [{ currency: 'GBP', value: { minValue: '45000' } }, 'GBP', 'year', 45000, null],
  ])('reads baseSalary %j', (salary, currency, period, min, max) => {
    expect(statedPayOf({ '@type': 'MonetaryAmount', ...salary })).toMatchObject({
      currency,
      period,
      min,
      max,
      from: 'jsonld',
    });
  });
  it.each([
    [{ currency: 'pound', value: { value: 'Negotiable', unitText: 'YEAR' } }],
    [{ currency: '', value: { value: '', minValue: '', maxValue: '', unitText: '' } }],
    [{ currency: 'GBP', value: { value: 5000 } }],
  ])('gives no pay for %j', (salary) => {
    expect(statedPayOf(salary)).toBeNull();
  });
  it('keeps Glassdoor estimatedSalary out of structuredPay', () => {
    const doc = page(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'PMO Manager',
        description: 'x',
        estimatedSalary: {
          '@type': 'MonetaryAmount',
          currency: 'GBP',
          value: { minValue: 50000, maxValue: 78000, unitText: 'YEAR' },
        },
      })}</script>`,
    );
    expect(readJsonLd(doc)[0]?.structuredPay).toBeNull();
  });
});

describe('looksLikeJobAd', () => {
  it('accepts an ad and refuses a recipe', () => {
    expect(looksLikeJobAd(AD).isJobAd).toBe(true);
    const recipe =
      'Lentil curry. Ingredients: 2 tablespoons of oil, one onion, 200 g lentils. Preheat nothing; simmer the lentils for 25 minutes until soft, stir in coconut milk and season. Serve with rice and a squeeze of lime. Keeps for three days in the fridge.';
    expect(looksLikeJobAd(recipe)).toMatchObject({ isJobAd: false });
  });
});

describe('extractFromText', () => {
  it('takes a title from the first line and structures bullets', () => {
    const result = extractFromText(AD, { source: 'paste' });
    if (!result.ok) throw new Error(result.message);
    expect(result.posting).toMatchObject({ title: 'PMO Analyst', source: 'paste', jobKey: null });
    expect(result.posting.description).toContain('\n• Maintain the RAID log');
    expect(result.posting.description.startsWith('Northwind is looking')).toBe(true);
  });
  it('keeps a given title and the whole text', () => {
    const result = extractFromText(AD, { title: 'Portfolio Analyst' });
    expect(result.ok && result.posting.title).toBe('Portfolio Analyst');
    expect(result.ok && result.posting.description.startsWith('PMO Analyst\n')).toBe(true);
  });
  it('refuses empty and non-ad text', () => {
    expect(extractFromText('  \n\u200b ', {})).toMatchObject({ ok: false, reason: 'empty' });
    expect(
      extractFromText('Meeting moved to 3pm. Bring the slides about the quarterly numbers please.', {}),
    ).toMatchObject({
      ok: false,
      reason: 'not_job_ad',
    });
  });
});

describe('text the user chose', () => {
  const shortAd =
    'Project Manager\nYou will run the delivery of the new clinic building, keeping it on schedule and on budget, and chair the weekly site progress meeting with the contractor and the client estates team.\nExperience in hospital builds is needed.';
  it('analyses a short real ad that a web page would need more cues for', () => {
    expect(looksLikeJobAd(shortAd).isJobAd).toBe(false);
    expect(extractFromText(shortAd, {})).toMatchObject({ ok: true });
  });
  it('still refuses a recipe', () => {
    const recipe =
      'Lentil curry\nIngredients: 2 tablespoons of oil, one onion, 200 g lentils.\nSimmer the lentils for 25 minutes until soft, stir in coconut milk and season. Bake for 10 minutes. Serve with rice and a squeeze of lime; it keeps for three days.';
    expect(extractFromText(recipe, { source: 'paste' })).toMatchObject({ ok: false, reason: 'not_job_ad' });
  });
});

describe('extractPosting robustness', () => {
  it('caps a huge description and marks it truncated', () => {
    const para = `<p>${'You will maintain the portfolio RAID log and support project managers with governance. '.repeat(20)}</p>`;
    const ld = JSON.stringify({ '@type': 'JobPosting', title: 'PMO Analyst', description: para.repeat(60) });
    const doc = page(`<script type="application/ld+json">${ld}</script>`);
    const result = ExtractionSchema.parse(extractPosting(doc, 'https://jobs.example.com/1'));
    expect(result.ok && result.posting.descriptionChars).toBe(MAX_DESCRIPTION_CHARS);
    expect(result.ok && result.posting.truncated).toBe(true);
  });
  it('never throws on hostile or broken pages', () => {
    const docs = [
      page('<script type="application/ld+json">{"@type": "JobPosting", "title": </script>'),
      page('<script type="application/ld+json">[[[[[[[[[[{"@type":"JobPosting"}]]]]]]]]]]</script>'),
      page(''),
    ];
    for (const doc of docs)
      expect(ExtractionSchema.safeParse(extractPosting(doc, 'not a url')).success).toBe(true);
  });
  it('strips bidi and zero-width characters from the title', () => {
    const ld = JSON.stringify({ '@type': 'JobPosting', title: '\u202eRogu\u200be PMO', description: AD });
    const result = extractPosting(page(`<script type="application/ld+json">${ld}</script>`), null);
    expect(result.ok && result.posting.title).toBe('Rogue PMO');
  });
});

describe('currentJobKey', () => {
  it('reads the job id from the URL or the pane', () => {
    const empty = page('');
    expect(
      currentJobKey(empty, 'https://www.linkedin.com/jobs/search-results/?currentJobId=4045678902'),
    ).toBe('4045678902');
    expect(currentJobKey(empty, 'https://www.linkedin.com/jobs/view/pmo-analyst-at-acme-4012345678/')).toBe(
      '4012345678',
    );
    expect(currentJobKey(empty, 'https://uk.indeed.com/jobs?q=pmo&vjk=8a7b6c5d4e3f2a1b')).toBe(
      '8a7b6c5d4e3f2a1b',
    );
    expect(
      currentJobKey(page('<div data-indeed-apply-jk="abc123"></div>'), 'https://uk.indeed.com/jobs?q=pmo'),
    ).toBe('abc123');
    expect(currentJobKey(empty, 'https://example.com/')).toBeNull();
  });
});

describe('Workable fallback', () => {
  it('reads the ad from <main> when the job-breakdown hook is gone', () => {
    const body = `<main><h1>PMO Analyst</h1><div class="renamed"><p>${'You will maintain the portfolio RAID log, produce the monthly portfolio reporting pack for the Portfolio Board and support project managers with the PMO standards. '.repeat(3)}</p></div></main>`;
    const result = extractPosting(page(body), 'https://apply.workable.com/ridgeway-rail/j/4A1B2C3D4E/');
    expect(result).toMatchObject({ ok: true, posting: { source: 'workable', title: 'PMO Analyst' } });
    expect(result.ok && result.posting.description).toContain('portfolio RAID log');
  });
});
