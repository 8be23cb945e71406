/**
 * The ad's own pay, read from free text: "$120,000 - $140,000 a year", "£450-£550 p/d",
 * "45.000 € brut annuel", "₹18-25 LPA", "up to £45k", "NHS Band 6"… Numbers that are not pay
 * (budgets, bonuses, allowances, years, team sizes, phone and reference numbers) are left alone.
 */
import type { Period, StatedPay } from '../schema';
import { perYear, roughEuros } from './convert';
import { formatRange } from './format';
import { currencyOf, detectRegion } from './region';
import { findNamedScale } from './scales';

export interface ParseOptions {
  /** The ad's location: resolves "$" (CAD in Canada) and picks London vs national rates. */
  location?: string | null;
  /** Where the text came from: the board's pay element is all about pay. */
  from?: 'board' | 'description';
}

type Multiplier = 'k' | 'lakh' | 'crore';

interface MoneyToken {
  /** Span including the currency and multiplier around the digits. */
  start: number;
  end: number;
  value: number;
  currency: string | null;
  /** A bare "$": its country comes from the location. */
  dollar: boolean;
  multiplier: Multiplier | null;
  /** "£5m", "$2bn": never pay. */
  large: boolean;
  /** Digits written with separators ("45,000", "650 000"). */
  grouped: boolean;
  leadingZero: boolean;
}

interface Candidate {
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  currency: string;
  period: Period;
  periodInferred: string | null;
  notes: string[];
  place: 'london' | 'national' | null;
  score: number;
}

// ───────────── lexical patterns ─────────────

/**
 * Digits: Indian grouping (12,00,000), groups of three with , . ' ’ or spaces (a group is not
 * followed by another digit or "%", so "£500 100% remote" stays £500), or a plain run; then an
 * optional decimal part of one or two digits.
 */
