/**
 * schema.org JobPosting from JSON-LD: arrays, @graph, @type arrays, invalid JSON (raw newlines in
 * strings, trailing commas), HTML or twice-encoded descriptions, and the many shapes of
 * hiringOrganization, jobLocation and baseSalary seen in real pages (research/dom-notes.md).
 */
import type { Period, StatedPay } from '../schema';
import { cleanField, htmlToText } from './html-text';
import type { StructuredPosting } from './types';

type Json = unknown;
export type JsonObject = Record<string, Json>;

/** Job pages rarely carry more than a handful of blocks; a page with hundreds is a list, not an ad. */
const MAX_BLOCKS = 50;
/** Nesting deeper than this in JSON-LD is never a JobPosting we need. */
const MAX_NODE_DEPTH = 6;

/** Every JobPosting in the page's JSON-LD, in document order. */
export function readJsonLd(doc: Document): StructuredPosting[] {
  const postings: StructuredPosting[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_BLOCKS; i++) {
    const data = parseLenient(scripts[i]?.textContent ?? '');
    for (const node of jobPostingNodes(data, 0)) postings.push(toPosting(node, doc));
  }
  return postings;
}

/** JSON.parse, then a second try after repairing the mistakes real pages make. */
export function parseLenient(raw: string): Json {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repairJson(text));
    } catch {
      return null;
    }
  }
}

/** Escapes raw control characters inside strings and drops trailing commas. */
function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (ch < ' ') out += ' ';
      else out += ch;
      continue;
    }
    if (ch === '"') inString = true;
    out += ch;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

export function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJobPosting(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/:])JobPosting$/.test(t));
}

function jobPostingNodes(data: Json, depth: number): JsonObject[] {
  if (depth > MAX_NODE_DEPTH) return [];
  if (Array.isArray(data)) return data.flatMap((item) => jobPostingNodes(item, depth + 1));
  if (!isObject(data)) return [];
  if (isJobPosting(data)) return [data];
  const graph = data['@graph'] ?? data.mainEntity ?? data.itemListElement;
  return graph === undefined ? [] : jobPostingNodes(graph, depth + 1);
}

/** A string from a JSON value that may be a string, a number, an object with `name`/`value`, or an array. */
export function textOf(value: Json): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length > 0 ? textOf(value[0]) : null;
  if (isObject(value)) return textOf(value.name ?? value.value ?? value['@value'] ?? null);
  return null;
}

function toPosting(node: JsonObject, doc: Document): StructuredPosting {
  const description = textOf(node.description);
  // A PropertyValue identifier names the company in `name`; the id is its `value`.
  const identifier = isObject(node.identifier)
    ? textOf(node.identifier.value ?? null)
    : textOf(node.identifier);
  const url = textOf(node.url);
  return {
    title: cleanField(textOf(node.title) ?? textOf(node.name)),
    company: cleanField(textOf(node.hiringOrganization)),
    location: locationOf(node),
    description: description ? htmlToText(description, doc) : '',
    employmentType: cleanField(listText(node.employmentType)),
    datePosted: cleanField(textOf(node.datePosted), 40),
    structuredPay: statedPayOf(node.baseSalary),
    jobKey: cleanField(identifier, 120),
    ids: [identifier, url].filter((v): v is string => typeof v === 'string' && v !== ''),
  };
}

function listText(value: Json): string | null {
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ') || null;
  return textOf(value);
}

/** "Town, Region, Country" per place, places joined by " / ", plus "Remote" for TELECOMMUTE. */
function locationOf(node: JsonObject): string | null {
  const raw = node.jobLocation;
  const places = (Array.isArray(raw) ? raw : [raw]).map(placeText).filter((p): p is string => p !== null);
  const unique = [...new Set(places)];
  if (textOf(node.jobLocationType)?.toUpperCase() === 'TELECOMMUTE') unique.push('Remote');
  return cleanField(unique.join(' / '));
}

function placeText(place: Json): string | null {
  if (typeof place === 'string') return cleanField(place);
  if (!isObject(place)) return null;
  const address = place.address;
  if (typeof address === 'string') return cleanField(address);
  if (!isObject(address)) return cleanField(textOf(place.name));
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry]
    .map((part) => cleanField(textOf(part)))
    .filter((part): part is string => part !== null);
  return parts.length > 0 ? [...new Set(parts)].join(', ') : null;
}

const UNIT_PERIODS: ReadonlyArray<[RegExp, Period]> = [
  [/hour/i, 'hour'],
  [/day|daily/i, 'day'],
  [/week/i, 'week'],
  [/month/i, 'month'],
  [/year|annum|annual/i, 'year'],
];

/** Currency words seen in real baseSalary blocks ("pound" on a UK page). */
const CURRENCY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(£|pounds?|sterling)$/i, 'GBP'],
  [/^(\$|dollars?|us\$)$/i, 'USD'],
  [/^(€|euros?)$/i, 'EUR'],
];

function currencyCode(value: Json): string | null {
  const text = cleanField(textOf(value));
  if (!text) return null;
  if (/^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
  return CURRENCY_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** "30000.00", "30,000", 30000 → 30000; "Negotiable", "" → null. */
function amountOf(value: Json): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const digits = value.replace(/[^\d.]/g, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return null;
  const amount = Number(digits);
  return amount > 0 ? amount : null;
}

/**
 * Amounts with no unit: below this they read as hourly, below the next as a day rate, from the last
 * as a year; in between (monthly or weekly) is too ambiguous to guess. UK contract day rates run
 * £300–£1,000 (seed 001); hourly pay rarely exceeds 200 in any currency the ads use.
 */
const HOURLY_BELOW = 200;
const DAILY_BELOW = 1_500;
const YEARLY_FROM = 12_000;

function inferPeriod(amount: number): Period | null {
  if (amount < HOURLY_BELOW) return 'hour';
  if (amount < DAILY_BELOW) return 'day';
  return amount >= YEARLY_FROM ? 'year' : null;
}

/** baseSalary (MonetaryAmount) → StatedPay, or null when it states no usable amount. */
export function statedPayOf(baseSalary: Json): StatedPay | null {
  const salary = Array.isArray(baseSalary) ? baseSalary[0] : baseSalary;
  if (!isObject(salary)) return null;
  const currency = currencyCode(salary.currency ?? salary.salaryCurrency);
  const value = salary.value;
  const quantity = isObject(value) ? value : { value };
  // A single `value` is an exact amount (min = max); minValue or maxValue alone is one-sided.
  const single = amountOf(quantity.value ?? null);
  let min = amountOf(quantity.minValue ?? null) ?? single;
  let max = amountOf(quantity.maxValue ?? null) ?? single;
  if (min === null && max === null) return null;
  if (currency === null) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const unit = textOf(quantity.unitText ?? salary.unitText ?? null) ?? '';
  const statedPeriod = UNIT_PERIODS.find(([pattern]) => pattern.test(unit))?.[1] ?? null;
  const period = statedPeriod ?? inferPeriod((min ?? max) as number);
  if (period === null) return null;
  const amounts = min === max ? String(min) : [min, max].filter((n) => n !== null).join('-');
  return {
    currency,
    period,
    min,
    max,
    text: `${currency} ${amounts} ${unit || period}`.trim(),
    from: 'jsonld',
    note: statedPeriod ? null : 'period inferred from the amount (no unitText)',
  };
}
