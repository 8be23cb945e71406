/**
 * Turns a decision into words: a two-sentence summary, and what would have changed the verdict
 * (found by re-deciding without the title, without the strongest quote, and by how much the
 * other side falls short).
 */
import type { Dimension, Evidence } from '../schema';
import {
  type DecideOptions,
  type Decision,
  decide,
  dutyTotals,
  HYBRID_DUTY_RATIO,
  HYBRID_DUTY_RATIO_DECLARED,
  HYBRID_MIN_DUTIES,
  HYBRID_MIN_DUTIES_DECLARED,
  type Scored,
} from './score';

const DIMENSION_WORDS: Record<Dimension, string> = {
  scope: 'scope',
  responsibilities: 'duties',
  decisions: 'decision-making',
  reporting: 'reporting',
  resources_risk: 'resources and risk',
  tools: 'tools',
  skills: 'skills',
  credentials: 'credentials',
  stance: 'stance',
  title: 'title',
  other_role: 'duties of another role',
};

/** A quote longer than this is cut around its match to keep the summary readable. */
const MAX_QUOTE_CHARS = 90;

/** Strongest first; ties keep document order so the explanation reads like the ad. */
export function orderEvidence(items: readonly Scored[]): Scored[] {
  return [...items].sort((a, b) => b.evidence.weight - a.evidence.weight);
}

export function summarise(decision: Decision, items: readonly Scored[], language: string): string {
  const pmo = strongest(items, 'pmo');
  const pm = strongest(items, 'pm');
  const other = strongest(items, 'neither');
  // The losing side's quote comes from a sentence that does not also read as the winner's evidence:
  // a sentence listed among the PMO reasons cannot also be "the strongest project-manager sign".
  const pmAgainst = strongest(items, 'pm', sentencesOf(items, 'pmo'));
  const pmoAgainst = strongest(items, 'pmo', sentencesOf(items, 'pm'));
  // A hybrid's two quotes are two different sentences when the ad has them.
  const pmBeside = strongest(items, 'pm', new Set(pmo ? [pmo.text] : [])) ?? pm;
  const foreign = language !== 'en' ? ' The ad is not in English, so this is a low-confidence reading.' : '';
  switch (decision.verdict) {
    case 'pmo':
      return `This reads as a PMO ${decision.pmoType ?? 'support'} role, mostly on ${topDimensions(items, 'pmo')}${quoteOf(pmo, ', e.g. ')}. ${otherSide(pmAgainst, pm, 'project-manager', 'PMO')}${foreign}`;
    case 'pm':
      return `This reads as a project manager role, mostly on ${topDimensions(items, 'pm')}${quoteOf(pm, ', e.g. ')}. ${otherSide(pmoAgainst, pmo, 'PMO', 'project-manager')}${foreign}`;
    case 'hybrid':
      return `This is a hybrid: it asks for both PMO work${quoteOf(pmo, ' (')}${pmo ? ')' : ''} and project delivery${quoteOf(pmBeside, ' (')}${pmBeside ? ')' : ''}. The ${decision.dominant === 'pmo' ? 'PMO' : 'project-manager'} side weighs more (${decision.scores.pmo.toFixed(1)} PMO vs ${decision.scores.pm.toFixed(1)} PM).${foreign}`;
    case 'neither':
      if (decision.looksLike?.startsWith('not enough')) {
        return `This does not read as a PMO or project manager role: there is too little project-management content to judge. PMO and PM signals together weigh ${(decision.scores.pmo + decision.scores.pm).toFixed(1)}, below what a verdict needs.${foreign}`;
      }
      return `This does not read as a PMO or project manager role: it looks like ${article(decision.looksLike)}${quoteOf(other, ', e.g. ')}. PMO and PM signals together weigh ${(decision.scores.pmo + decision.scores.pm).toFixed(1)}, too little or outweighed.${foreign}`;
  }
}

export function counterfactual(
  decision: Decision,
  items: readonly Scored[],
  options: DecideOptions,
): string | null {
  const withoutTitle = items.filter((s) => s.evidence.dimension !== 'title');
  if (withoutTitle.length < items.length) {
    const alt = decide(withoutTitle, { ...options, hybridTitle: false });
    if (alt.verdict !== decision.verdict)
      return `Without its title, the description alone would read as ${name(alt)}.`;
  }
  const top = orderEvidence(withoutTitle)[0];
  if (top !== undefined) {
    const alt = decide(
      items.filter((s) => s !== top),
      options,
    );
    if (alt.verdict !== decision.verdict) {
      return `Without “${top.evidence.match}” (${DIMENSION_WORDS[top.evidence.dimension]}), it would read as ${name(alt)}.`;
    }
  }
  return shortfall(decision, items, options.hybridTitle || options.splitRole);
}

