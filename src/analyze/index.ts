/**
 * The analyze stage: Posting → Classification. Synchronous and pure (no DOM, no browser APIs).
 *
 * description → sections → sentences → lexicon hits (compromise, on candidate sentences only)
 * → context (negation, hedges, relation to the PMO) → weighted evidence (+ the title as a prior)
 * → verdict, lean, confidence, PMO sub-type → explanation.
 */
import type { Classification, Evidence, Posting, SectionKind } from '../schema';
import { readContext, STAKEHOLDER_LABEL } from './context';
import { counterfactual, orderEvidence, summarise } from './explain';
import { detectLanguage, LANGUAGE_NAMES } from './language';
import { readOwnOffice, readOwnProgramme } from './programme';
import { type DecideOptions, decide, dimensionTotals, type Scored } from './score';
import { readNotAnAd, type Section, splitSections, splitsDutiesBySide } from './sections';
import { readSeniority } from './seniority';
import { readTradeSense } from './sense';
import { splitSentences } from './sentences';
import { findSignals, type Hit } from './signals';
import {
  OTHER_ROLE_TITLE_WEIGHT,
  readRoleInSentence,
  readTitle,
  TITLE_PRIOR_WEIGHT,
  type TitleReading,
} from './title';

/**
 * How much a phrase counts by where it stands (domain.md: duties above requirements, both above
 * boilerplate). Duties are the reference; unheaded text is usually the role summary, so close to
 * it; requirements describe the candidate, not the job, so about half (seed 001 lists skills and
 * credentials as weaker separators than duties); boilerplate near zero but not zero, so it still
 * shows as evidence.
 */
export const SECTION_WEIGHTS: Record<SectionKind, number> = {
  duties: 1,
  other: 0.8,
  requirements: 0.6,
  about: 0.15,
  benefits: 0.1,
  legal: 0.05,
  apply: 0.05,
};

/** Certificates and skills describe the candidate, not the job: wherever they stand, they count as requirements. */
const CANDIDATE_DIMENSIONS = new Set(['credentials', 'skills']);

function sectionWeight(dimension: string, section: SectionKind): number {
  const weight = SECTION_WEIGHTS[section];
  return CANDIDATE_DIMENSIONS.has(dimension) ? Math.min(weight, SECTION_WEIGHTS.requirements) : weight;
}

/** An ad that says it combines two jobs. ("Hybrid role" is left out: it usually means hybrid working.) */
const SPLIT_ROLE =
  /\b(dual|split|combined|twin[- ]hatted) role\b|\btwo (linked|distinct|separate|complementary) (roles|responsibilities|jobs)\b|\btwo hats\b|\bsplit(s|ting)? (your |their |the |his |her )?time\b|\b(half|a third|two[- ]thirds|a quarter|three[- ]quarters|\d{1,2} ?%) (of )?(your|their|the) (time|role|job|week)\b|\bthe rest of (your|their|the) time\b|\b(in|into|has|of) (two|2) (parts|halves|strands)\b|\bpart pmo\b|\bthe other half\b|\b(this|the) (role|job|post|position) (does|covers|combines) both\b|\b(carry|carries|hold|holds|combine|combines|cover|covers|take on|takes on) both (responsibilities|roles|jobs|remits|hats)\b|\b(take|takes|taking|play|plays|playing|hold|holds|holding) (on )?two roles\b/i;

/**
 * "Personally lead the largest projects", "manage the migration workstream yourself", "report on
 * the portfolio and your own projects": the ad says the role delivers projects itself, beside
 * whatever else it does. Only where that delivery counts (not negated: "you will not lead projects
 * yourself"; not hedged: "running a project yourself would be nice to have").
 */
const PERSONAL_DELIVERY =
  /\b(personally|yourself|your own (projects?|programmes?)|(projects?|programmes?) of your own)\b/i;

function deliversPersonally(items: readonly Scored[]): boolean {
  return items.some(
    ({ evidence }) =>
      evidence.side === 'pm' &&
      evidence.dimension !== 'title' &&
      evidence.weight > 0 &&
      evidence.context.length === 0 &&
      PERSONAL_DELIVERY.test(evidence.text),
  );
}

/**
 * "Manage one of our most important projects yourself", "personally manage two of our projects":
 * said outright of the role, even where the lexicon reads no delivery phrase in the sentence. On
 * the 447 ads of dev and fresh–fresh8 it appears, not ruled out, in 11 ads, all hybrids.
 */
