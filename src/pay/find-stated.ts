/** The ad's pay from the best place that states it: structured data, the board's pay element, the description. */
import type { Posting, StatedPay } from '../schema';
import { parseStatedPay } from './stated';

/** Lines of a description that talk about pay; the rest cannot hold the ad's pay. */
const PAY_LINE_RE =
  /[$£€₹]|\b(?:salary|salaries|pay|rate|compensation|remuneration|package|per annum|p\.a\.|lakhs?|LPA|CHF|EUR|USD|GBP|INR|ZAR|PLN|IR35|contract|band\s*\d|NHS|agenda for change|civil service|salaire|r[ée]mun[ée]ration|gehalt|brut|TJM)\b/i;

function payLines(description: string): string {
  return description
    .split('\n')
    .filter((line) => PAY_LINE_RE.test(line))
    .join('\n');
}

function hasAmount(pay: StatedPay | null): pay is StatedPay {
  return pay !== null && (pay.min !== null || pay.max !== null);
}

export function findStatedPay(posting: Posting): StatedPay | null {
  if (hasAmount(posting.structuredPay)) return posting.structuredPay;
  const location = posting.location;
  if (posting.payText) {
    const fromBoard = parseStatedPay(posting.payText, { location, from: 'board' });
    if (fromBoard) return fromBoard;
  }
  const lines = payLines(posting.description);
  return lines ? parseStatedPay(lines, { location, from: 'description' }) : null;
}