/** How much more the losing side would need: stated in "strong duty sentences" (weight 3). */
function shortfall(decision: Decision, items: readonly Scored[], declared: boolean): string | null {
  const minDuties = declared ? HYBRID_MIN_DUTIES_DECLARED : HYBRID_MIN_DUTIES;
  const minRatio = declared ? HYBRID_DUTY_RATIO_DECLARED : HYBRID_DUTY_RATIO;
  if (decision.verdict === 'neither') {
    return 'Several sentences of PMO or project-delivery duties (standards, portfolio reporting, or delivering a project to time and budget) would have made it a PMO or PM reading.';
  }
  if (decision.verdict === 'hybrid') {
    const weaker = decision.dominant === 'pmo' ? 'project-delivery' : 'PMO';
    return `With fewer ${weaker} duties (below ${minDuties} or under ${Math.round(minRatio * 100)}% of the other side's duties), it would have read as ${decision.dominant === 'pmo' ? 'PMO' : 'PM'}.`;
  }
  const duties = dutyTotals(items);
  const [winner, loser] = decision.verdict === 'pmo' ? [duties.pmo, duties.pm] : [duties.pm, duties.pmo];
  const needed = Math.max(minDuties, winner * minRatio) - loser;
  const sentences = Math.max(1, Math.ceil(needed / 3));
  const what =
    decision.verdict === 'pmo'
      ? 'delivering a project yourself (owning its plan, budget and team)'
      : 'running PMO work (standards, governance, portfolio reporting)';
  return `About ${sentences} more strong duty sentence${sentences === 1 ? '' : 's'} about ${what} would have made it a hybrid.`;
}

function name(decision: Decision): string {
  if (decision.verdict === 'neither') return `neither (${decision.looksLike ?? 'another role'})`;
  if (decision.verdict === 'hybrid') return 'a hybrid';
  return decision.verdict === 'pmo' ? 'a PMO role' : 'a project manager role';
}

/** The strongest quote for a side, preferring the description over the title (which the reader has seen). */
function strongest(
  items: readonly Scored[],
  side: Evidence['side'],
  skipSentences: ReadonlySet<string> = new Set(),
): Evidence | null {
  let best: Evidence | null = null;
  for (const { evidence } of items) {
    if (evidence.side !== side || evidence.weight <= 0 || skipSentences.has(evidence.text)) continue;
    if (best === null || rank(evidence) > rank(best)) best = evidence;
  }
  return best;
}

/** The sentences that carry evidence for a side (the title line included). */
function sentencesOf(items: readonly Scored[], side: Evidence['side']): Set<string> {
  return new Set(
    items.filter((s) => s.evidence.side === side && s.evidence.weight > 0).map((s) => s.evidence.text),
  );
}

function rank(evidence: Evidence): number {
  return evidence.dimension === 'title' ? evidence.weight / 100 : evidence.weight;
}

function topDimensions(items: readonly Scored[], side: 'pmo' | 'pm'): string {
  const totals = new Map<Dimension, number>();
  for (const { evidence } of items) {
    if (evidence.side === side)
      totals.set(evidence.dimension, (totals.get(evidence.dimension) ?? 0) + evidence.weight);
  }
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 2);
  return top.map(([d]) => DIMENSION_WORDS[d]).join(' and ') || 'its title';
}

/** `apart`: the losing side's strongest sign in a sentence of its own; `any`: its strongest sign at all. */
function otherSide(apart: Evidence | null, any: Evidence | null, label: string, winner: string): string {
  if (any === null) return `There is no ${label} evidence to weigh against it.`;
  if (apart === null)
    return `The few ${label} signs stand in sentences that read as ${winner} evidence, and are outweighed.`;
  const evidence = apart;
  return `The strongest ${label} sign${quoteOf(evidence, ', ')}, is outweighed.`;
}

function quoteOf(evidence: Evidence | null, lead: string): string {
  if (evidence === null) return '';
  return `${lead}“${excerpt(evidence)}”`;
}

/** The sentence, or the part of it around the match when it is long. */
function excerpt(evidence: Evidence): string {
  if (evidence.text.length <= MAX_QUOTE_CHARS) return evidence.text.replace(/[.;:]$/, '');
  const room = Math.max(0, MAX_QUOTE_CHARS - (evidence.end - evidence.start)) / 2;
  const from = Math.max(0, Math.floor(evidence.start - room));
  const to = Math.min(evidence.text.length, Math.ceil(evidence.end + room));
  return `${from > 0 ? '…' : ''}${evidence.text.slice(from, to).trim()}${to < evidence.text.length ? '…' : ''}`;
}

function article(role: string | null): string {
  if (role === null) return 'another kind of role';
  if (/^(an? |the |not )/.test(role)) return role;
  return `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
}
