/**
 * Context that changes what a matched phrase means: negation ("you will not manage a team"),
 * hedges ("exposure to portfolio reporting would be a plus"), the role's relation to a PMO it
 * names (runs it, sits in it, or merely reports to it), and delivery that belongs to others
 * ("support project managers to deliver on time").
 */
import type { Side } from '../schema';
import type { LexiconEntry } from './lexicon';
import type { Hit } from './signals';

export interface ContextEffect {
  side: Side;
  /** Multiplies the entry weight. */
  factor: number;
  /** Short labels shown with the evidence ("negated", "reports to the PMO"). */
  labels: string[];
  /** Appended to the lexicon reason when context changed the reading. */
  note: string | null;
  pmoType: 'support' | 'lead' | null;
}

export const STAKEHOLDER_LABEL = 'follows or reports to the PMO';
/** "A member of the Enterprise Project Management Office": where the role sits, no duty of it (score.ts). */
export const SITS_IN_LABEL = 'where the role sits';
/** "Assigned by the EPMO Director", "support the Head of PMO": whom the role works for, also no duty. */
export const WORKS_FOR_LABEL = 'works for the PMO lead';
const MEMBER_OF = /\b(member of|part of|within|join\w*|sits in|based in)\s+(the|our|an?)?\s*$/;

/** A hedged phrase still says something about the role, but about a third as much (tuned on the dev set). */
export const HEDGE_FACTOR = 0.35;
/** A PMO named only as a stakeholder of a PM ("report status to the PMO"): a modest PM signal. */
export const STAKEHOLDER_FACTOR = 0.8;
/** A bare mention of "the PMO" with no verb tying it to the role. */
export const BARE_MENTION_FACTOR = 0.5;
/** Delivery described as someone else's ("help PMs deliver on time") barely speaks for PM work. */
export const OTHERS_DELIVERY_FACTOR = 0.2;
/** "Support the PMO": as strong as naming a PMO support job (the member entry weighs 2.5; a mention 1). */
export const SUPPORTS_PMO_WEIGHT = 2;
const SUPPORTS_PMO = /\b(support\w*|assist\w*|help\w*)\s+(to\s+)?(the|our|a)?\s*(\w+\s+)?$/;
/** Working for the PMO lead ("support the Head of PMO") says the role is in a PMO, but only as support. */
export const WORKS_FOR_FACTOR = 0.5;
/** The organisation or its customers, not the hire, is the subject ("Our business is delivering …"). */
export const THIRD_PARTY_FACTOR = 0.3;
/** How far back (characters) a verb or negation still governs the match, within its clause. */
const WINDOW_CHARS = 70;

