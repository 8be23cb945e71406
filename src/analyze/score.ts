/**
 * From weighted evidence to a verdict: PMO, PM, hybrid (both sides substantial), or neither
 * (another role, or too little to go on), with a lean, a confidence, and the PMO sub-type.
 */
import type { Dimension, Evidence, Verdict } from '../schema';
import { SITS_IN_LABEL, WORKS_FOR_LABEL } from './context';

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
  /** The role itself leads one named project ("Lead the Atlas Migration project"). */
  namedProject: boolean;
  /** The ad says the role runs no project itself ("you won't be running projects yourself"): no delivery half. */
  noOwnDelivery: boolean;
  /** The ad states the job's split and one part is a quarter of the time or less: no second job. */
  minorSecondPart?: boolean;
  /** The ad is not in English: the English lexicon sees only part of it. */
  foreign: boolean;
  /** What the text is when it is no job ad (an article about the roles, a course page); null for an ad. */
  notAnAd: string | null;
}

// All thresholds below were set by reading the dev set (tests/fixtures/ads/dev) score by score;
// the weights they compare are on the lexicon's 1–3 scale times section weight.

/** Less PMO+PM evidence than this (about one strong duty) is too little to call a side. */
export const MIN_CORE_EVIDENCE = 3;
/** Other-role evidence wins when it reaches this share of the PMO+PM evidence. */
export const NEITHER_SHARE = 0.6;
/**
 * …and is at least this large: one other-role title (OTHER_ROLE_TITLE_WEIGHT, 4), the same role
 * named in the body instead (4 × BODY_ROLE_FACTOR 0.8 = 3.2: an ad without a title says no less),
 * or two strong other-role phrases.
 */
export const MIN_NEITHER_EVIDENCE = 3.2;
/**
 * A hybrid is a job with two sets of duties (domain.md: "PMO Project Manager", a PM who also runs
 * the reporting cycle, a PMO lead who delivers a project), so it is decided on duties evidence
 * only: what the ad asks the role to do, in its duties or unheaded text. Requirements, credentials,
 * skills, boilerplate and the title say who is wanted or what the job is called, not what it does.
 *
 * Hybrid when the weaker side's duties reach HYBRID_MIN_DUTIES (two strong duty sentences, weight
 * 2.5 each) and HYBRID_DUTY_RATIO of the stronger side's duties. On the dev set, clear PMO and PM
 * ads carry at most ~4 of the other side's duties (a PMO analyst who "tracks project budgets", a
 * PM who "maintains the RAID log") at a ratio up to ~0.42; hybrids carry 4.5 and more.
 */
export const HYBRID_MIN_DUTIES = 5;
export const HYBRID_DUTY_RATIO = 0.45;
/**
 * When the title or the ad itself says it combines the two ("PMO Project Manager", "a dual role",
 * "half your time"), one real duty on the weaker side, at a quarter of the other, confirms it.
 */
export const HYBRID_MIN_DUTIES_DECLARED = 2.5;
export const HYBRID_DUTY_RATIO_DECLARED = 0.25;
/**
 * A declared two-job role whose PM half leads one named project: a framework to build yields many
 * PMO phrases, one project few, so a smaller share confirms it (the declared hybrid with a named
 * project in the fresh set sits at 0.17; clear ads with either sign alone stay PMO or PM).
 */
export const HYBRID_DUTY_RATIO_NAMED = 0.15;
/** Dimensions that describe what the job does (as opposed to who it wants or what it is called). */
const DUTY_DIMENSIONS: ReadonlySet<Dimension> = new Set([
  'scope',
  'responsibilities',
  'decisions',
  'reporting',
  'resources_risk',
  'tools',
  'stance',
]);
/**
 * Naming or joining the PMO ("a Project Manager in our PMO", "join our PMO team") says where the
 * role sits, not what it does: many firms call their delivery department the PMO. It still counts
 * for the PMO side, but it is no PMO duty to make a hybrid of a job whose duties are all delivery.
 */
const WHERE_THE_ROLE_SITS: ReadonlySet<string> = new Set(['pmo.stance.pmo_member']);
/** Sections that describe the job: the duties, and unheaded text (usually the role summary). */
const DUTY_SECTIONS: ReadonlySet<string> = new Set(['duties', 'other']);
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

  if (options.notAnAd !== null) {
    return {
      ...base,
      verdict: 'neither',
      looksLike: options.notAnAd,
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
  const dominant = scores.pmo >= scores.pm ? 'pmo' : 'pm';
  const declared = options.hybridTitle || options.splitRole;
  const hybrid =
    options.noOwnDelivery || options.minorSecondPart
      ? null
      : hybridReading(items, declared, declared && options.namedProject);
  if (hybrid !== null) {
    return {
      ...base,
      verdict: 'hybrid',
      dominant,
      pmoType: pmoTypeOf(items),
      // Sure of a hybrid as its two sides' duties are balanced (ratio 1), unsure near the threshold:
      // the mirror of a side verdict, whose confidence grows with the lean away from balance.
      confidence: cap(0.45 + 0.4 * amount * hybrid.ratio),
    };
  }
  return {
    ...base,
    verdict: dominant,
    pmoType: dominant === 'pmo' ? pmoTypeOf(items) : null,
    confidence: cap(0.5 + 0.5 * Math.abs(lean) * amount),
  };
}

/** Both sides' duties evidence, when both are substantial enough to call the job a hybrid; else null. */
export function hybridReading(
  items: readonly Scored[],
  declared: boolean,
  namedProject = false,
): { pmo: number; pm: number; ratio: number } | null {
  const duties = dutyTotals(items);
  const weaker = Math.min(duties.pmo, duties.pm);
  const stronger = Math.max(duties.pmo, duties.pm);
  if (stronger === 0) return null;
  const ratio = weaker / stronger;
  const minDuties = declared ? HYBRID_MIN_DUTIES_DECLARED : HYBRID_MIN_DUTIES;
  const minRatio = namedProject
    ? HYBRID_DUTY_RATIO_NAMED
    : declared
      ? HYBRID_DUTY_RATIO_DECLARED
      : HYBRID_DUTY_RATIO;
  return weaker >= minDuties && ratio >= minRatio ? { ...duties, ratio: round(ratio) } : null;
}

/**
 * PMO and PM evidence about what the job does (see DUTY_DIMENSIONS, DUTY_SECTIONS and
 * WHERE_THE_ROLE_SITS; context.ts marks where the role sits and whom it works for the same way).
 */
export function dutyTotals(items: readonly Scored[]): { pmo: number; pm: number } {
  const totals = { pmo: 0, pm: 0 };
  for (const { evidence, source } of items) {
    if (evidence.side === 'neither' || WHERE_THE_ROLE_SITS.has(source)) continue;
    if (evidence.context.includes(SITS_IN_LABEL) || evidence.context.includes(WORKS_FOR_LABEL)) continue;
    if (!DUTY_DIMENSIONS.has(evidence.dimension) || !DUTY_SECTIONS.has(evidence.section)) continue;
    totals[evidence.side] += evidence.weight;
  }
  return { pmo: round(totals.pmo), pm: round(totals.pm) };
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
