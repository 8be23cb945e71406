/**
 * The local history of analysed ads: a compact record per ad in `browser.storage.local`, validated
 * on every read. A damaged or older stored value never costs the user the entries that still read.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  CurrencySchema,
  DimensionSchema,
  PeriodSchema,
  PmoTypeSchema,
  PostingSourceSchema,
  type Result,
  SenioritySchema,
  SideSchema,
  VerdictSchema,
} from '../schema';

export const HISTORY_KEY = 'history';
export const HISTORY_VERSION = 1;
/** Enough for months of job hunting, small enough to stay far below storage.local's 10 MB quota. */
export const HISTORY_LIMIT = 500;
/** The reasons a history row keeps: enough to recall why, without the whole evidence list. */
export const HISTORY_REASONS = 3;

const HistoryReasonSchema = z.object({ text: z.string(), side: SideSchema, dimension: DimensionSchema });
export type HistoryReason = z.infer<typeof HistoryReasonSchema>;

const HistoryPaySchema = z.object({
  currency: CurrencySchema,
  period: PeriodSchema,
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
});

/**
 * One analysed ad. Fields that a first draft of an entry might lack default to "unknown" so such
 * an entry still reads; the fields without which a row means nothing (id, time, verdict) do not.
 */
export const HistoryEntrySchema = z.object({
  id: z.string().min(1),
  analysedAt: z.iso.datetime({ offset: true }),
  url: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  company: z.string().nullable().default(null),
  location: z.string().nullable().default(null),
  /** A source a later version adds reads as unknown rather than costing the entry. */
  source: PostingSourceSchema.nullable().catch(null),
  verdict: VerdictSchema,
  lean: z.number().min(-1).max(1),
  confidence: z.number().min(0).max(1),
  pmoType: PmoTypeSchema.default(null),
  seniority: SenioritySchema.catch('unknown'),
  summary: z.string().default(''),
  reasons: z.array(HistoryReasonSchema).max(HISTORY_REASONS).default([]),
  /** The pay the ad states, with the words it was read from. */
  statedPay: HistoryPaySchema.extend({ text: z.string() }).nullable().default(null),
  /** The expected range the pay stage gave. */
  pay: HistoryPaySchema.nullable().default(null),
  payBasis: z.string().nullable().default(null),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const StoredHistorySchema = z.object({
  version: z.literal(HISTORY_VERSION),
  entries: z.array(HistoryEntrySchema).max(HISTORY_LIMIT),
});
export type StoredHistory = z.infer<typeof StoredHistorySchema>;

/**
 * Longest text kept per field. Ads are written by strangers and a title can be a megabyte; these
 * caps keep 500 entries within a few MB of storage.local's 10 MB quota even in 3-byte UTF-8, so
 * a write never fails for want of room.
 */
const MAX_CHARS = {
  id: 200,
  url: 1000,
  name: 200,
  sentence: 400,
  summary: 500,
  basis: 1000,
  payText: 100,
} as const;

/** Cut at `max` characters, marked with an ellipsis; the same input always cuts the same way. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function clipOrNull(text: string | null, max: number): string | null {
  return text === null ? null : clip(text, max);
}

/** The compact record of one result, stamped with the time it was analysed. */
export function entryFromResult(result: Result, now: Date): HistoryEntry {
  const analysedAt = now.toISOString();
  const { posting, statedPay, pay } = result;
  const id =
    result.id ?? jobId(result) ?? `${analysedAt}#${fnv1a(`${posting.url ?? ''}\n${posting.title ?? ''}`)}`;
  return HistoryEntrySchema.parse({
    id: clip(id, MAX_CHARS.id),
    analysedAt,
    url: clipOrNull(posting.url, MAX_CHARS.url),
    title: clipOrNull(posting.title, MAX_CHARS.name),
    company: clipOrNull(posting.company, MAX_CHARS.name),
    location: clipOrNull(posting.location, MAX_CHARS.name),
    source: posting.source,
    verdict: result.verdict,
    lean: result.lean,
    confidence: result.confidence,
    pmoType: result.pmoType,
    seniority: result.seniority,
    summary: clip(result.summary, MAX_CHARS.summary),
    reasons: result.reasons
      .slice(0, HISTORY_REASONS)
      .map(({ text, side, dimension }) => ({ text: clip(text, MAX_CHARS.sentence), side, dimension })),
    statedPay: statedPay
      ? {
          currency: statedPay.currency,
          period: statedPay.period,
          min: statedPay.min,
          max: statedPay.max,
          text: clip(statedPay.text, MAX_CHARS.payText),
        }
      : null,
    pay: pay ? { currency: pay.currency, period: pay.period, min: pay.min, max: pay.max } : null,
    payBasis: clipOrNull(pay?.basis ?? null, MAX_CHARS.basis),
  });
}

/** The board's own job id names the job whatever URL it was opened at (search pane or job page). */
function jobId(result: Result): string | null {
  return result.posting.jobKey ? `${result.posting.source}:${result.posting.jobKey}` : null;
}

/** A short, stable digest for ids of ads with no id of their own (FNV-1a, 32 bits). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Two entries describe the same job: the same id, or the same page and title. */
export function sameJob(a: HistoryEntry, b: HistoryEntry): boolean {
  if (a.id === b.id) return true;
  const page = pageKey(a);
  return page !== null && page === pageKey(b);
}

/**
 * Reads whatever is stored: the current shape, a bare array (an unversioned draft), or a damaged
 * value. Every entry that validates is kept; the rest are dropped one by one. The result is newest
 * first, one entry per job, at most HISTORY_LIMIT long.
 */
export function historyFrom(stored: unknown): HistoryEntry[] {
  const whole = StoredHistorySchema.safeParse(stored);
  if (whole.success) return normalise(whole.data.entries);
  const candidates = storedEntries(stored);
  const entries: HistoryEntry[] = [];
  for (const candidate of candidates) {
    const parsed = HistoryEntrySchema.safeParse(candidate);
    if (parsed.success) entries.push(parsed.data);
  }
  return normalise(entries);
}

function storedEntries(stored: unknown): unknown[] {
  if (Array.isArray(stored)) return stored;
  if (stored && typeof stored === 'object' && 'entries' in stored) {
    const entries = (stored as { entries: unknown }).entries;
    if (Array.isArray(entries)) return entries;
  }
  return [];
}

function normalise(entries: HistoryEntry[]): HistoryEntry[] {
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.analysedAt) - Date.parse(a.analysedAt));
  const kept: HistoryEntry[] = [];
  // Sets rather than `sameJob` against every kept entry: a full history is 500 × 500 comparisons.
  const seenIds = new Set<string>();
  const seenPages = new Set<string>();
  for (const entry of newestFirst) {
    if (kept.length === HISTORY_LIMIT) break;
    const page = pageKey(entry);
    if (seenIds.has(entry.id) || (page !== null && seenPages.has(page))) continue;
    kept.push(entry);
    seenIds.add(entry.id);
    if (page !== null) seenPages.add(page);
  }
  return kept;
}

