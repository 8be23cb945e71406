/** Permanent or contract, from the board's job type, the stated pay's period and the ad's words. */
import type { Employment, Posting, StatedPay } from '../schema';

export interface EmploymentReading {
  employment: Employment;
  why: string;
}

/** Fixed-term contracts are salaried employment, so they count as permanent pay. */
const CONTRACT_TYPE_RE =
  /\b(?:contract(?:or)?|temporary|temp|freelance|interim|consultant|c2c|1099)\b|CONTRACTOR|TEMPORARY/i;
const FIXED_TERM_RE = /\bfixed[- ]term\b/i;
const PERM_TYPE_RE = /\b(?:full[- ]?time|part[- ]?time|permanent|perm|regular)\b|FULL_TIME|PART_TIME/i;

const CONTRACT_WORDS_RE =
  /\b(?:day rate|daily rate|(?:inside|outside) ir35|umbrella company|freelance|contract (?:role|position|basis|assignment|opportunity)|interim|per diem|\d+[- ]months? contract|initial(?:ly)? \d+ months|contract until|c2c|corp[- ]to[- ]corp|1099|w2 contract|tjm|portage salarial)\b/i;
const PERM_WORDS_RE = /\b(?:permanent (?:role|position|contract|basis|opportunity)|perm role|cdi)\b/i;

export function detectEmployment(posting: Posting, stated: StatedPay | null): EmploymentReading {
  const type = posting.employmentType ?? '';
  if (type && !FIXED_TERM_RE.test(type) && CONTRACT_TYPE_RE.test(type)) {
    return { employment: 'contract', why: `the board lists it as "${type}"` };
  }
  if (type && PERM_TYPE_RE.test(type)) return { employment: 'perm', why: `the board lists it as "${type}"` };
  if (stated && (stated.period === 'day' || stated.period === 'hour')) {
    return { employment: 'contract', why: `the ad states pay per ${stated.period}` };
  }
  const contractWord = CONTRACT_WORDS_RE.exec(posting.description)?.[0];
  if (contractWord && !PERM_WORDS_RE.test(posting.description)) {
    return { employment: 'contract', why: `the ad says "${contractWord}"` };
  }
  return { employment: 'perm', why: 'no contract terms in the ad' };
}