const NEGATION = /\b(not|no|never|without|neither|nor|rather than|instead of)\b|n['’]t\b/;
const NOT_NEGATION = /\b(not only|no later|no matter|whether or not|not just|no less|no-go|no go)\b/;
const NEGATED_AFTER =
  /^[\s,]*(is|are|will be|would be|is not|are not)?\s*(not|n['’]t)\s+(required|expected|part|needed|essential|included|involved|the focus|a requirement)/;
const HEDGE =
  /\b(nice to have|nice-to-have|would be (a|an)?\s*(plus|bonus|advantage|advantageous|beneficial|desirable|helpful|great)|is (a|an)\s+(big\s+|huge\s+|real\s+|definite\s+|strong\s+)?(plus|bonus|advantage)|desirable|advantageous|ideally|preferred|preferably|beneficial|not essential|bonus points|exposure to|familiarity with|awareness of|an interest in|occasional|occasionally|from time to time|ad hoc|ad-hoc|may be asked|where required|if needed)\b/;
const STAKEHOLDER_VERB =
  /\b(comply|complies|complying|compliance|follow|follows|following|adhere|adheres|adhering|adherence|in line with|in accordance with|according to|aligned? (with|to)|conform\w*|abide|as per|report\w* (in)?to|submit\w*|provid\w*|liais\w*|work\w* (closely )?(with|alongside)|partner\w* with|collaborat\w*|engag\w* with|interface with|supported by|support from|guidance from|contribut\w*|feed\w* into|input\w* (to|into)|escalat\w*|updates? to|via|using|uses|use|utilis\w*|utiliz\w*|set by|defined by|provided by|issued by|governed by|owned by|run by|managed by|in (close )?coordination with|sit\w* alongside)\b|\balign\w*\b[^.;]{0,40}\b(with|to)\b|\bappl(y|ies|ying)\s+(the|our)\s+(\w+\s+)?(e?pmo|project management office|portfolio office)['’]s\s+$|\b(report|record|log|enter|update|submit)\w*\b[^.;]{0,40}\b(in|into|on|through)\s+(the|our)?\s*$/;
const ENFORCE_VERB =
  /\b(ensur\w*|enforc\w*|monitor\w*|check\w*|assur\w*|audit\w*|polic\w*|oversee\w*|embed\w*|driv\w*|promot\w*|champion\w*|improv\w*)\b/;
const STAKEHOLDER_AFTER =
  /^[^.;]{0,40}\b(you|the project manager|project managers|pms|the pm) (will|must|should|need to|are expected to)?\s*(follow|comply|adhere|use|apply|work within)|^\s*(set|defined|provided|issued|owned) by (the|our)?\s*(pmo|project management office)/;
/** A sentence whose subject is the organisation, its customers or a named company ("Acme builds …"). */
const THIRD_PARTY_START =
  /^(we|we're|we've|our|the (company|business|organisation|organization|group|firm|client|trust|council|department|bank)\b|[^,;]{0,30}\b(our|their) (customers|clients|users)\b)/i;
/** Capitalised words then a present-tense verb: a company name as subject. Case matters here. */
const NAMED_SUBJECT =
  /^(?:[A-Z][\w&.'’-]*\s+){1,4}(is|are|has|have|was|were|makes|builds|provides|helps|runs|delivers|designs|develops|operates|serves|supports|sells|offers|creates|specialises|specializes|employs|manages)\b/;
/**
 * A unit of the organisation as subject ("The Capital Programme Office oversees 40 projects", "The
 * PMO runs the investment board"): it describes the office the role joins, not the role's duties.
 */
const UNIT_SUBJECT =
  /^the (?:[\w&'’-]+ ){0,6}(office|pmo|epmo|team|department|directorate|division|function|unit)s?(?: \([^)]{1,20}\))? (is|are|has|have|was|were|oversees|looks after|runs|manages|supports|delivers|leads|covers|coordinates|governs|sits|works|provides)\b/i;
/** …unless it talks about the hire ("We are looking for…", "…that you will follow"). */
const ABOUT_THE_HIRE =
  /\b(you|your|looking for|seeking|hiring|recruiting|recruit|appoint|need|needs|want|the successful|this role|the role|post ?holder|candidate|join)\b/i;
/** "Support the PMO Manager", "deputise for the Head of PMO": the role works for the PMO lead. */
const WORKS_FOR =
  /\b(support\w*|assist\w*|deputis\w*|deputiz\w*|work\w* (closely )?(with|for|alongside)|help\w*)\s+(to\s+)?(the|our|a)?\s*$|\b(prepar\w*|produc\w*|draft\w*|compil\w*|notes|briefings?|papers?|packs?)\b[^.;]{0,40}\bfor\s+(the|our)\s*$|\b(assigned|appointed|allocated|supervised|directed|line[- ]managed) by\s+(the|our)?\s*$/;
const REPORTS_TO =
  /\b(report\w*|reporting line|accountable|answerable)\s+(in)?to\s*(the|our|a)?\s*$|\b(looked after|handled|owned|run|managed|done|covered|led) by\s+(the|our)?\s*$/;
const OTHERS_DELIVERY =
  /\b(project|programme|program|delivery) (managers|leads|teams|directors)\b[^.;]{0,30}\b(remain|remains|are|stay|stays|will be)\s*$|\b(support\w*|help\w*|enabl\w*|assist\w*|coach\w*|equip\w*|mentor\w*|guid\w*|allow\w*)\s+(the\s+|our\s+|all\s+)?(project managers?|programme managers?|program managers?|pms|project teams?|delivery teams?|teams|colleagues|project leads?|(project|programme|program|executive) directors?|sponsors?)\b[^.;]*\b(to|in|with)\s*$|\b(ensur\w*|monitor\w*|track\w*|oversee\w*|assur\w*)\b[^;]*\b(all|multiple|portfolio|projects|programmes|teams)\b/;

/**
 * "Help our project managers follow the standards": the role makes others comply, so the standards
 * it names are its own to keep, not ones it follows.
 */
const HELPS_OTHERS_FOLLOW =
  /\b(help|support|enabl|coach|guid|ensur|get|gets|getting|encourag)\w*\s+(our|the|all|other)?\s*(project managers|programme managers|pms|project teams|teams|delivery teams)\s+(to\s+)?(follow|comply|adhere|use|apply|work within)/;

/**
 * "Define the standards every initiative follows", "the templates all projects use": the ones who
 * follow are the projects the role looks after, so the standards are the role's own to set.
 */
const OTHERS_FOLLOW =
  /\b(every|each|all|other)\s+([\w-]+\s+){0,2}(initiatives?|projects?|programmes?|programs?|teams?|workstreams?|project managers?|pms)\s+(must\s+|will\s+|should\s+|need to\s+|are expected to\s+)?(follows?|complies|comply|adheres?|uses?|applies|apply|works? within)\b/;

/**
 * "Every department runs its own projects", "teams manage their own projects": the projects belong
 * to someone else, so the delivery is theirs, not the role's.
 */
const OWNED_BY_OTHERS = /\b(its|their) own\b/i;

/**
 * "Run the project intake process", "deliver our project management academy": "project" names the
 * kind of process or discipline the verb acts on, so the object is not a project.
 */
const PROCESS_AFTER_PROJECT =
  /^\s+(schedules|cost reports|reports|returns|submissions|lifecycle|life cycle|intake|governance|standards?|methodolog\w*|framework|templates?|reporting|portfolio|pipeline|register|registers|tracker|trackers|library|documentation|assurance|controls|office|support|data|information|calendar|toolkit|audit|audits|review process|approval process|lifecycle process|management|health (reviews?|checks?))\b/;
const PROJECT_WORD_END = /\b(project|projects|programme|programmes|program|programs)$/i;
/**
 * "Continuous improvement in project execution practices", "drive improvement in project
 * delivery practices": a delivery phrase that qualifies practices or processes (directly or with
 * one word between) names how all projects work, not work the role delivers.
 */
const PRACTICES_AFTER =
  /^\s+([\w-]+\s+|\([A-Z]{2,6}\)\s+)?(practices|processes|standards|methods|methodology|methodologies|disciplines?)\b|^\s+\([A-Z]{2,6}\)\s+process\b/i;
/**
 * "The initiative lifecycle with stage gates (idea, charter, plan, execute, value realised)": a
 * list in brackets after a lifecycle, its stages or gates names the stages every project passes,
 * not work the role does.
 */
const STAGE_LIST_OPENER =
  /\b(lifecycle|life cycle|stages?|stage[- ]gates?|gates|phases)(\s+(framework|model|process))?\s*\($/i;
/**
 * "Supervise a staff of 12 …; assign work, evaluate performance and develop staff": line management
 * of the role's own staff, which PMO heads and PMs both do, so its task words are no project decisions.
 */
const LINE_MANAGEMENT =
  /\b(evaluate|appraise|review)s? (their |staff )?performance\b|\bdevelops? (the |their )?staff\b|\bsupervises? a staff\b/i;
/**
 * "Develops countywide capital project standards: project initiation, scoping, cost estimating":
 * after the standards, framework or procedures and a colon, the list names what the rules cover.
 */
const RULES_LISTED_BEFORE =
  /\b(standards|framework|methodology|templates|procedures|processes|policies|guidance|lifecycle)\s*:[^.;]*$/i;
/** Such a hit says almost nothing about delivery: about what a mention of projects in general says. */
export const PROCESS_OBJECT_FACTOR = 0.2;

/** "Support the Project Manager", "supporting senior project managers": an assistant on their projects. */
const ASSISTS_THE_PM =
  /\bthe (project|programme|program) manager\b(?!s)|\bsenior (project|programme|program) managers?\b/i;

/** "Mentor project managers and consultants on your engagements": the role's own delivery, not a PMO's service. */
const ON_OWN_WORK =
  /^[^.;]{0,40}\b(on|in|across) your (own )?(engagements?|projects?|programmes?|programs?|teams?|accounts?)\b/;

/**
 * "Ensure the package complies with the programme controls standards": the role makes its own work
 * comply, which is following the standards, not enforcing them on others.
 */
const OWN_WORK_COMPLIES =
  /\bensur\w*\s+(that\s+)?(the|this|your)\s+(package|project|works|scheme|contract|workstream)\s+(complies|comply|conforms|adheres|meets|follows|is delivered)\b/;

/** "The Head of Portfolio Office is the sponsor": the PMO lead named is someone the role works for. */
const ANOTHER_POST_AFTER =
  /^\s+(is|will be|acts as) (the|our|your) (sponsor|client|customer|line manager|manager)\b/i;
/** "Run workshops with the Portfolio Office": what the verb runs is the workshops, held with the office. */
const WITH_THE_PMO = /\bwith (the|our)\b/i;
/** "Templates set by our PMO": the verb the run-the-PMO entry matched is a passive, so the PMO sets and the role follows. */
const SET_BY_THE_PMO = /^\w+ by\b/i;

/**
 * "Keep the project risk register", "coach the analysts assigned to the project", "the change
 * register for your project": the PMO's kind of task done for the one project the role delivers.
 */
const OWN_PROJECT =
  /\b(your|this) (own )?projects?\b(?!\s+(management|office|portfolio|offices))|\bthe project['’]s\b|\b(assigned to|for|on) the project\b(?!s|\s+(cycle|lifecycle|life cycle|management|portfolio|office|framework|methodology|standards?))|\b(a|the) project (budget|schedule|plan|team|risk register)\b/i;
/** …unless the sentence also names many projects or the portfolio. */
const MANY_PROJECTS = /\b(all|every|each|across|portfolio|portfolios|programmes|projects across)\b/i;
/** The office-support work a project manager also does for the own project (not stance, scope or tools). */
const SUPPORT_DIMENSIONS: ReadonlySet<string> = new Set(['responsibilities', 'resources_risk', 'reporting']);

function ownsOneProject(entry: LexiconEntry, sentence: string): boolean {
  if (!SUPPORT_DIMENSIONS.has(entry.dimension) || entry.pmoType === 'lead') return false;
  return OWN_PROJECT.test(sentence) && !MANY_PROJECTS.test(sentence);
}

const LEADING_PREPOSITION = /^(in|into|on|through)\s/i;

/**
 * "In the EPMO's portfolio tool": a possessive names the PMO's thing, not membership of it, so
 * whether the role owns or merely uses it is read as for any phrase naming the PMO.
 */
function namesThePmosThing(entry: LexiconEntry, match: string, after: string): boolean {
  if (entry.id !== 'pmo.stance.pmo_member') return false;
  return /['’]s$/.test(match) || PMO_THING_AFTER.test(after);
}
/** "Status reports in the EPMO template": the PMO's own format or tool, named after it. */
const PMO_THING_AFTER =
  /^\s+(templates?|tools?|system|format|formats|portal|dashboards?|process|processes|framework|standards?|library|calendar|register)\b/;

/** "Working with the EPMO analyst assigned to the project": a colleague in the PMO, not the role. */
function worksWithPmoStaff(entry: LexiconEntry, before: string): boolean {
  return (
    entry.id === 'pmo.stance.pmo_member' &&
    /\b(work\w*|sit|sits|sitting) (closely )?(with|alongside)\s+(the|our|an?)?\s*$/.test(before)
  );
}

/**
 * "Lead a team of six project controllers and planners": the people are the PMO's own staff
 * (controls, planning, PMO or transformation-office (TO) analysts), so leading them is running the
 * office, not a delivery team.
 */
const TEAM_OF_PMO_STAFF =
  /^\s+of\s+(\w+\s+)?(senior\s+)?(project controllers?|project control(s)? (analysts?|officers?)|cost controllers?|planners?|planning engineers?|schedulers?|(pmo|to|transformation office|transformation|programme office|project office) (analysts?|officers?|staff)|project support officers?|portfolio analysts?)\b/;

/** "Lead a team of 12 enterprise agile coaches and scrum masters": an agile practice's own team. */
const TEAM_OF_COACHES = /^\s+of\s+(\d+\s+)?([\w-]+\s+){0,2}(agile coaches|scrum masters|coaches)\b/i;
/** "Placed on the client team as the project manager for the Finance workstream, which covers general ledger …". */
const NAMED_PROJECT_MANAGER = /\bas (the|a|an) (\w+ )?(project manager|workstream lead)\b/i;

/** "Lead, develop and motivate the TMO team": the office's own team, named after it. */
const OFFICE_TEAM =
  /\b(e?pmo|tmo|transformation (management )?office|programme office|program office|portfolio office|project office) (team|staff)\b/i;

/** "Oversee the portfolio of projects", "manage all projects": the object is the portfolio, not one project. */
const PORTFOLIO_OBJECT =
  /\b(portfolio|portfolios|all|every)\b|\bcross[- ](project|initiative|programme|program|portfolio)\b/i;
/**
 * "Track budget and spend for each project", "maintain the schedule for all capital works": the
 * same task done for every project in the office's care is PMO support, not one project's delivery.
 */
const FOR_EVERY_PROJECT =
  /^[^.;]{0,100}?\b(for|across|of|on) (each|every|all) (of (the|our) )?([\w-]+ ){0,2}(projects?|programmes?|programs?|schemes|works|initiatives)\b|^[^.;]{0,100}?\b(for|across) (the|our) ([\w-]+ ){0,2}portfolio\b/;
/** "Track benefits after project closure": the work follows the project's end, so it is no delivery of it. */
const AFTER_THE_PROJECT = /\b(after|following)\s*$/;
const CLOSURE = /\bclos(e|ure|ing)\b/i;

export function readContext(hit: Hit, hedgedSection: boolean): ContextEffect {
  const { entry } = hit;
  const before = clauseBefore(hit.sentence.text, hit.start).toLowerCase();
  const after = hit.sentence.text.slice(hit.end).toLowerCase();
  const effect: ContextEffect = {
    side: entry.side,
    factor: 1,
    labels: [],
    note: null,
    pmoType: entry.pmoType ?? null,
  };

  if (isNegated(before, after)) {
    return { ...effect, factor: 0, labels: ['negated'], note: 'negated here, so it does not count' };
  }
  if (hedgedSection || HEDGE.test(hit.sentence.text.toLowerCase())) {
    effect.factor *= HEDGE_FACTOR;
    effect.labels.push('hedged');
  }
  if (
    describesOrganisation(hit.sentence.text) ||
    ANOTHER_ROLES_CLAUSE.test(clauseFrom(hit.sentence.text, hit.start)) ||
    DONE_BY_OTHERS.test(after)
  ) {
    effect.factor *= THIRD_PARTY_FACTOR;
    effect.labels.push('describes the organisation');
    effect.note = 'the sentence describes the organisation or its customers, not the job';
  }
  if (entry.id === 'pmo.stance.run_pmo' && (SET_BY_THE_PMO.test(hit.match) || WITH_THE_PMO.test(hit.match))) {
    return asDelivery(
      effect,
      STAKEHOLDER_FACTOR,
      STAKEHOLDER_LABEL,
      'the PMO sets it and the role follows it',
    );
  }
  if (entry.side === 'pmo' && effect.labels.length === 0 && ownsOneProject(entry, hit.sentence.text)) {
    return asDelivery(
      effect,
      1,
      'for the role’s own project',
      'it is done for the project the role itself delivers, not for a portfolio',
    );
  }
  if (
    entry.id === 'pmo.stance.run_pmo' &&
    (REPORTS_TO.test(before) || WORKS_FOR.test(before) || ANOTHER_POST_AFTER.test(after))
  ) {
    return {
      ...weighed(
        effect,
        WORKS_FOR_FACTOR,
        WORKS_FOR_LABEL,
        'the role reports to or supports the PMO lead, so it sits inside the PMO rather than running it',
      ),
      pmoType: 'support',
    };
  }
  if (entry.relational || namesThePmosThing(entry, hit.match, after) || worksWithPmoStaff(entry, before)) {
    // "Report status in the EPMO's tool": a preposition the match begins with belongs to the verb before it.
    const lead = LEADING_PREPOSITION.exec(hit.match)?.[0].toLowerCase() ?? '';
    return relate(entry, effect, {
      before: `${before}${lead}`,
      after,
      clause: wholeClauseBefore(hit.sentence.text, hit.start).toLowerCase(),
      match: hit.match,
    });
  }
  if (entry.id === 'pmo.resp.support_pms' && ASSISTS_THE_PM.test(hit.match)) {
    return weighed(
      effect,
      OTHERS_DELIVERY_FACTOR,
      'assists a project manager',
      'it assists the project manager (or senior ones) on their projects: a junior delivery role, not a PMO serving all projects',
    );
  }
  if (entry.id === 'pmo.resp.support_pms' && ON_OWN_WORK.test(after)) {
    return weighed(
      effect,
      OTHERS_DELIVERY_FACTOR,
      'on the role’s own projects',
      'the people it coaches work on the role’s own projects: leading its delivery team, not serving all projects',
    );
  }
  if (entry.id === 'pm.dec.tactical' && LINE_MANAGEMENT.test(hit.sentence.text)) {
    return weighed(
      effect,
      PROCESS_OBJECT_FACTOR,
      'line management',
      'it is line management of the role’s own staff, which says nothing of project or PMO work',
    );
  }
  if (entry.id === 'pm.resp.team' && TEAM_OF_COACHES.test(after)) {
    return weighed(
      effect,
      PROCESS_OBJECT_FACTOR,
      'leads agile coaches',
      'the team it leads coaches agile ways of working: an agile practice, not a project team',
    );
  }
  if (entry.side === 'neither' && !entry.topical && NAMED_PROJECT_MANAGER.test(hit.sentence.text)) {
    return weighed(
      effect,
      THIRD_PARTY_FACTOR,
      'what the project delivers',
      'the sentence names the role the project manager of this work, so these are what the project covers',
    );
  }
  if (entry.id === 'pm.resp.team' && (TEAM_OF_PMO_STAFF.test(after) || OFFICE_TEAM.test(hit.match))) {
    return {
      ...effect,
      side: 'pmo',
      labels: [...effect.labels, 'leads PMO staff'],
      note: 'the team it leads is PMO staff (project controllers, planners, PMO analysts), so this is running the office',
      pmoType: 'lead',
    };
  }
  if (
    entry.side === 'pm' &&
    ((PROJECT_WORD_END.test(hit.match) && PROCESS_AFTER_PROJECT.test(after)) ||
      PRACTICES_AFTER.test(after) ||
      namesAStage(hit) ||
      RULES_LISTED_BEFORE.test(hit.sentence.text.slice(0, hit.start)))
  ) {
    return weighed(
      effect,
      PROCESS_OBJECT_FACTOR,
      'a process about projects',
      'it names a process or practice for all projects (intake, governance, reporting, execution practices), not a project the role delivers',
    );
  }
  if (
    entry.side === 'pm' &&
    effect.note === null &&
    CLOSURE.test(hit.match) &&
    AFTER_THE_PROJECT.test(before)
  ) {
    return weighed(
      effect,
      OTHERS_DELIVERY_FACTOR,
      'after the project',
      'it comes after the project has closed (benefits, lessons learned), not in its delivery',
    );
  }
  if (entry.side === 'pm' && effect.note === null && FOR_EVERY_PROJECT.test(after)) {
    return weighed(
      effect,
      OTHERS_DELIVERY_FACTOR,
      'for every project',
      'it is done for every project the office looks after, not for one project the role delivers',
    );
  }
  if (
    entry.side === 'pm' &&
    effect.note === null &&
    (OTHERS_DELIVERY.test(before) || PORTFOLIO_OBJECT.test(hit.match) || OWNED_BY_OTHERS.test(hit.match))
  ) {
    return weighed(
      effect,
      OTHERS_DELIVERY_FACTOR,
      "others' delivery",
      'this delivery is done by others whom the role supports or oversees',
    );
  }
  return effect;
}

/** The hit weighed as above and read as the role's own delivery work: PM side, no PMO sub-type. */
function asDelivery(effect: ContextEffect, factor: number, label: string, note: string): ContextEffect {
  return { ...weighed(effect, factor, label, note), side: 'pm', pmoType: null };
}

/** The effect with one more reading that weighs the hit by `factor`, saying why in `note` when given. */
function weighed(effect: ContextEffect, factor: number, label: string, note = effect.note): ContextEffect {
  return { ...effect, factor: effect.factor * factor, labels: [...effect.labels, label], note };
}

/** The role's relation to a PMO or its standards: owner, enforcer, or a PM who follows them. */
/** Where a phrase naming the PMO stands: the clause before it (short and whole), what follows, the phrase. */
interface Surroundings {
  before: string;
  after: string;
  clause: string;
  match: string;
}

/** "Apply EPMO standards": applying standards named after the office is following them. */
const APPLIES = /\bappl(y|ies|ying)\s+(the\s+|our\s+)?$/;
const NAMES_THE_OFFICE = /\b(e?pmo|pmos|project management office)\b/i;

function relate(entry: LexiconEntry, effect: ContextEffect, where: Surroundings): ContextEffect {
  const { before, after, clause, match } = where;
  const enforces =
    (ENFORCE_VERB.test(clause) && !OWN_WORK_COMPLIES.test(clause)) ||
    HELPS_OTHERS_FOLLOW.test(after) ||
    OTHERS_FOLLOW.test(before) ||
    OTHERS_FOLLOW.test(after);
  const follows =
    STAKEHOLDER_VERB.test(before) ||
    STAKEHOLDER_AFTER.test(after) ||
    (APPLIES.test(before) && NAMES_THE_OFFICE.test(match));
  if (follows && !enforces) {
    return asDelivery(
      effect,
      STAKEHOLDER_FACTOR,
      STAKEHOLDER_LABEL,
      'here the role follows, reports to or works with the PMO: a project manager naming it as a stakeholder',
    );
  }
  if (enforces) return { ...effect, labels: [...effect.labels, 'ensures others comply'] };
  if (entry.id !== 'pmo.stance.pmo_mention' && MEMBER_OF.test(before)) {
    return { ...effect, labels: [...effect.labels, SITS_IN_LABEL] };
  }
  if (entry.id === 'pmo.stance.pmo_mention' && SUPPORTS_PMO.test(before)) {
    // "Support the PMO in governance and reporting": the PMO is what the role serves, so it works in it.
    return { ...weighed(effect, SUPPORTS_PMO_WEIGHT, 'supports the PMO'), pmoType: 'support' };
  }
  if (entry.id === 'pmo.stance.pmo_mention') {
    return weighed(effect, BARE_MENTION_FACTOR, 'mentions the PMO');
  }
  return effect;
}

/**
 * "…; the PMO Manager handles portfolio reporting and standards": a clause whose subject is another
 * post or team says what that one does, not the role.
 */
/** "Portfolio reporting and governance are looked after by the PMO Manager": a passive naming who does it. */
const DONE_BY_OTHERS =
  /^[^.;:]{0,40}\b(is|are) (looked after|handled|owned|run|managed|done|covered|led|provided) by\b/i;
const ANOTHER_ROLES_CLAUSE =
  /^\s*(the|our) ([\w-]+ ){0,3}(manager|head|director|lead|team|office|pmo)\s+(handles|owns|runs|manages|leads|looks after|is responsible for|takes care of|covers)\b/i;

/** The clause the match stands in: from the last ";" before it. */
function clauseFrom(sentence: string, matchStart: number): string {
  return sentence.slice(sentence.lastIndexOf(';', matchStart) + 1);
}

/** The sentence is about the organisation or its customers, not about the job. */
export function describesOrganisation(sentence: string): boolean {
  const start = sentence.replace(/^[•\s]+/, '');
  const named = NAMED_SUBJECT.test(start) && !POST_AS_SUBJECT.test(start);
  return (THIRD_PARTY_START.test(start) || named || UNIT_SUBJECT.test(start)) && !ABOUT_THE_HIRE.test(start);
}

/** "The Project Analyst is part of the PMO …": the capitalised subject is the post itself, not a company. */
const POST_AS_SUBJECT =
  /^(the )?([A-Z][\w&'’-]*\s+){0,3}(analyst|manager|officer|coordinator|co-ordinator|lead|director|administrator|controller|specialist|engineer|planner|assistant)\s+(is|will|has)\b/i;

function isNegated(before: string, after: string): boolean {
  const window = before.slice(-40);
  if (NEGATION.test(window) && !NOT_NEGATION.test(window)) return true;
  return NEGATED_AFTER.test(after);
}

/**
 * The whole clause before the match: enforcing ("ensures bureau compliance with OMB Circular A-11,
 * FITARA and the Department's governance framework") governs a long list, further than a verb that
 * merely follows.
 */
function wholeClauseBefore(sentence: string, matchStart: number): string {
  return clauseBefore(sentence, matchStart, ENFORCE_WINDOW_CHARS);
}
/** About two lines of a duty: the longest list of rules an "ensures compliance with" governs in the ad set. */
const ENFORCE_WINDOW_CHARS = 160;

/** Text before the match back to the start of its clause (";", ":", or a "but"/"while" turn). */
function clauseBefore(sentence: string, matchStart: number, window = WINDOW_CHARS): string {
  const head = sentence.slice(Math.max(0, matchStart - window), matchStart);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), lastTurn(head));
  return cut >= 0 ? head.slice(cut + 1) : head;
}

function lastTurn(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/,?\s\b(but|while|whereas|however|although)\b/gi))
    last = m.index + m[0].length - 1;
  return last;
}

/** The hit stands in an open bracket that follows a lifecycle, its stages or gates (see STAGE_LIST_OPENER). */
function namesAStage(hit: Hit): boolean {
  const before = hit.sentence.text.slice(0, hit.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  return STAGE_LIST_OPENER.test(before.slice(0, open + 1));
}
