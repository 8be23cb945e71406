/**
 * Word sense of the ambiguous words ("programme"/"program", "PM", "PMO", "portfolio",
 * "production"): each has a project sense and everyday senses in other trades. A festival or
 * conference "programme" is a line-up of acts or speakers, a school "programme" a set of activities,
 * "PM" in a plant is preventive maintenance, a "PMO" in housing is a property management office, a
 * TV "production manager" runs a shoot, a pharma "portfolio" is a set of brands, a charity's
 * "programme" is an ongoing service for people (young carers, families). The sense is read
 * from the role's own activities in the same ad, and from an acronym the ad spells out.
 */
import { z } from 'zod';
import type { Scored } from './score';
import { splitSentences } from './sentences';

export const OtherSenseSchema = z.object({
  id: z.string().regex(/^[a-z]+$/),
  /** The role an ad in this sense describes, in the explanation's words. */
  looksLike: z.string().min(3),
  /** Words for the activities of this trade: each distinct one found counts once. */
  cues: z.array(z.string().min(3)).min(4),
  /** Spelled-out forms of PM/PMO in this sense ("preventive maintenance (PM)"). */
  expansions: z.array(z.string().min(3)),
  /** Words that keep the project sense however many cues are found (a planner in a PMO plans across projects). */
  keptBy: z.string().min(3).optional(),
  /** Further words this trade's work is named by: evidence resting on them is damped like the ambiguous words. */
  ownWords: z.string().min(3).optional(),
  reason: z.string().min(12),
});
export type OtherSense = z.infer<typeof OtherSenseSchema>;