const MANAGES_PROJECTS_ITSELF =
  /\b(manage|managing|run|running|lead|leading|deliver|delivering|project management of)\b[^.\n]{0,40}\b(projects?|programmes?)\b[^.\n]{0,12}\b(yourself|personally)\b|\bpersonally (manage|run|lead|deliver)\b[^.\n]{0,40}\b(projects?|initiatives?)\b/i;
/** …unless ruled out ("rather than managing projects yourself") or asked of the candidate ("experience running a project yourself"). */
const RULED_OUT_BEFORE =
  /\b(won't|won’t|will not|do not|don't|don’t|never|not|rather than|instead of|experience)\b[^.\n]{0,25}$/i;

/**
 * "On the portfolio side, you will … On the delivery side, you will …": the ad walks through the job
 * as two sides, one the office's and one delivery, as plainly as "a dual role" says it.
 */
const PMO_SIDE = /\bon the (portfolio|pmo|governance|portfolio management|pmo and portfolio) side\b/i;
const DELIVERY_SIDE = /\bon the (delivery|project|project delivery|project management) side\b/i;

function walksThroughBothSides(description: string): boolean {
  return PMO_SIDE.test(description) && DELIVERY_SIDE.test(description);
}

function managesProjectsItself(description: string): boolean {
  const found = MANAGES_PROJECTS_ITSELF.exec(description);
  if (found === null) return false;
  return !RULED_OUT_BEFORE.test(description.slice(Math.max(0, found.index - 40), found.index));
}

/**
 * "Lead the Timetabling and Room Booking project": a delivery verb, then a project's proper name
 * (capitalised words) and "project" or "programme". The role delivers that one project itself.
 * Case matters: the capitals are what make it a name.
 */
const LEADS_NAMED_PROJECT =
  /\b(?:[Ll]ead|[Mm]anage|[Dd]eliver|[Rr]un)\s+(?:the|our)\s+(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){1,5}(?:project|programme|program|implementation|rollout|migration|upgrade|replacement)\b/;

/**
 * "Manage the rollout of the electronic lab notebook", "lead the migration of the data warehouse":
 * the role delivers one specific change itself, a named project in all but capitals.
 */
const LEADS_ONE_CHANGE =
  /\b(lead|manage|deliver|run|own)\s+the\s+(end-to-end\s+)?(rollout|roll-out|implementation|migration|deployment|upgrade|replacement)\s+of\b/i;

/**
 * "Act as project manager for the Berth 4 extension": the ad names the role the project manager of
 * one project, as plainly as leading a named project, and, beside other duties, says the job is two
 * jobs. On the 447 ads of dev and fresh–fresh8 it appears in four ads, all hybrids; fresh9 adds one
 * more hybrid ("Additionally, you will act as project manager of the project with our biggest client").
 */
const ACTS_AS_PROJECT_MANAGER =
  /\b(act|acts|acting|serve|serves|serving) as (the )?(lead )?(project manager|workstream lead) (for|on|of)\b/i;

/**
 * "You won't be running projects yourself", "no project of your own": the ad rules out a delivery
 * half, so whatever delivery words it holds describe the projects the office serves. On the 447
 * ads of dev and fresh–fresh8 it appears in 16 ads, all PMO.
 */
const NO_OWN_DELIVERY =
  /\b(won't|won’t|will not|do not|don't|don’t|never)\b[^.\n]{0,25}\b(run|running|manage|managing|lead|leading|deliver|delivering)\b[^.\n]{0,15}\b(projects?|programmes?|programs?)\b[^.\n]{0,20}\b(yourself|of your own|directly|personally)\b|\bno (projects?|programmes?) of (your|its|their) own\b|\b(does not|doesn't|doesn’t|will not|won't|won’t) have (any )?(direct )?(project )?delivery (accountability|responsibility)\b|\b(won't|won’t|will not|do not|don't|don’t|never)\b[^.\n]{0,25}\b(running|managing|leading|delivering|run|manage|lead|deliver)\b (a|any) (workstream|delivery team|project team)\b/i;

/**
 * A share of the working time the ad states: at a line's start ("About 75%: managing …", "- 40% –"),
 * in brackets ("(approx. 60%)") or "N% of your time".
 */
const STATED_SHARE =
  /(?:^|\n)\s*[-•*·]?\s*(?:about|around|approx\.?|approximately|c\.)?\s*(\d{1,3})\s?%|\(\s*(?:about|around|approx\.?|approximately|c\.)?\s*(\d{1,3})\s?%\s*\)|\b(\d{1,3})\s?% of (?:your|the|their) (?:time|role|week)/gi;