/** The url-and-title half of `sameJob`, as one string. */
function pageKey(entry: HistoryEntry): string | null {
  return entry.url === null ? null : JSON.stringify([entry.url, entry.title]);
}

/** The entry goes first; an older entry for the same job goes; the oldest beyond the limit go. */
export function withEntry(entries: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...entries.filter((other) => !sameJob(other, entry))].slice(0, HISTORY_LIMIT);
}

export async function loadHistory(): Promise<HistoryEntry[]> {
  const stored = await browser.storage.local.get(HISTORY_KEY);
  return historyFrom(stored[HISTORY_KEY]);
}

async function saveHistory(entries: HistoryEntry[]): Promise<void> {
  // Every entry here was parsed on the way in (historyFrom, entryFromResult): no second parse.
  const value: StoredHistory = { version: HISTORY_VERSION, entries };
  await browser.storage.local.set({ [HISTORY_KEY]: value });
}

/**
 * Writes wait for the one before them: two analyses finishing together would otherwise both read
 * the old list and the second write would drop the first one's entry.
 */
let pendingWrite: Promise<void> = Promise.resolve();

function serialised(write: () => Promise<void>): Promise<void> {
  const next = pendingWrite.then(write, write);
  pendingWrite = next.catch(() => undefined);
  return next;
}