const SENSES: readonly OtherSense[] = z.array(OtherSenseSchema).parse([
  {
    id: 'events',
    looksLike: 'an events programmer',
    cues: [
      'festivals?',
      'artists?',
      'performers?',
      'speakers?',
      'line-?ups?',
      'venues?',
      'acts',
      'concerts?',
      'performances?',
      'exhibitions?',
      'ticketing',
      'audiences?',
      'curat(e|es|ed|ing|ion)',
      'programming',
      'bookings? agents?',
      // Conferences and summits: their "programme" is the agenda of sessions and who speaks at them.
      'conferences?(?! calls?)',
      'summits?',
      'keynotes?',
      'panels',
      'panellists?',
      'panelists?',
      'moderators?',
      'roundtables?',
      'sponsorship',
    ],
    expansions: [],
    reason:
      'In the arts and events trade a "programme" is the line-up of acts and events a programmer books.',
  },
  {
    id: 'education',
    looksLike: 'an education or activities coordinator',
    cues: [
      'curriculum',
      'pupils?',
      'students?',
      'learners?',
      'lessons?',
      'enrichment',
      'after-school',
      'clubs',
      'classrooms?',
      'teachers?',
      'parents',
      'trips',
      'term[- ]time',
      'safeguarding',
    ],
    expansions: [],
    reason: 'In a school or college a "programme" is a set of lessons or activities for students.',
  },
  {
    id: 'maintenance',
    looksLike: 'a maintenance planner',
    cues: [
      'preventi(ve|ative) maintenance',
      'planned maintenance',
      'work orders?',
      'cmms',
      'breakdowns?',
      'spare[- ]parts',
      'calibration',
      'maintenance technicians?',
      'equipment history',
      'downtime',
      'lubrication',
      'maintenance planning',
      // The plant's upkeep itself, and SAP's Plant Maintenance module ("SAP PM": the PM is the module).
      'maintenance (work|schedules?|plans?|strateg(y|ies))',
      'corrective maintenance',
      'sap pm',
      // Plant shutdowns (turnarounds) are planned outages for maintenance; artisans are the trades who do it.
      '(plant|furnace|annual|bi-annual) shutdowns?',
      'artisans?',
    ],
    expansions: ['preventi(?:ve|ative) maintenance', 'planned maintenance'],
    reason: 'In plants and facilities "PM" is preventive maintenance: work orders for equipment.',
  },
  {
    id: 'grants',
    looksLike: 'a grants officer',
    cues: [
      'grantees?',
      'grant-?making',
      'grant (applications?|agreements?|reports?|rounds?|cycles?|management)',
      '(portfolio|number) of (\\w+ )*grants',
      'disburse(ments?|d)?',
      'calls? for proposals',
      'applicants',
      'due diligence',
      'site visits?',
      'philanthropic',
      // A research funder's cycle: funding rounds and committees, peer review, grant schemes.
      'funding (rounds?|calls?|committees?|panels?)',
      'peer[- ]review(ers?)?',
      'grant schemes?',
      '(active|awarded) grants',
    ],
    expansions: [],
    reason:
      'At a funder a "programme officer" and a "portfolio" of grants are grant-making: calls for proposals, due diligence, disbursements and grantee reports.',
  },
  {
    id: 'property',
    looksLike: 'a property manager',
    cues: [
      'tenants?',
      'leases?',
      'leasing',
      'rent',
      'rents',
      'landlords?',
      'residents?',
      'move-ins?',
      'move-outs?',
      'apartments?',
      'occupancy',
      'security deposits?',
      'fair housing',
    ],
    expansions: ['property management'],
    reason: 'In housing and real estate "PMO" and "PM" mean property management: tenants, leases, rent.',
  },
  {
    id: 'broadcast',
    looksLike: 'a film or broadcast production manager',
    cues: [
      'filming',
      'shoots?',
      'crew',
      'call sheets?',
      'broadcasters?',
      'commissioning editors?',
      '(series|line|executive|assistant) producers?',
      'post-production',
      'contributors?',
      'footage',
      'episodes?',
      'documentar(y|ies)',
      'location (shoots?|agreements?|recces?|scouting)',
      'casting',
    ],
    expansions: [],
    reason:
      'In film and TV a "production manager" runs a shoot: crew, call sheets, the production budget. It is a trade of its own, not project management.',
  },
  {
    id: 'care',
    looksLike: 'a service manager in a charity or social care',
    cues: [
      'young people',
      'young carers?',
      'youth workers?',
      'support workers?',
      'key ?workers?',
      'case ?loads?',
      'casework',
      'service users?',
      'beneficiaries',
      'volunteers?',
      'referrals?',
      'support plans?',
      'care plans?',
      'one-to-one support',
      'drop-ins?',
      'outreach',
      'funders?',
      'safeguarding',
    ],
    expansions: [],
    reason:
      'In charities and social care a "programme" is an ongoing service for people (young carers, families, service users): caseloads, safeguarding, volunteers, funders. Running it is service management, not a project.',
  },
  {
    id: 'brand',
    looksLike: 'a brand or product marketing manager',
    cues: [
      'brands',
      'brand (plans?|messages?|strategy|equity|awareness|campaigns?|guidelines)',
      'promotional',
      'market share',
      'campaigns?',
      'sales force',
      'field force',
      'medical representatives?',
      'key opinion leaders?',
      'detailing',
      'prescriptions?',
      'consumer insights?',
      'shoppers?',
      'advertising',
    ],
    expansions: [],
    reason:
      'In pharma and consumer-goods marketing a "portfolio" is a set of brands a brand manager grows: campaigns, market share, the sales force.',
  },
  {
    id: 'scheduling',
    looksLike: 'a project planner or scheduler',
    cues: [
      'critical path',
      'float( analysis)?',
      'look-?aheads?',
      'time impact analys[ie]s',
      'extension[- ]of[- ]time',
      'delay analys[ie]s',
      's-curves?',
      'resource[- ]loaded',
      'work packs?',
      '(primavera( p6)?|p6)',
      'progress (updates?|measurement)',
      'scheduling specification',
      'scope freeze',
      'turnarounds?',
      // Rail possessions: the track closures a rail scheduler plans the works into.
      'possessions?',
      'what-if scenarios',
      'programme reports?',
      'master (programme|schedule)',
    ],
    expansions: [],
    // A planner who names the office or the portfolio they plan for is PMO support (a portfolio planner).
    keptBy: '\\b(e?pmo|portfolio|(programme|program|project management|project|transformation) office)\\b',
    // Building the schedule in P6 is the planner's trade, not a project manager's planning.
    ownWords: '\\b(schedules?|primavera|p6)\\b',
    reason:
      'In construction and plant shutdowns the "programme" is the schedule a planner builds and updates (critical path, look-aheads, delay analysis): project controls on one job, neither managing it nor running an office.',
  },
]);

/** Distinct activity words of one trade that make it the ad's sense (three: more than a passing mention). */
export const OTHER_SENSE_MIN_CUES = 3;
/**
 * …unless the ad speaks of projects as often: then the trade is the setting (a PM building a
 * school, an events company's IT project) and the words keep their project sense.
 */
