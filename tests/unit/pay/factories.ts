/** Posting and Classification values with defaults, for pay tests (independent of extract/analyze). */
import type { Classification, Posting, Settings } from '../../../src/schema';
import { DEFAULT_SETTINGS } from '../../../src/schema';

export function makePosting(overrides: Partial<Posting> = {}): Posting {
  const description = overrides.description ?? 'We are hiring. You will plan and deliver projects.';
  return {
    title: 'Project Manager',
    company: 'Example Ltd',
    location: null,
    url: null,
    jobKey: null,
    source: 'text',
    truncated: false,
    payText: null,
    structuredPay: null,
    employmentType: null,
    datePosted: null,
    fieldsFound: [],
    ...overrides,
    description,
    descriptionChars: description.length,
  };
}

export function makeClassification(overrides: Partial<Classification> = {}): Classification {
  return {
    verdict: 'pm',
    lean: -0.6,
    confidence: 0.8,
    pmoType: null,
    seniority: 'unknown',
    dominant: null,
    looksLike: null,
    scores: { pmo: 1, pm: 4, neither: 0 },
    dimensions: [],
    evidence: [],
    summary: 'A project manager role.',
    counterfactual: null,
    titleMismatch: null,
    language: 'en',
    notes: [],
    ...overrides,
  };
}

export const pm = (seniority: Classification['seniority'] = 'unknown') =>
  makeClassification({ verdict: 'pm', seniority });
export const pmoSupport = (seniority: Classification['seniority'] = 'unknown') =>
  makeClassification({ verdict: 'pmo', pmoType: 'support', lean: 0.7, seniority });
export const pmoLead = (seniority: Classification['seniority'] = 'unknown') =>
  makeClassification({ verdict: 'pmo', pmoType: 'lead', lean: 0.7, seniority });

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
