/**
 * The pure parts of `npm run eval`: the description-only view of an ad, the two baselines, and the
 * scoring. Kept apart from scripts/eval.ts so they can be tested without loading the classifier.
 */
import type { Verdict } from '../src/schema';
import { VerdictSchema } from '../src/schema';
import type { LabelledAd } from './ads';

export const VERDICTS = VerdictSchema.options;

/** A title line in an ad body is a short heading-like line; longer lines are prose that mentions the role. */
const TITLE_LINE_MAX_WORDS = 14;
/** Share of the title's words a heading in the ad's first block must hold to count as a restated title. */
const TITLE_LINE_WORD_SHARE = 0.6;

/** Baseline (b) needs at least this many role words before it takes a side; fewer reads as "neither". */
const WORD_COUNT_MIN_HITS = 4;
/** Baseline (b): a PMO share of role words above this is pmo, below 1 minus this is pm, between is hybrid. */
const WORD_COUNT_SIDE_SHARE = 0.65;

export type ClassStats = {
  support: number;
  predicted: number;
  precision: number | null;
  recall: number | null;
};

export type Metrics = {
  n: number;
  correct: number;
  accuracy: number;
  clearN: number;
  clearCorrect: number;
  clearAccuracy: number;
  /** confusion[label][verdict] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  perClass: Record<Verdict, ClassStats>;
};

// ───────────────────────── inputs ─────────────────────────

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The title without its qualifiers: "PMO Officer - 6 month contract" → "pmo officer". */
function coreTitle(title: string): string {
  return normalise(title.split(/\s[-–—|]\s|[(,|]/)[0] ?? title);
}

function isHeadingLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('•') || /[.!?]$/.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= TITLE_LINE_MAX_WORDS;
}

function sharesTitleWords(line: string, core: string): boolean {
  const lineWords = new Set(normalise(line).split(' '));
  const titleWords = core.split(' ').filter(Boolean);
  const shared = titleWords.filter((w) => lineWords.has(w)).length;
  return titleWords.length > 0 && shared / titleWords.length >= TITLE_LINE_WORD_SHARE;
}

/**
 * The ad body with the title taken out, for the description-only run: "Job title:" lines, headings
 * that restate the title anywhere, and title-like headings in the first block. Sentences that
 * mention the role ("As PMO Analyst you will…") stay: they are part of a real description.
 */
export function withoutTitle(ad: LabelledAd): string {
  const core = coreTitle(ad.title);
  const lines = ad.body.split('\n');
  const firstBlockEnd = lines.findIndex((line) => line.trim() === '');
  return lines
    .filter((line, i) => {
      if (/^\s*(job\s+)?title\s*:/i.test(line)) return false;
      if (!isHeadingLike(line)) return true;
      if (normalise(line).includes(core)) return false;
      const inFirstBlock = firstBlockEnd < 0 || i < firstBlockEnd;
      return !(inFirstBlock && sharesTitleWords(line, core));
    })
    .join('\n')
    .trim();
}

// ───────────────────────── baselines ─────────────────────────

const TITLE_PMO =
  /\bpmo\b|\bepmo\b|portfolio (management )?office|project (management )?office|programme office|program management office|project support|programme support/i;
const TITLE_PM = /\bproject manager\b|\bprogramme manager\b|\bprogram manager\b|chef de projet/i;

/** Baseline (a): a keyword rule on the title alone; no title, or no keyword (product, scrum, engineer, analyst…), is "neither". */
export function titleKeywordVerdict(title: string | null): Verdict {
  if (!title) return 'neither';
  const pmo = TITLE_PMO.test(title);
  const pm = TITLE_PM.test(title);
  if (pmo && pm) return 'hybrid';
  if (pmo) return 'pmo';
  if (pm) return 'pm';
  return 'neither';
}

/** Words a naive reader associates with each side (domain.md's table, flattened to single terms). */
const PMO_WORDS =
  /\b(pmo|epmo|portfolio|governance|standards?|methodolog(y|ies)|templates?|frameworks?|stage[- ]gates?|gateways?|assurance|prioriti[sz]ation|dashboards?|p3o|intake|compliance)\b/gi;
const PM_WORDS =
  /\b(project managers?|programme managers?|program managers?|deliver(y|s|ing)?|schedules?|budgets?|scope|milestones?|go-live|execution|stakeholders?|on time|team|cutover|handover|subcontractors?|suppliers?)\b/gi;

/** Baseline (b): count PMO words against PM words over the whole text. */
export function wordCountVerdict(text: string): Verdict {
  const pmo = text.match(PMO_WORDS)?.length ?? 0;
  const pm = text.match(PM_WORDS)?.length ?? 0;
  if (pmo + pm < WORD_COUNT_MIN_HITS) return 'neither';
  const pmoShare = pmo / (pmo + pm);
  if (pmoShare > WORD_COUNT_SIDE_SHARE) return 'pmo';
  if (pmoShare < 1 - WORD_COUNT_SIDE_SHARE) return 'pm';
  return 'hybrid';
}

// ───────────────────────── scoring ─────────────────────────

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function emptyConfusion(): Record<Verdict, Record<Verdict, number>> {
  const row = () => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  return Object.fromEntries(VERDICTS.map((v) => [v, row()])) as Record<Verdict, Record<Verdict, number>>;
}

export function score(pairs: { label: Verdict; verdict: Verdict }[]): Metrics {
  const confusion = emptyConfusion();
  for (const { label, verdict } of pairs) confusion[label][verdict]++;
  const correct = pairs.filter((p) => p.label === p.verdict).length;
  const clear = pairs.filter((p) => p.label === 'pmo' || p.label === 'pm');
  const clearCorrect = clear.filter((p) => p.label === p.verdict).length;
  const perClass = Object.fromEntries(
    VERDICTS.map((v) => {
      const support = pairs.filter((p) => p.label === v).length;
      const predicted = pairs.filter((p) => p.verdict === v).length;
      const hits = confusion[v][v];
      return [v, { support, predicted, precision: ratio(hits, predicted), recall: ratio(hits, support) }];
    }),
  ) as Record<Verdict, ClassStats>;
  return {
    n: pairs.length,
    correct,
    accuracy: ratio(correct, pairs.length) ?? 0,
    clearN: clear.length,
    clearCorrect,
    clearAccuracy: ratio(clearCorrect, clear.length) ?? 0,
    confusion,
    perClass,
  };
}
