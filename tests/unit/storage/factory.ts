/** Hand-built Results for the history tests: realistic values, each passing the Result schema. */
import { type Reason, type Result, ResultSchema } from '../../../src/schema';

export interface ResultOverrides {
  id?: string | null;
  url?: string | null;
  title?: string | null;
  company?: string | null;
  location?: string | null;
  jobKey?: string | null;
  verdict?: Result['verdict'];
  reasons?: Reason[];
  withPay?: boolean;
}

export function reason(
  text: string,
  side: Reason['side'],
  dimension: Reason['dimension'],
  weight: number,
): Reason {
  const match = text.split(' ').slice(0, 2).join(' ');
  return { text, side, dimension, weight, match, start: 0, end: match.length, reason: 'lexicon entry' };
}

const PMO_REASONS: Reason[] = [
  reason('Maintain the portfolio RAID log and chase actions with project managers.', 'pmo', 'reporting', 3),
  reason('PMO Analyst', 'pmo', 'title', 3),
  reason('Run the monthly stage-gate review pack for the investment board.', 'pmo', 'responsibilities', 2.5),
  reason('You will deliver the office move on time and on budget.', 'pm', 'responsibilities', 1.5),
];

export function makeResult(overrides: ResultOverrides = {}): Result {
  const title = overrides.title === undefined ? 'PMO Analyst' : overrides.title;
  const company = overrides.company === undefined ? 'Northgate Housing Trust' : overrides.company;
  const location = overrides.location === undefined ? 'Leeds, West Yorkshire, UK' : overrides.location;
  const url =
    overrides.url === undefined ? 'https://www.reed.co.uk/jobs/pmo-analyst/51234567' : overrides.url;
  const verdict = overrides.verdict ?? 'pmo';
  const withPay = overrides.withPay ?? true;
  const description = 'Maintain the portfolio RAID log and chase actions with project managers.';
  const reasons = overrides.reasons ?? PMO_REASONS;
  return ResultSchema.parse({
    ok: true,
    id: overrides.id ?? null,
    verdict,
    lean: verdict === 'pm' ? -0.62 : 0.71,
    confidence: 0.82,
    pmoType: verdict === 'pmo' ? 'support' : null,
    seniority: 'mid',
    summary: 'This reads as a PMO support role, mostly on reporting and governance.',
    reasons,
    posting: {
      title,
      company,
      location,
      source: 'reed',
      description,
      descriptionChars: description.length,
      url,
      jobKey: overrides.jobKey ?? null,
      truncated: false,
      employmentType: 'Permanent',
      datePosted: '2026-11-02',
      fieldsFound: ['title', 'company', 'location', 'description', 'pay'],
    },
    statedPay: withPay
      ? {
          currency: 'GBP',
          period: 'year',
          min: 32000,
          max: 36000,
          text: '£32,000 - £36,000 per annum',
          from: 'board',
          note: null,
        }
      : null,
    pay: withPay
      ? {
          currency: 'GBP',
          period: 'year',
          min: 31000,
          max: 40500,
          basis: 'UK PMO support, mid-level: p25–p75 of two 2025 surveys, Yorkshire adjustment −6%.',
          sources: [{ id: 'hays25', title: 'Hays salary guide 2025', url: null, asof: '2025', quality: 'S' }],
        }
      : null,
    classification: {
      verdict,
      lean: verdict === 'pm' ? -0.62 : 0.71,
      confidence: 0.82,
      pmoType: verdict === 'pmo' ? 'support' : null,
      seniority: 'mid',
      dominant: null,
      looksLike: null,
      scores: { pmo: 8.5, pm: 1.5, neither: 0 },
      dimensions: [],
      evidence: [],
      summary: 'This reads as a PMO support role, mostly on reporting and governance.',
      counterfactual: null,
      titleMismatch: null,
      language: 'en',
      notes: [],
    },
    payEstimate: { stated: null, expected: null, comparison: null, note: null },
    elapsedMs: 7.2,
    version: '0.1.0',
  });
}