const PROJECT_WORDS = /\bprojects?\b/gi;
/** The ambiguous words, in a matched phrase or title, whose project sense the trade's sense replaces. */
export const AMBIGUOUS_WORDS = /\b(programmes?|programs?|pm|pmo|portfolios?|production)\b/i;

const compiled = SENSES.map((sense) => ({
  sense,
  cues: sense.cues.map((c) => new RegExp(`\\b${c}\\b`, 'i')),
  keptBy: sense.keptBy === undefined ? null : new RegExp(sense.keptBy, 'i'),
  ownWords: sense.ownWords === undefined ? null : new RegExp(sense.ownWords, 'i'),
  expansion:
    sense.expansions.length === 0
      ? null
      : // "preventive maintenance (PM)" or "PMO (Property Management Office)"
        new RegExp(
          `\\b(${sense.expansions.join('|')})\\s*(office\\s*)?\\((pm|pmo)\\)|\\b(pm|pmo)\\s*\\((${sense.expansions.join('|')})`,
          'i',
        ),
}));

export interface SenseReading {
  sense: OtherSense;
  /** The activity words found, or the spelled-out acronym. */
  cues: string[];
  /** Where the first of them stands in the description. */
  at: number;
}

/** The trade whose sense the ambiguous words take in this ad, or null when they keep the project sense. */
export function readOtherSense(description: string): SenseReading | null {
  const projectWords = description.match(PROJECT_WORDS)?.length ?? 0;
  let best: SenseReading | null = null;
  for (const { sense, cues, expansion, keptBy } of compiled) {
    const spelled = expansion?.exec(description);
    if (spelled) return { sense, cues: [spelled[0]], at: spelled.index };
    if (keptBy?.test(description)) continue;
    const found = cues
      .map((cue) => cue.exec(description))
      .filter((m) => m !== null)
      .sort((a, b) => a.index - b.index);
    if (found.length < OTHER_SENSE_MIN_CUES || found.length <= projectWords) continue;
    if (best === null || found.length > best.cues.length)
      best = { sense, cues: found.map((m) => m[0]), at: found[0]?.index ?? 0 };
  }
  return best;
}

/** The trade's own activities weigh like a title naming another role (OTHER_ROLE_TITLE_WEIGHT in title.ts). */
export const OTHER_SENSE_WEIGHT = 4;
/** An ambiguous word in the trade's sense says about as little of PM work as a topic mentioned (SUBJECT_MATTER_FACTOR). */
export const OTHER_SENSE_FACTOR = 0.3;

/**
 * Where the ad's activities belong to another trade, PMO and PM evidence that rests on an
 * ambiguous word (or a word the trade owns) is damped, and the trade itself counts as other-role evidence.
 */
export function readTradeSense(items: Scored[], description: string): Scored[] {
  const reading = readOtherSense(description);
  if (reading === null) return items;
  const { sense } = reading;
  const ownWords = compiled.find((c) => c.sense === sense)?.ownWords ?? null;
  for (const { evidence } of items) {
    if (evidence.side === 'neither') continue;
    const word = AMBIGUOUS_WORDS.exec(evidence.match) ?? ownWords?.exec(evidence.match);
    if (!word) continue;
    evidence.weight = Math.round(evidence.weight * OTHER_SENSE_FACTOR * 1000) / 1000;
    evidence.context.push(`“${word[0]}” in the ${sense.id} sense`);
  }
  return [...items, senseEvidence(reading, description)];
}

function senseEvidence({ sense, cues, at }: SenseReading, description: string): Scored {
  const sentence = splitSentences(description).find((s) => s.start <= at && at < s.end);
  const text = sentence?.text ?? cues[0] ?? '';
  const start = sentence === undefined ? 0 : at - sentence.start;
  const match = cues[0] ?? '';
  return {
    evidence: {
      text,
      match,
      start,
      end: start + match.length,
      side: 'neither',
      dimension: 'other_role',
      weight: OTHER_SENSE_WEIGHT,
      section: 'other',
      reason: `${sense.reason} The ad's activities (${cues.join(', ')}) read in that sense.`,
      context: [],
    },
    source: `sense.${sense.id}`,
    pmoType: null,
    looksLike: sense.looksLike,
  };
}