/** A part of a quarter of the time or less is a side task, not a second job (domain.md: both halves substantial). */
const MAX_MINOR_SHARE = 25;

/** The ad splits the job in two stated shares, one of them minor ("About 75%: … About 25%: …"). */
function statesMinorSecondPart(description: string): boolean {
  const shares = [...description.matchAll(STATED_SHARE)].map((m) => Number(m[1] ?? m[2] ?? m[3]));
  if (shares.length !== 2) return false;
  const [a = 0, b = 0] = shares;
  return a + b >= 90 && a + b <= 110 && Math.min(a, b) <= MAX_MINOR_SHARE;
}

/** The nth match of the same lexicon entry counts REPEAT_DECAY^n: saying it twice is not twice the job. */
export const REPEAT_DECAY = 0.6;

export function classify(posting: Posting): Classification {
  const description = posting.description;
  const language = detectLanguage(description);
  const title = readTitle(posting.title);
  // Without a usable title, the role the body names ("we are looking for a PMO analyst") stands in for it.
  const role =
    title !== null
      ? { text: posting.title ?? '', reading: title, name: posting.title ?? '' }
      : roleNamedInBody(description);
  const declaresTwoParts = SPLIT_ROLE.test(description) || splitsDutiesBySide(description);
  const actsAsProjectManager = ACTS_AS_PROJECT_MANAGER.test(description);
  const namedProject =
    LEADS_NAMED_PROJECT.test(description) || LEADS_ONE_CHANGE.test(description) || actsAsProjectManager;
  // An ad that rules out running projects or workstreams has no programme of the role's own to deliver.
  const noOwnDelivery = NO_OWN_DELIVERY.test(description);
  const items = readTradeSense(
    readOwnOffice(
      readOwnProgramme(
        readPortfolioSense(
          decayRepeats([
            ...descriptionEvidence(description, title !== null ? posting.title : (role?.name ?? null)),
            ...(role === null ? [] : titleEvidence(role.text, role.reading, title === null)),
          ]),
          description,
        ),
        role?.reading ?? null,
        noOwnDelivery,
      ),
      role?.reading ?? null,
      // Delivery the ad gives the role itself stays delivery, whatever the title calls the role.
      declaresTwoParts || namedProject,
    ),
    description,
  );
  const options: DecideOptions = {
    hybridTitle: role?.reading.side === 'hybrid',
    splitRole:
      declaresTwoParts ||
      deliversPersonally(items) ||
      managesProjectsItself(description) ||
      walksThroughBothSides(description) ||
      actsAsProjectManager,
    namedProject,
    noOwnDelivery,
    minorSecondPart: statesMinorSecondPart(description),
    foreign: language !== 'en',
    notAnAd: readNotAnAd(description),
  };
  const decision = decide(items, options);
  const ordered = orderEvidence(items);
  return {
    verdict: decision.verdict,
    lean: decision.lean,
    confidence: decision.confidence,
    pmoType: decision.pmoType,
    seniority: readSeniority(posting.title, description),
    dominant: decision.dominant,
    looksLike: decision.looksLike,
    scores: decision.scores,
    dimensions: dimensionTotals(items),
    evidence: ordered.map((s) => s.evidence),
    summary: summarise(decision, ordered, language),
    counterfactual: counterfactual(decision, ordered, options),
    titleMismatch: titleMismatch(
      title,
      decide(withoutTitle(items), { ...options, hybridTitle: false, splitRole: false }),
    ),
    language,
    notes: notes(language, posting, options),
  };
}

/** The role's name repeated in the body ("We are looking for a PMO Manager") adds little to the title. */
export const TITLE_ECHO_FACTOR = 0.3;

function descriptionEvidence(description: string, title: string | null): Scored[] {
  const items: Scored[] = [];
  const titleLower = title?.trim().toLowerCase() ?? null;
  for (const section of splitSections(description)) {
    const text = description.slice(section.start, section.end);
    for (const sentence of splitSentences(text, section.start)) {
      // The ad's own heading line repeating the title is the title, already counted as the prior.
      if (titleLower !== null && sentence.text.toLowerCase().startsWith(titleLower)) continue;
      items.push(...sentenceEvidence(withoutOverlaps(findSignals(sentence)), section, titleLower));
    }
  }
  return items;
}

/** In a sentence where the role works with or reports to the PMO, the PMO's things are the PMO's, not the role's. */
export const ABOUT_THE_PMO_FACTOR = 0.3;

