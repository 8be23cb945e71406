/**
 * The stated-pay reader never throws and never invents pay: random strings give null or a valid
 * StatedPay, and text full of numbers that are not pay (budgets, team sizes, years, phone and
 * reference numbers, dates, percentages, bonuses) gives null.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStatedPay, parseStatedPay } from '../../../src/pay/index';
import { type Posting, type StatedPay, StatedPaySchema } from '../../../src/schema';

function expectValidPay(pay: StatedPay | null): void {
  if (pay === null) return;
  expect(StatedPaySchema.safeParse(pay).success).toBe(true);
  if (pay.min !== null && pay.max !== null) expect(pay.min).toBeLessThanOrEqual(pay.max);
  for (const amount of [pay.min, pay.max]) if (amount !== null) expect(Number.isFinite(amount)).toBe(true);
}

function postingWith(description: string, payText: string | null = null): Posting {
  return {
    title: 'Project Manager',
    company: null,
    location: 'Leeds, UK',
    url: null,
    jobKey: null,
    source: 'text',
    description,
    descriptionChars: description.length,
    truncated: false,
    payText,
    structuredPay: null,
    employmentType: null,
    datePosted: null,
    fieldsFound: ['description'],
  };
}

const amount = fc.integer({ min: 1, max: 999_999 });
const grouped = amount.map((n) => n.toLocaleString('en-GB'));
const year = fc.integer({ min: 1990, max: 2035 });
const small = fc.integer({ min: 1, max: 60 });

/** Sentences with numbers in them, none of which is the ad's pay. */
const notPay = fc.oneof(
  small.map((n) => `Lead a team of ${n} people across the programme.`),
  small.map((n) => `At least ${n} years of experience in project delivery.`),
  small.map((n) => `Support ${n * 10} stakeholders across ${n} sites.`),
  fc
    .integer({ min: 1000_000, max: 9999_999 })
    .map((n) => `Call 0113 ${String(n).slice(0, 3)} ${String(n).slice(3)}.`),
  amount.map((n) => `Quote reference ${n} when you apply.`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(
      ([y, m, d]) =>
        `Posted ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}, closes ${d}/${m}/${y}.`,
    ),
  fc.integer({ min: 1, max: 100 }).map((n) => `We grew revenue by ${n}% last year.`),
  small.map((n) => `Annual leave: ${n} days plus 8 bank holidays.`),
  grouped.map((n) => `You will manage a budget of £${n} across three projects.`),
  fc.integer({ min: 1, max: 900 }).map((n) => `A programme of £${n}m capital works.`),
  grouped.map((n) => `Bonus of up to £${n} per year.`),
  grouped.map((n) => `Relocation allowance of £${n}.`),
  fc.integer({ min: 1, max: 15 }).map((n) => `Pension: we match up to ${n}% of salary.`),
  fc.constantFrom(
    'ISO 9001 and ISO 27001 certified; PRINCE2 Foundation and MSP 5th edition.',
    'Office at 221B Baker Street, London NW1 6XE.',
    'Salary: competitive, depending on experience.',
    'Salary review every 12 months.',
    'Jira 9.4, Confluence and 2 monitors provided.',
  ),
);

describe('parseStatedPay and findStatedPay under random input', () => {
  it('never throw, and give null or a valid pay, on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expectValidPay(parseStatedPay(text));
        expectValidPay(parseStatedPay(text, { from: 'board', location: text.slice(0, 30) }));
        expectValidPay(findStatedPay(postingWith(text, text.slice(0, 80))));
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on strings of digits, separators and currency signs', () => {
    const money = fc.string({
      unit: fc.constantFrom(
        ...'0123456789,.  -–£$€₹kKmp/hrdaywekLPA'.split(''),
        ' per annum',
        ' lakh',
        ' crore',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(money, (text) => {
        expectValidPay(parseStatedPay(text));
        expectValidPay(findStatedPay(postingWith(`Salary ${text}`)));
      }),
      { numRuns: 500 },
    );
  });

  it('invent no pay from sentences whose numbers are not pay', () => {
    fc.assert(
      fc.property(fc.array(notPay, { minLength: 1, maxLength: 6 }), (sentences) => {
        const text = sentences.join(' ');
        expect(parseStatedPay(text), text).toBeNull();
        expect(findStatedPay(postingWith(sentences.join('\n'))), text).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('reads no pay from a count after a pay word ("salary review every 12 months")', () => {
    const location = 'Leeds, UK';
    for (const text of [
      'Salary review every 12 months.',
      'Pay: 37.5 hours per week, Monday to Friday.',
      'Package includes 25 days holiday.',
      'Salary sacrifice up to 8% into the pension.',
    ]) {
      expect(parseStatedPay(text, { location }), text).toBeNull();
    }
    // A currency-less amount after a pay word still reads when nothing counts it.
    expect(parseStatedPay('Salary: 45,000 - 55,000', { location: 'Paris, France' })).toMatchObject({
      currency: 'EUR',
      min: 45000,
      max: 55000,
    });
  });

  it('stays fast on a very long line of amounts', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `£${i},000 -`).join(' ');
    const started = performance.now();
    expectValidPay(parseStatedPay(text));
    // Linear in the text: about 0.2 s here; looking back to the sentence start each time took 16 s.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
