/** Seniority from title words first (they are explicit), then from the years of experience asked. */
import type { Seniority } from '../schema';

const TITLE_WORDS: readonly [RegExp, Seniority][] = [
  [/\b(junior|jr|graduate|trainee|assistant|entry[- ]level|apprentice|intern)\b/i, 'junior'],
  [/\b(head|director|principal|chief|vp|vice president|lead)\b/i, 'lead'],
  [/\b(senior|sr)\b/i, 'senior'],
];

/** "5+ years", "3-5 years", "at least 7 years' experience"; the lower bound is what is asked. */
const YEARS =
  /\b(\d{1,2})\s*(?:\+|(?:-|–|to)\s*\d{1,2})?\s*\+?\s*years?['’]?\b(?![^.\n]{0,30}\b(old|ago|history|warranty)\b)/gi;

// Bands follow the seed 002 experience steps (0–2 junior, 3–5 intermediate, 5+ senior), with 10+
// as lead, the usual entry point for head-of roles in the research notes.
const JUNIOR_BELOW_YEARS = 2;
const SENIOR_FROM_YEARS = 5;
const LEAD_FROM_YEARS = 10;

export function readSeniority(title: string | null, description: string): Seniority {
  for (const [pattern, level] of TITLE_WORDS) if (title !== null && pattern.test(title)) return level;
  const years = yearsAsked(description);
  if (years === null) return 'unknown';
  if (years < JUNIOR_BELOW_YEARS) return 'junior';
  if (years < SENIOR_FROM_YEARS) return 'mid';
  if (years < LEAD_FROM_YEARS) return 'senior';
  return 'lead';
}

/** The smallest number of years the ad asks for (the floor of the requirement). */
export function yearsAsked(description: string): number | null {
  let least: number | null = null;
  for (const m of description.matchAll(YEARS)) {
    const context = description.slice(m.index, m.index + 80).toLowerCase();
    if (!/experience|background|track record|working|in (a|the)|of /.test(context)) continue;
    const n = Number(m[1]);
    if (n > 0 && n <= 30 && (least === null || n < least)) least = n;
  }
  return least;
}
