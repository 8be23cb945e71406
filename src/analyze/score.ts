/**
 * From weighted evidence to a verdict: PMO, PM, hybrid (both sides substantial), or neither
 * (another role, or too little to go on), with a lean, a confidence, and the PMO sub-type.
 */
import type { Dimension, Evidence, Verdict } from '../schema';

/** Evidence as the scorer needs it: the public record plus what the lexicon said about it. */
export interface Scored {
  evidence: Evidence;
  /** The lexicon entry id (or "title"), so repeats of one entry can be damped. */
  source: string;
  pmoType: 'support' | 'lead' | null;
  looksLike: string | null;
}

export interface Decision {
  verdict: Verdict;
  lean: number;
  confidence: number;
  pmoType: 'support' | 'lead' | null;
  dominant: 'pmo' | 'pm' | null;
  looksLike: string | null;
  scores: { pmo: number; pm: number; neither: number };
}

export interface DecideOptions {
  /** The title names both (e.g. "PMO Project Manager"): a hybrid needs less balance. */
  hybridTitle: boolean;
  /** The ad says it is a split role ("a dual role", "half your time …"): same effect as a hybrid title. */
  splitRole: boolean;
  /** The ad is not in English: the English lexicon sees only part of it. */
  foreign: boolean;
  /** The text reads like an article about the roles, not an ad for one. */
  notAnAd: boolean;
}

// All thresholds below were set by reading the dev set (tests/fixtures/ads/dev) score by score;
// the weights they compare are on the lexicon's 1–3 scale times section weight.

/** Less PMO+PM evidence than this (about one strong duty) is too little to call a side. */
export const MIN_CORE_EVIDENCE = 3;
/** Other-role evidence wins when it reaches this share of the PMO+PM evidence. */
export const NEITHER_SHARE = 0.6;
/** …and is at least this large (one title or two strong other-role phrases). */
export const MIN_NEITHER_EVIDENCE = 4;
/** Hybrid when the weaker side reaches this fraction of the stronger… */
export const HYBRID_RATIO = 0.6;
/** …or this fraction when the title itself names both. */
export const HYBRID_RATIO_WITH_TITLE = 0.3;
/** …and the weaker side is at least this large (two or three real duties, not one stray phrase)… */
export const HYBRID_MIN_SIDE = 5;
/** …or one or two real duties when the ad itself says it combines the two. */
export const HYBRID_MIN_SIDE_DECLARED = 3;
/** Evidence amount at which confidence reaches ~63% of its range (1 − e⁻¹): about three strong duties. */
export const EVIDENCE_SCALE = 9;
/** No verdict from an English lexicon on a non-English ad is more than a guess. */
export const FOREIGN_CONFIDENCE_CAP = 0.4;
/** Confidence never claims certainty: the lexicon can always miss something. */
const MAX_CONFIDENCE = 0.95;

export function decide(items: readonly Scored[], options: DecideOptions): Decision {
  const scores = sideTotals(items);
  const core = scores.pmo + scores.pm;
  const lean = core === 0 ? 0 : round((scores.pmo - scores.pm) / core);
  const amount = 1 - Math.exp(-core / EVIDENCE_SCALE);
  const base = { lean, scores, dominant: null, pmoType: null, looksLike: null } as const;
  const cap = (c: number) => round(Math.min(c, options.foreign ? FOREIGN_CONFIDENCE_CAP : MAX_CONFIDENCE));

  if (options.notAnAd) {
    return {
      ...base,
      verdict: 'neither',
      looksLike: 'an article about project roles, not a job ad',
      confidence: cap(0.6),
    };
  }
  if (scores.neither >= MIN_NEITHER_EVIDENCE && scores.neither >= NEITHER_SHARE * core) {
    const share = scores.neither / (scores.neither + core);
    return {
      ...base,
      verdict: 'neither',
      looksLike: strongestRole(items),
      confidence: cap(0.45 + 0.5 * share),
    };
  }
  if (core < MIN_CORE_EVIDENCE) {
    const looksLike =
      scores.neither > 0 ? strongestRole(items) : 'not enough project-management content to judge';
    return { ...base, verdict: 'neither', looksLike, confidence: cap(0.3) };
  }
  const weaker = Math.min(scores.pmo, scores.pm);
  const ratio = weaker / Math.max(scores.pmo, scores.pm);
  const declared = options.hybridTitle || options.splitRole;
  const hybridRatio = declared ? HYBRID_RATIO_WITH_TITLE : HYBRID_RATIO;
  const minSide = declared ? HYBRID_MIN_SIDE_DECLARED : HYBRID_MIN_SIDE;
  const dominant = scores.pmo >= scores.pm ? 'pmo' : 'pm';
  if (ratio >= hybridRatio && weaker >= minSide) {
    return {
      ...base,
      verdict: 'hybrid',
      dominant,
      pmoType: pmoTypeOf(items),
      confidence: cap(0.45 + 0.4 * amount * Math.min(1, ratio / HYBRID_RATIO)),
    };
  }
  return {
    ...base,
    verdict: dominant,
    pmoType: dominant === 'pmo' ? pmoTypeOf(items) : null,
    confidence: cap(0.5 + 0.5 * Math.abs(lean) * amount),
  };
}

export function sideTotals(items: readonly Scored[]): { pmo: number; pm: number; neither: number } {
  const totals = { pmo: 0, pm: 0, neither: 0 };
  for (const { evidence } of items) totals[evidence.side] += evidence.weight;
  return { pmo: round(totals.pmo), pm: round(totals.pm), neither: round(totals.neither) };
}

export function dimensionTotals(
  items: readonly Scored[],
): { dimension: Dimension; pmo: number; pm: number }[] {
  const totals = new Map<Dimension, { pmo: number; pm: number }>();
  for (const { evidence } of items) {
    if (evidence.side === 'neither') continue;
    const entry = totals.get(evidence.dimension) ?? { pmo: 0, pm: 0 };
    entry[evidence.side] += evidence.weight;
    totals.set(evidence.dimension, entry);
  }
  return [...totals].map(([dimension, t]) => ({ dimension, pmo: round(t.pmo), pm: round(t.pm) }));
}

/** Support work (RAID logs, packs, tool admin) vs lead work (builds the PMO, sets governance). */
function pmoTypeOf(items: readonly Scored[]): 'support' | 'lead' {
  let support = 0;
  let lead = 0;
  for (const { evidence, pmoType } of items) {
    if (evidence.side !== 'pmo') continue;
    if (pmoType === 'support') support += evidence.weight;
    if (pmoType === 'lead') lead += evidence.weight;
  }
  return lead > support ? 'lead' : 'support';
}

function strongestRole(items: readonly Scored[]): string {
  const byRole = new Map<string, number>();
  for (const { evidence, looksLike } of items) {
    if (evidence.side !== 'neither' || looksLike === null) continue;
    byRole.set(looksLike, (byRole.get(looksLike) ?? 0) + evidence.weight);
  }
  let best = 'another kind of role';
  let bestWeight = 0;
  for (const [role, weight] of byRole) {
    if (weight > bestWeight) {
      best = role;
      bestWeight = weight;
    }
  }
  return best;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