export function recordResult(result: Result): Promise<void> {
  const entry = entryFromResult(result, new Date());
  return serialised(async () => saveHistory(withEntry(await loadHistory(), entry)));
}

export function clearHistory(): Promise<void> {
  return serialised(() => browser.storage.local.remove(HISTORY_KEY));
}

/** Entries whose title, company, location or verdict contain every word of the query. */
export function searchHistory(entries: HistoryEntry[], query: string): HistoryEntry[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const haystack = searchableText(entry);
    return words.every((word) => haystack.includes(word));
  });
}

const VERDICT_WORDS: Record<HistoryEntry['verdict'], string> = {
  pmo: 'pmo-leaning pmo',
  pm: 'pm-leaning pm project manager',
  hybrid: 'hybrid pmo / pm',
  neither: 'neither pmo nor pm',
};

function searchableText(entry: HistoryEntry): string {
  return [entry.title, entry.company, entry.location, VERDICT_WORDS[entry.verdict]]
    .filter((part): part is string => part !== null)
    .join('\n')
    .toLocaleLowerCase();
}

// ───────────────────────── export ─────────────────────────

type Cell = string | number | null;

const CSV_COLUMNS: Array<[header: string, value: (entry: HistoryEntry) => Cell]> = [
  ['analysed_at', (e) => e.analysedAt],
  ['verdict', (e) => e.verdict],
  ['lean', (e) => e.lean],
  ['confidence', (e) => e.confidence],
  ['pmo_type', (e) => e.pmoType],
  ['seniority', (e) => e.seniority],
  ['title', (e) => e.title],
  ['company', (e) => e.company],
  ['location', (e) => e.location],
  ['source', (e) => e.source],
  ['url', (e) => e.url],
  ['stated_pay', (e) => e.statedPay?.text ?? null],
  ['stated_currency', (e) => e.statedPay?.currency ?? null],
  ['stated_period', (e) => e.statedPay?.period ?? null],
  ['stated_min', (e) => e.statedPay?.min ?? null],
  ['stated_max', (e) => e.statedPay?.max ?? null],
  ['expected_currency', (e) => e.pay?.currency ?? null],
  ['expected_period', (e) => e.pay?.period ?? null],
  ['expected_min', (e) => e.pay?.min ?? null],
  ['expected_max', (e) => e.pay?.max ?? null],
  ['expected_basis', (e) => e.payBasis],
  ['summary', (e) => e.summary],
  ...Array.from({ length: HISTORY_REASONS }, (_, i): [string, (entry: HistoryEntry) => Cell] => [
    `reason_${i + 1}`,
    (e) => {
      const reason = e.reasons[i];
      return reason ? `${reason.side}/${reason.dimension}: ${reason.text}` : null;
    },
  ]),
  ['id', (e) => e.id],
];

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that force a CSV field into quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field. Text from ads that starts like a formula gets a leading apostrophe, which
 * spreadsheets show as text; numbers this code wrote itself (a negative lean) are left as numbers.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: a header row, CRLF between records, quoted fields where needed. */
export function historyToCsv(entries: HistoryEntry[]): string {
  const rows = [
    CSV_COLUMNS.map(([header]) => header),
    ...entries.map((entry) => CSV_COLUMNS.map(([, value]) => csvField(value(entry)))),
  ];
  return `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** The stored shape itself, so an export could be read back as it is. */
export function historyToJson(entries: HistoryEntry[]): string {
  const value: StoredHistory = { version: HISTORY_VERSION, entries };
  return `${JSON.stringify(value, null, 2)}\n`;
}