/**
 * In a sentence about what a trainer teaches, a vendor sells or an investor invests in ("Deliver
 * PRINCE2 and P3O courses"), the PMO and PM words after the activity are its object, the subject
 * matter: about what an organisation-description sentence counts (THIRD_PARTY_FACTOR in context.ts).
 * Words before it are not its object ("Ensure a smooth handover to customer success" is delivery).
 */
export const SUBJECT_MATTER_FACTOR = 0.3;

function sentenceEvidence(hits: Hit[], section: Section, titleLower: string | null): Scored[] {
  const scored = hits.map((hit) => scoreHit(hit, section.kind, section.hedged, titleLower));
  const topical = scored.find(
    (s, i) => s.evidence.side === 'neither' && s.evidence.weight > 0 && hits[i]?.entry.topical === true,
  );
  if (topical !== undefined) {
    for (const s of scored) {
      if (s.evidence.side === 'neither' || s.evidence.start < topical.evidence.start) continue;
      s.evidence.weight *= SUBJECT_MATTER_FACTOR;
      s.evidence.context.push(`what the ${topical.looksLike ?? 'role'} works on`);
    }
    return scored;
  }
  const worksWithPmo = scored.some((s) => s.evidence.context.includes(STAKEHOLDER_LABEL));
  if (!worksWithPmo) return scored;
  for (const s of scored) {
    if (s.evidence.side !== 'pmo') continue;
    s.evidence.weight *= ABOUT_THE_PMO_FACTOR;
    s.evidence.context.push('describes the PMO the role works with');
  }
  return scored;
}

function scoreHit(hit: Hit, section: SectionKind, hedgedSection: boolean, titleLower: string | null): Scored {
  const effect = readContext(hit, hedgedSection);
  if (titleLower?.includes(hit.match.toLowerCase()) && hit.entry.dimension === 'stance') {
    effect.factor *= TITLE_ECHO_FACTOR;
    effect.labels.push('repeats the title');
  }
  const weight = hit.entry.weight * sectionWeight(hit.entry.dimension, section) * effect.factor;
  const evidence: Evidence = {
    text: hit.sentence.text,
    match: hit.match,
    start: hit.start,
    end: hit.end,
    side: effect.side,
    dimension: hit.entry.dimension,
    weight,
    section,
    reason: effect.note === null ? hit.entry.reason : `${hit.entry.reason} But ${effect.note}.`,
    context: effect.labels,
  };
  return {
    evidence,
    source: hit.entry.id,
    pmoType: effect.side === 'pmo' ? effect.pmoType : null,
    looksLike: hit.entry.looksLike ?? null,
  };
}

/**
 * Where phrases overlap in a sentence, the longer (more specific) reading wins; on the same words, the
 * reading that asks whose the thing is ("align with their governance calendar": the client PMO's),
 * then the heavier one.
 */
function withoutOverlaps(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  const byLength = [...hits].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(b.entry.relational) - Number(a.entry.relational) ||
      b.entry.weight - a.entry.weight,
  );
  for (const hit of byLength) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The role named in the body weighs a little less than a title: it may name a colleague's role. */
export const BODY_ROLE_FACTOR = 0.8;
/** Job titles run to about ten words at most ("Senior Project Manager – Digital Transformation (12-month FTC)"). */
const MAX_TITLE_LINE_WORDS = 10;

function roleNamedInBody(description: string): { text: string; reading: TitleReading; name: string } | null {
  const firstLine = description.trim().split('\n', 1)[0]?.trim() ?? '';
  // A short first line is usually the ad's own title ("Portfolio Analyst, Strategic Portfolio Office").
  if (firstLine.split(/\s+/).length <= MAX_TITLE_LINE_WORDS && !/[.!?]$/.test(firstLine)) {
    const reading = readTitle(firstLine);
    if (reading !== null) return { text: firstLine, reading, name: firstLine };
  }
  for (const sentence of splitSentences(description)) {
    const role = readRoleInSentence(sentence.text);
    if (role !== null) return { text: sentence.text, ...role };
  }
  return null;
}