const NUMBER_RE =
  /(?<![\d.,])(\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[,.'’ \u00a0\u2009\u202f]\d{3}(?![\d%]))+|\d+)(?:[.,](\d{1,2})(?!\d))?/g;

const PREFIX_RE =
  /(?:^|[^A-Za-z])(US\$|USD|CA\$|C\$|CAD|AU\$|A\$|AUD|NZ\$|NZD|\$|£|GBP|€|EUR|₹|Rs\.?|INR|CHF|Fr\.|ZAR|R|PLN)\s?$/;
const PREFIX_WINDOW = 6;

const MULTIPLIER_RE: [RegExp, Multiplier | 'large'][] = [
  [/^\s?[kK](?![A-Za-z])/, 'k'],
  [/^\s?(?:lakhs?|lacs?|LPA|L)(?![A-Za-z])/i, 'lakh'],
  [/^\s?(?:crores?|cr)(?![A-Za-z])/i, 'crore'],
  [/^\s?(?:m|mn|mio|million|millions|bn|billion|billions)(?![A-Za-z])/i, 'large'],
];
const MULTIPLIER_VALUE: Record<Multiplier, number> = { k: 1_000, lakh: 100_000, crore: 10_000_000 };

const SUFFIX_RE =
  /^\s?(?:(€|zł|EUR|CHF|USD|GBP|PLN|INR|ZAR|CAD|AUD)(?![A-Za-z])|(euros?|dollars|pounds|rupees|francs)\b)/i;

const CURRENCY_BY_MARK: Record<string, string> = {
  us$: 'USD',
  usd: 'USD',
  ca$: 'CAD',
  c$: 'CAD',
  cad: 'CAD',
  au$: 'AUD',
  a$: 'AUD',
  aud: 'AUD',
  nz$: 'NZD',
  nzd: 'NZD',
  '£': 'GBP',
  gbp: 'GBP',
  pounds: 'GBP',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
  inr: 'INR',
  rupees: 'INR',
  chf: 'CHF',
  'fr.': 'CHF',
  francs: 'CHF',
  r: 'ZAR',
  zar: 'ZAR',
  pln: 'PLN',
  zł: 'PLN',
};

/** Which dollar a bare "$" is, by the ad's country. */
const DOLLAR_BY_COUNTRY: Record<string, string> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD' };

const PERIOD_WORDS: [Period, string][] = [
  [
    'hour',
    String.raw`per\s+hour|an\s+hour|a\s+hour|per\s+hr|\/\s?hour|\/\s?hr|\/\s?h\b|p\/h|p\.h\.?|ph\b|hourly|de\s+l'heure|\/\s?heure|pro\s+stunde|\/\s?std\b`,
  ],
  [
    'day',
    String.raw`per\s+day|a\s+day|\/\s?day|\/\s?d\b|p\/d|p\.d\.?|pd\b|daily|day\s+rate|per\s+diem|\/\s?jour|par\s+jour|\/\s?j\b|pro\s+tag|\/\s?tag\b`,
  ],
  ['week', String.raw`per\s+week|a\s+week|\/\s?week|\/\s?wk|p\/w|pw\b|weekly`],
  [
    'month',
    String.raw`per\s+month|a\s+month|\/\s?month|\/\s?mo\b|\/\s?mth|pcm\b|p\/m|p\.m\.|monthly|par\s+mois|\/\s?mois|mensuel|pro\s+monat|monatlich|\/\s?monat`,
  ],
  [
    'year',
    String.raw`per\s+annum|p\.\s?a\.?|pa\b|per\s+year|a\s+year|\/\s?year|\/\s?yr|\/\s?y\b|\/\s?annum|yearly|annually|annual|per\s+an\b|par\s+an\b|\/\s?an\b|annuel|annuels|pro\s+jahr|j[äa]hrlich|\/\s?jahr|im\s+jahr|LPA`,
  ],
];
const PERIOD_ALTERNATION = PERIOD_WORDS.map(([, words]) => words).join('|');

/** Words allowed between an amount and its period: "£45,000 gross per annum", "60 000 € brut par an". */
const FILLER = String.raw`(?:[\s,:]*(?:[(\-–]\s*)?(?:(?:gross|brut|bruts|brute|basic|base|salary|fte|pro[- ]rata|inc\.?|including|plus|benefits|\+|&)\s*,?\s*){0,3})`;
const PERIOD_AFTER_RE = new RegExp(`^${FILLER}(${PERIOD_ALTERNATION})`, 'i');
const PERIOD_TOKEN_RE = new RegExp(`^\\s*(?:${PERIOD_ALTERNATION})`, 'i');
const PERIOD_BY_WORD: [Period, RegExp][] = PERIOD_WORDS.map(([period, words]) => [
  period,
  new RegExp(`^(?:${words})$`, 'i'),
]);

const PERIOD_BEFORE: [Period, RegExp][] = [
  ['day', /\b(?:day rate|daily rate|rate per day|per diem|tjm|taux journalier|tagessatz)\b[^.\n]{0,20}$/i],
  ['hour', /\b(?:hourly rate|hourly pay|rate per hour|hourly|stundensatz)\b[^.\n]{0,20}$/i],
  ['month', /\b(?:monthly salary|monthly pay|monthly|salaire mensuel|monatsgehalt)\b[^.\n]{0,20}$/i],
  [
    'year',
    /\b(?:annual salary|annual pay|salary per annum|annual base|jahresgehalt|salaire annuel|package annuel)\b[^.\n]{0,20}$/i,
  ],
];
const PERIOD_BEFORE_WINDOW = 40;

/** "between £40,000 and £50,000", "£450-£550", "45 000 à 55 000 €", "60.000 bis 70.000 €". */
const RANGE_GAP_RE = /^\s*(?:-|–|—|~|to|à|a|au|bis)\s*$/i;
const BETWEEN_RE = /\b(?:between|entre|zwischen)\s*$/i;
const AND_GAP_RE = /^\s*(?:and|et|und)\s*$/i;

const PAY_KEYWORD_RE =
  /\b(?:salary|salaries|pay|paying|compensation|remuneration|rate|rates|package|wage|wages|earn|ote|base|salaire|r[ée]mun[ée]ration|gehalt|verg[üu]tung|tjm)\b/i;
/** A currency-less number directly after a pay word: "Salary: 45,000 - 55,000". */
const KEYWORD_JUST_BEFORE_RE =
  /\b(?:salary|pay|compensation|remuneration|rate|package|wage|salaire|r[ée]mun[ée]ration|gehalt|tjm)\b[^.\n\d]{0,15}$/i;
/** A currency-less number that counts something is not pay: "salary review every 12 months". */
const COUNT_AFTER_RE =
  /^\s*(?:%|percent\b|(?:months?|years?|yrs?|weeks?|days?|hours?|hrs?|people|staff|employees|sites|projects|stakeholders)\b)/i;

/** Amounts introduced by these are not base pay; "£72,000 + bonus" is, "£5,000 bonus" is not. */
const NON_PAY_BEFORE_RE =
  /\b(?:budgets?|portfolios?|revenue|turnover|funding|spend|savings|capex|opex|investments?|raised|valued|valuation|bonus(?:es)?|allowances?|pension|relocation|sign[- ]on|equity|shares|grants?|weighting|ref(?:erence)?|id|req(?:uisition)?|vacancy|job\s*(?:no|number|code))\b[^.;\n]{0,25}$/i;
const NON_PAY_AFTER_RE =
  /^\s*(?:annual\s+|yearly\s+|performance\s+|target\s+|sign[- ]on\s+|joining\s+|car\s+|travel\s+|training\s+|london\s+|location\s+|shift\s+|relocation\s+)?(?:bonus|allowance|weighting|budget|portfolio|programme|program|revenue|turnover|funding|savings|investment|pension|relocation|equity|shares|grant|contract value|in (?:annual )?revenue)\b/i;
const CONTEXT_WINDOW = 25;
/** How far back in its sentence a pay word still introduces an amount. */
const KEYWORD_WINDOW = 80;

const UP_TO_RE =
  /\b(?:up\s*to|upto|to\s+a\s+maximum\s+of|max(?:imum)?(?:\s+of)?|no\s+more\s+than|jusqu'?à|bis\s+zu)\s*:?\s*$/i;
const FROM_RE =
  /\b(?:from|starting\s+(?:at|from)|starting\s+salary\s+of|min(?:imum)?(?:\s+of)?|at\s+least|à\s+partir\s+de|ab)\s*:?\s*$/i;
/** "£38,000+" and "£38,000+ per annum" are open-ended; "£38,000 + bonus" is not. */
const PLUS_AFTER_RE = /^\+(?:\s*$|\s*[^\sA-Za-z£$€]|\s*(?:per|pa\b|p\.a|a\s+year|doe|negotiable))/i;

const PLACE_WORDS =
  'inner london|outer london|central london|london|national(?:ly)?|rest of (?:the )?uk|outside (?:of )?london|regional|regions|elsewhere';
/** "London: £52,000", "National £46,000" (a bracket in between belongs to the amount before). */
const PLACE_BEFORE_RE = new RegExp(String.raw`\b(${PLACE_WORDS})\b[^£$€\d.;\n)]{0,15}$`, 'i');
/** "£48,000 (London)", "£42,500 for national roles". */
const PLACE_AFTER_RE = new RegExp(String.raw`^\s*(?:\(\s*|for\s+|in\s+)(${PLACE_WORDS})\b`, 'i');

const DAY_CONTEXT_RE =
  /\b(?:day rate|daily rate|per day|p\/d|ir35|umbrella|contract(?:or)?|freelance|interim|tjm|per diem)\b/i;
const HOUR_CONTEXT_RE = /\b(?:hourly|per hour|an hour)\b/i;
const INFERENCE_WINDOW = 160;

// ───────────── magnitudes (heuristics, in rough euros) ─────────────

/** Hourly rates top out around here; £95/h and $135/h contracts exist, £150/h PMO work is rare. */
const HOURLY_MAX_EUR = 120;
/** In dollar markets contracts are quoted hourly, up to about $250/h. */
const DOLLAR_HOURLY_MAX_EUR = 230;
const DOLLAR_MARKETS = new Set(['USD', 'CAD', 'AUD', 'NZD']);
/** Day rates for PM/PMO work top out around €2,500 (UK all-IT contract p90 £738, pay-data §4.1). */
const DAILY_MAX_EUR = 2500;
/** Monthly salaries below this; annual salaries above (a €12k annual salary is below any EU minimum wage). */
const MONTHLY_MAX_EUR = 12000;
/** Indian pay is stated monthly ("₹50,000 per month") or yearly ("₹8,00,000 p.a."); no day rates. */
const INR_MONTHLY_MAX = 300_000;
/** Annual equivalents outside this band are not a salary (₹2 LPA ≈ €2,200; above €1.5m is a budget). */
const PLAUSIBLE_YEAR_EUR = { min: 2000, max: 1_500_000 };
/** "£45-50" is a range; "£500 - 10" is not. */
const MAX_RANGE_RATIO = 4;
/** Year-like numbers are not pay when no currency marks them. */
const YEAR_LIKE = /^(?:19|20)\d{2}$/;

// ───────────── scanning ─────────────

function parseDigits(integer: string, fraction: string | undefined): number {
  const whole = Number(integer.replace(/[,.'’\s\u00a0\u2009\u202f]/g, ''));
  return fraction ? whole + Number(`0.${fraction}`) : whole;
}

function currencyOfMark(mark: string): { currency: string | null; dollar: boolean } {
  const key = mark.toLowerCase();
  if (key === '$' || key === 'dollars') return { currency: null, dollar: true };
  return { currency: CURRENCY_BY_MARK[key] ?? null, dollar: false };
}

function scanTokens(text: string): MoneyToken[] {
  const tokens: MoneyToken[] = [];
  for (const match of text.matchAll(NUMBER_RE)) {
    const digits = match[1] ?? '';
    const numStart = match.index ?? 0;
    let end = numStart + match[0].length;
    let start = numStart;
    let mark: { currency: string | null; dollar: boolean } = { currency: null, dollar: false };

    const before = PREFIX_RE.exec(text.slice(Math.max(0, numStart - PREFIX_WINDOW), numStart));
    if (before?.[1]) {
      mark = currencyOfMark(before[1]);
      start = numStart - before[0].length + before[0].lastIndexOf(before[1]);
    }

    let multiplier: Multiplier | null = null;
    let large = false;
    for (const [pattern, kind] of MULTIPLIER_RE) {
      const m = pattern.exec(text.slice(end, end + 12));
      if (!m) continue;
      if (kind === 'large') large = true;
      else multiplier = kind;
      end += m[0].length;
      break;
    }

    const after = SUFFIX_RE.exec(text.slice(end, end + 10));
    if (after) {
      const suffixMark = currencyOfMark((after[1] ?? after[2] ?? '').trim());
      if (!mark.currency && !mark.dollar) mark = suffixMark;
      end += after[0].length;
    }
    if (multiplier === 'lakh' || multiplier === 'crore') {
      if (mark.currency && mark.currency !== 'INR') multiplier = null;
      else mark = { currency: 'INR', dollar: false };
    }

    const base = parseDigits(digits, match[2]);
    tokens.push({
      start,
      end,
      value: multiplier ? base * MULTIPLIER_VALUE[multiplier] : base,
      currency: mark.currency,
      dollar: mark.dollar,
      multiplier,
      large,
      grouped: /[,.'’\s\u00a0\u2009\u202f]/.test(digits),
      leadingZero: /^0\d/.test(digits),
    });
  }
  return tokens;
}

// ───────────── ranges ─────────────

interface RawCandidate {
  tokens: MoneyToken[];
  min: number;
  max: number;
}

function gapIsRange(text: string, a: MoneyToken, b: MoneyToken): boolean {
  let gap = text.slice(a.end, b.start);
  const period = PERIOD_TOKEN_RE.exec(gap);
  if (period) gap = gap.slice(period[0].length);
  if (RANGE_GAP_RE.test(gap)) return true;
  return AND_GAP_RE.test(gap) && BETWEEN_RE.test(text.slice(Math.max(0, a.start - 12), a.start));
}

/** Share currency and multiplier across a range ("$55–65/hr", "₹18-25 LPA", "£45-55k"). */
function shareRangeMarks(a: MoneyToken, b: MoneyToken): [MoneyToken, MoneyToken] | null {
  if (a.currency && b.currency && a.currency !== b.currency) return null;
  const shared = { currency: a.currency ?? b.currency, dollar: a.dollar || b.dollar };
  let first = { ...a, ...shared };
  let second = { ...b, ...shared };
  if (!a.multiplier && b.multiplier && a.value < b.value) {
    first = { ...first, multiplier: b.multiplier, value: a.value * MULTIPLIER_VALUE[b.multiplier] };
  }
  if (a.multiplier && !b.multiplier && b.value < a.value / 100) {
    second = { ...second, multiplier: a.multiplier, value: b.value * MULTIPLIER_VALUE[a.multiplier] };
  }
  if (second.value < first.value || second.value > first.value * MAX_RANGE_RATIO) return null;
  return [first, second];
}

function groupRanges(text: string, tokens: MoneyToken[]): RawCandidate[] {
  const out: RawCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a) continue;
    const pair = b && gapIsRange(text, a, b) ? shareRangeMarks(a, b) : null;
    if (pair) {
      out.push({ tokens: pair, min: pair[0].value, max: pair[1].value });
      i++;
      continue;
    }
    out.push({ tokens: [a], min: a.value, max: a.value });
  }
  return out;
}

// ───────────── reading one candidate ─────────────

/** The sentence before `index`, at most `window` characters of it (looking further back is quadratic). */
function sentenceBefore(text: string, index: number, window: number): string {
  const near = text.slice(Math.max(0, index - window), index);
  const from = Math.max(near.lastIndexOf('\n'), near.lastIndexOf('. ')) + 1;
  return near.slice(from);
}

function explicitPeriod(text: string, start: number, end: number): { period: Period; end: number } | null {
  const after = PERIOD_AFTER_RE.exec(text.slice(end, end + 40));
  if (after?.[1]) {
    const word = after[1];
    const found = PERIOD_BY_WORD.find(([, pattern]) => pattern.test(word));
    if (found) return { period: found[0], end: end + after[0].length };
  }
  const before = text.slice(Math.max(0, start - PERIOD_BEFORE_WINDOW), start);
  const found = PERIOD_BEFORE.find(([, pattern]) => pattern.test(before));
  return found ? { period: found[0], end } : null;
}

function inferPeriod(
  euros: number,
  currency: string,
  value: number,
  context: string,
): { period: Period; why: string } {
  if (currency === 'INR') {
    return { period: value <= INR_MONTHLY_MAX ? 'month' : 'year', why: 'period inferred from the amount' };
  }
  const hourlyMax = DOLLAR_MARKETS.has(currency) ? DOLLAR_HOURLY_MAX_EUR : HOURLY_MAX_EUR;
  if (euros <= DAILY_MAX_EUR && euros > hourlyMax / 2 && DAY_CONTEXT_RE.test(context)) {
    const cue = DAY_CONTEXT_RE.exec(context)?.[0] ?? 'contract';
    return { period: 'day', why: `period inferred as a day rate from "${cue}" in the ad` };
  }
  if (euros <= hourlyMax && HOUR_CONTEXT_RE.test(context))
    return { period: 'hour', why: 'period inferred from "hourly" in the ad' };
  if (euros <= hourlyMax) return { period: 'hour', why: 'period inferred from the amount' };
  if (euros <= DAILY_MAX_EUR) return { period: 'day', why: 'period inferred from the amount' };
  if (euros < MONTHLY_MAX_EUR) return { period: 'month', why: 'period inferred from the amount' };
  return { period: 'year', why: 'period inferred from the amount' };
}

function resolveCurrency(
  raw: RawCandidate,
  text: string,
  country: string | null,
  localCurrency: string | null,
): { currency: string; note: string | null } | null {
  const first = raw.tokens[0];
  if (!first) return null;
  if (first.currency) return { currency: first.currency, note: null };
  if (first.dollar) {
    const local = country ? DOLLAR_BY_COUNTRY[country] : undefined;
    return local
      ? { currency: local, note: `"$" read as ${local} from the location` }
      : { currency: 'USD', note: null };
  }
  // A bare number counts only straight after a pay word, with a currency known from the location.
  const plain = raw.tokens.every((t) => !YEAR_LIKE.test(String(t.value)) && !t.leadingZero);
  const last = raw.tokens[raw.tokens.length - 1] ?? first;
  if (
    !plain ||
    COUNT_AFTER_RE.test(text.slice(last.end, last.end + 16)) ||
    !localCurrency ||
    !KEYWORD_JUST_BEFORE_RE.test(text.slice(Math.max(0, first.start - 40), first.start))
  ) {
    return null;
  }
  return { currency: localCurrency, note: 'currency taken from the location' };
}

function isNonPay(text: string, raw: RawCandidate, end: number): boolean {
  const first = raw.tokens[0];
  if (!first) return true;
  if (raw.tokens.some((t) => t.large)) return true;
  if (NON_PAY_BEFORE_RE.test(text.slice(Math.max(0, first.start - CONTEXT_WINDOW), first.start))) return true;
  if (NON_PAY_AFTER_RE.test(text.slice(end, end + CONTEXT_WINDOW + 10))) return true;
  // "R12345" is a reference; rand amounts are written "R650 000" or "R35k".
  return first.currency === 'ZAR' && raw.tokens.some((t) => !t.grouped && !t.multiplier);
}

function contextNotes(text: string, start: number, end: number, source: 'board' | 'description'): string[] {
  const around = text.slice(Math.max(0, start - INFERENCE_WINDOW), end + INFERENCE_WINDOW);
  const notes: string[] = [];
  const ir35 =
    /\b(outside|inside)\s+(?:of\s+)?ir35\b/i.exec(around) ?? /\bir35\s*:?\s*(outside|inside)\b/i.exec(around);
  if (ir35?.[1]) notes.push(`${ir35[1].toLowerCase()} IR35`);
  if (/\b(?:inc(?:l|luding|lusive of)?\.?|with)\s+(?:of\s+)?london\s+weighting\b/i.test(around))
    notes.push('includes London weighting');
  else if (/\blondon\s+weighting\b/i.test(around)) notes.push('plus London weighting');
  if (/\bpro[- ]rata\b/i.test(around)) notes.push('pro rata');
  if (/\bOTE\b/.test(around)) notes.push('OTE (includes commission)');
  if (source === 'board') {
    const estimate = /\b(glassdoor|employer)\s+est(?:imate)?\.?/i.exec(around);
    if (estimate?.[1])
      notes.push(`${estimate[1][0]?.toUpperCase()}${estimate[1].slice(1).toLowerCase()} estimate`);
  }
  return notes;
}

function placeOf(text: string, start: number, end: number): 'london' | 'national' | null {
  const label =
    PLACE_AFTER_RE.exec(text.slice(end, end + 40))?.[1] ??
    PLACE_BEFORE_RE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!label) return null;
  return /london/i.test(label) && !/outside/i.test(label) ? 'london' : 'national';
}

function readCandidate(
  text: string,
  raw: RawCandidate,
  opts: Required<ParseOptions>,
  country: string | null,
  localCurrency: string | null,
): Candidate | null {
  const first = raw.tokens[0];
  const last = raw.tokens[raw.tokens.length - 1];
  if (!first || !last) return null;
  if (isNonPay(text, raw, last.end)) return null;
  const money = resolveCurrency(raw, text, country, localCurrency);
  if (!money) return null;

  const explicit = explicitPeriod(text, first.start, last.end);
  const perEuro = roughEuros(raw.max, money.currency);
  if (perEuro === null) return null;
  const context = text.slice(Math.max(0, first.start - INFERENCE_WINDOW), last.end + INFERENCE_WINDOW);
  const lpa =
    raw.tokens.some((t) => t.multiplier === 'lakh') && /LPA/i.test(text.slice(last.start, last.end));
  const inferred = explicit || lpa ? null : inferPeriod(perEuro, money.currency, raw.max, context);
  const period: Period = explicit?.period ?? (lpa ? 'year' : (inferred?.period ?? 'year'));

  const yearly = roughEuros(perYear(raw.max, period), money.currency) ?? 0;
  if (yearly < PLAUSIBLE_YEAR_EUR.min || yearly > PLAUSIBLE_YEAR_EUR.max) return null;

  let min: number | null = raw.min;
  let max: number | null = raw.max;
  let start = first.start;
  if (raw.tokens.length === 1) {
    const before = text.slice(Math.max(0, first.start - 30), first.start);
    const upTo = UP_TO_RE.exec(before);
    const from = FROM_RE.exec(before);
    if (upTo) {
      min = null;
      start = first.start - upTo[0].length;
    } else if (from) {
      max = null;
      start = first.start - from[0].length;
    } else if (PLUS_AFTER_RE.test(text.slice(last.end, last.end + 16))) {
      max = null;
    }
  }

  const end = explicit?.end ?? last.end;
  const notes = [
    ...(money.note ? [money.note] : []),
    ...contextNotes(text, first.start, end, opts.from),
    ...(inferred ? [inferred.why] : []),
  ];
  const keywordNear =
    opts.from === 'board' || PAY_KEYWORD_RE.test(sentenceBefore(text, first.start, KEYWORD_WINDOW));
  const score =
    (keywordNear ? 3 : 0) +
    (explicit || lpa ? 2 : 0) +
    (raw.tokens.length > 1 ? 2 : 0) +
    (money.note === null ? 1 : 0);
  return {
    start,
    end,
    min,
    max,
    currency: money.currency,
    period,
    periodInferred: inferred?.why ?? null,
    notes,
    place: placeOf(text, first.start, end),
    score,
  };
}

// ───────────── choosing ─────────────

function bestOf(candidates: Candidate[]): Candidate | undefined {
  return candidates.reduce<Candidate | undefined>(
    (best, c) => (!best || c.score > best.score ? c : best),
    undefined,
  );
}

/** With "London £X, National £Y", the ad's location picks; the other rate goes in the note. */
function pickByPlace(candidates: Candidate[], location: string | null): Candidate | undefined {
  const london = bestOf(candidates.filter((c) => c.place === 'london'));
  const national = bestOf(candidates.filter((c) => c.place === 'national'));
  if (!london || !national) return undefined;
  const region = detectRegion(location);
  const inLondon = region?.code === 'UK-London' || region?.code === 'UK-CityLondon';
  const [chosen, other] = inLondon ? [london, national] : [national, london];
  const otherText = formatRange(other.min, other.max, other.currency, other.period);
  const note = inLondon
    ? `London rate for a London location; national rate ${otherText} also stated`
    : `national rate${region ? '' : ' (location not in London or not given)'}; London rate ${otherText} also stated`;
  return { ...chosen, notes: [note, ...chosen.notes] };
}

function normalise(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, (d) => (d === '\u2014' ? '—' : '–'));
}

function toStatedPay(
  text: string,
  c: Candidate,
  from: 'board' | 'description',
  extraNote: string | null,
): StatedPay {
  const notes = extraNote ? [extraNote, ...c.notes] : c.notes;
  return {
    currency: c.currency,
    period: c.period,
    min: c.min,
    max: c.max,
    text: text.slice(c.start, c.end).trim(),
    from,
    note: notes.length > 0 ? [...new Set(notes)].join('; ') : null,
  };
}

/** The ad's pay from free text, or null when it states none ("competitive", "DOE", "negotiable"). */
export function parseStatedPay(text: string, opts: ParseOptions = {}): StatedPay | null {
  const options: Required<ParseOptions> = {
    location: opts.location ?? null,
    from: opts.from ?? 'description',
  };
  const clean = normalise(text);
  const region = detectRegion(options.location);
  const localCurrency = region ? currencyOf(region.country) : null;
  const candidates = groupRanges(clean, scanTokens(clean))
    .map((raw) => readCandidate(clean, raw, options, region?.country ?? null, localCurrency))
    .filter((c): c is Candidate => c !== null);
  const scale = findNamedScale(clean);

  const chosen = pickByPlace(candidates, options.location) ?? bestOf(candidates);
  // The ad's own figures may be an older year's scale, so only the band's name goes in the note.
  if (chosen) return toStatedPay(clean, chosen, options.from, scale?.name ?? null);
  if (scale && scale.min !== null && scale.max !== null) {
    return {
      currency: 'GBP',
      period: 'year',
      min: scale.min,
      max: scale.max,
      text: scale.label,
      from: options.from,
      note: `${scale.label}; range of the published scale, not stated in the ad`,
    };
  }
  return null;
}