function titleEvidence(text: string, title: TitleReading, fromBody: boolean): Scored[] {
  const scale = fromBody ? BODY_ROLE_FACTOR : 1;
  const where = fromBody ? 'The ad names the role it hires for' : 'The title';
  const base = {
    text,
    match: title.match,
    start: title.start,
    end: title.end,
    dimension: 'title' as const,
    section: 'other' as const,
    context: fromBody ? ['role named in the description'] : [],
  };
  const prior = 'It is a prior: it counts like one strong duty, and the duties can overrule it.';
  const item = (side: 'pmo' | 'pm' | 'neither', weight: number, reason: string): Scored => ({
    evidence: { ...base, side, weight: weight * scale, reason },
    source: 'title',
    pmoType: side === 'pmo' ? title.pmoType : null,
    looksLike: side === 'neither' ? title.looksLike : null,
  });
  if (title.side === 'neither') {
    return [item('neither', OTHER_ROLE_TITLE_WEIGHT, `${where} names another role (${title.looksLike}).`)];
  }
  if (title.side === 'hybrid') {
    const reason = `${where} names both a PMO and a PM role. ${prior}`;
    return [item('pmo', TITLE_PRIOR_WEIGHT / 2, reason), item('pm', TITLE_PRIOR_WEIGHT / 2, reason)];
  }
  const side = title.side === 'pmo' ? 'pmo' : 'pm';
  return [
    item(
      side,
      TITLE_PRIOR_WEIGHT,
      `${where} names a ${side === 'pmo' ? 'PMO' : 'project manager'} role. ${prior}`,
    ),
  ];
}

/** Investment-portfolio evidence of at least one strong duty phrase sets the ad's sense of "portfolio". */
export const INVESTMENT_SENSE_MIN = 2.5;
/** The ad speaks of a portfolio of projects somewhere, so "portfolio" keeps its PMO sense. */
const PROJECT_PORTFOLIO =
  /\b(project|programme|program|change|capital|it|transformation) portfolios?\b|\bportfolios? of (projects|programmes|programs|change|initiatives)\b/i;

/**
 * "Portfolio" has two senses: projects (the PMO's) and investments (funds, client mandates). An ad
 * whose other duties are investment work, and which never speaks of a portfolio of projects, uses
 * the investment sense throughout, so its "portfolio" phrases and title say nothing about a PMO.
 */
function readPortfolioSense(items: Scored[], description: string): Scored[] {
  const investment = items
    .filter((s) => s.source === 'neither.investment')
    .reduce((sum, s) => sum + s.evidence.weight, 0);
  if (investment < INVESTMENT_SENSE_MIN || PROJECT_PORTFOLIO.test(description)) return items;
  for (const { evidence } of items) {
    if (evidence.side !== 'pmo' || !/portfolio/i.test(evidence.match)) continue;
    evidence.weight = Math.round(evidence.weight * SUBJECT_MATTER_FACTOR * 1000) / 1000;
    evidence.context.push('an investment portfolio');
  }
  return items;
}

function decayRepeats(items: Scored[]): Scored[] {
  const seen = new Map<string, number>();
  const ordered = [...items].sort((a, b) => b.evidence.weight - a.evidence.weight);
  for (const item of ordered) {
    const key = `${item.source}|${item.evidence.side}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    item.evidence.weight = Math.round(item.evidence.weight * REPEAT_DECAY ** n * 1000) / 1000;
  }
  return items;
}

function withoutTitle(items: readonly Scored[]): Scored[] {
  return items.filter((s) => s.evidence.dimension !== 'title');
}

function titleMismatch(title: TitleReading | null, body: ReturnType<typeof decide>): string | null {
  if (title === null || title.side === body.verdict) return null;
  if (body.verdict === 'neither' && body.looksLike?.startsWith('not enough')) return null;
  if (title.side === 'hybrid' && body.verdict !== 'neither') return null;
  if (body.verdict === 'hybrid' && title.side !== 'neither') return null;
  const said =
    title.side === 'neither'
      ? (title.looksLike ?? 'another role')
      : title.side === 'pmo'
        ? 'a PMO role'
        : 'a project manager role';
  const duties =
    body.verdict === 'neither'
      ? (body.looksLike ?? 'another role')
      : body.verdict === 'pmo'
        ? 'PMO work'
        : 'project delivery';
  return `The title (“${title.match}”) says ${said}, but the duties describe ${duties}.`;
}

function notes(language: string, posting: Posting, options: DecideOptions): string[] {
  const out: string[] = [];
  if (options.foreign)
    out.push(`${LANGUAGE_NAMES[language] ?? language} ad: analysed with reduced confidence.`);
  if (posting.truncated) out.push('The description looked cut off: the verdict rests on part of the ad.');
  if (options.notAnAd !== null) out.push(`This reads like ${options.notAnAd}.`);
  return out;
}
