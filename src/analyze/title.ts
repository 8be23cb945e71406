/**
 * The job title as a prior. A title is a strong hint (recruiters pick it for search), but it is
 * often wrong: "PMO Manager" ads that describe delivering one project, "Project Manager" ads that
 * describe running the reporting cycle. So the title adds a fixed weight that the duties can overrule.
 */
import type { Verdict } from '../schema';

export interface TitleReading {
  side: Verdict;
  /** The words of the title that decided it. */
  match: string;
  start: number;
  end: number;
  pmoType: 'support' | 'lead' | null;
  /** For `neither`: the role the title names. */
  looksLike: string | null;
}

/** About one strong duty sentence: enough to tip a thin ad, not enough to outvote its duties. */
export const TITLE_PRIOR_WEIGHT = 3;
/** A title naming another profession (scrum master, accountant) is harder to overrule. */
export const OTHER_ROLE_TITLE_WEIGHT = 4;

const PMO_WORDS =
  /\b(e?pmo|projects? (and|&|\/) portfolio (manager|lead|director)|portfolio(?= (and|&|\/) (delivery|project|programme|program) (manager|lead|director))|(project|programme|program|portfolio) (management|delivery) office|portfolio office|programme office|program office|transformation (management )?office|project support officer|project office|portfolio (analyst|officer|coordinator|co-ordinator|lead|controller|support)|project controls?|(portfolio|programme|program|project) (governance|assurance))\b/i;
/** The usual French, German, Spanish, Dutch, Italian and Portuguese titles for a PM. */
const FOREIGN_PM_TITLES =
  'chef(?:fe)? de projets?|directeur de projets?|directrice de projets?|projektleiter(?:in)?|projektmanager(?:in)?|jefe de proyectos?|gestor de proyectos?|director de proyectos?|projectleider|projectmanager|responsabile di progetto|gerente de projetos?';
const PM_WORDS = new RegExp(
  `\\b(project manager|programme manager|program manager|project lead|project director|implementation manager|project delivery manager|head of projects|project executive|pm|${FOREIGN_PM_TITLES})\\b`,
  'i',
);
/**
 * The PM half of a two-role title: a delivery role's name in any language read here
 * ("Projektmanager / PMO"), or "project(s)" joined to the PMO or a portfolio role by "and", "&" or
 * "/" ("Project & PMO Manager", "Head of Projects and PMO", "Project & Portfolio Manager"; not
 * "Project and Portfolio Management", the one discipline). A bare "projects" after a dash is the area the role serves
 * ("PMO Analyst – Capital Projects"), not a second role.
 */
const PM_PART = new RegExp(
  `\\b(project manager|programme manager|program manager|delivery manager|head of projects|project lead|project coordinator|project co-ordinator|project director|${FOREIGN_PM_TITLES})\\b|\\bprojects?\\s*(and|&|\\/|\\+)\\s*(e?pmo|portfolio (manager|lead|director))\\b|\\be?pmo\\s*(and|&|\\/|\\+)\\s*(\\w+\\s+)?(projects?|delivery)\\b`,
  'i',
);
const LEAD_WORDS = /\b(head|director|manager|lead|chief|vp|principal)\b/i;
const SUPPORT_WORDS =
  /\b(analyst|officer|coordinator|co-ordinator|administrator|assistant|support|specialist|controller|apprentice)\b/i;

const OTHER_ROLES: readonly [RegExp, string][] = [
  [/\bproduct (manager|lead|director)\b/i, 'product manager'],
  [/\bproduct owner\b/i, 'product owner'],
  [/\bscrum master\b/i, 'scrum master'],
  [/\bagile coach\b/i, 'agile coach'],
  // A bare "Delivery Manager/Lead" is the agile team role (the UK DDaT framework's delivery manager:
  // ceremonies, blockers, team health), not a project's manager; "Project Delivery Manager" is a PM
  // (read above). All four bare ones among the 384 tuned-on ads are agile roles.
  [/(?<!\b(project|programme|program) )\bdelivery (manager|lead)\b/i, 'agile delivery manager'],
  [/\bbusiness analyst\b/i, 'business analyst'],
  [
    /\b(software|data|devops|qa|test|cloud|platform|frontend|backend|full[- ]stack) (engineer|developer)\b|\bdeveloper\b/i,
    'software engineer',
  ],
  [/\bproject engineer\b|\b(civil|mechanical|electrical|design|structural) engineer\b/i, 'project engineer'],
  // "Office & Project Coordinator" runs the office first ("Project Office Coordinator" is read as a PMO above).
  [
    /\boffice (manager|coordinator|co-ordinator|administrator|assistant)\b|\boffice\s*(&|and|\/)\s*\w+ (manager|coordinator|co-ordinator|administrator)\b/i,
    'office manager',
  ],
  [/\bsite manager\b|\bsite supervisor\b/i, 'site manager'],
  [/\baccountant\b|\bbookkeeper\b/i, 'accountant'],
  // Cost control is a finance trade inside a project ("Project Controls" as a PMO function is read above).
  [/\bcost (controller|engineer)\b|\bquantity surveyor\b/i, 'cost controller'],
  [/\bmarketing (manager|executive|lead)\b|\bbrand (manager|executive|lead|director)\b/i, 'marketing role'],
  // A production manager runs a shoot, a show or a plant's output: a trade of its own.
  [/\bproduction (manager|coordinator|co-ordinator|assistant)\b/i, 'production manager'],
];

/**
 * Planners and schedulers keep the programme of one project or shutdown: project controls on one
 * job, neither managing it nor running an office ("Senior Project Controls Scheduler" included).
 * Read before the PMO words, since "project controls" alone would read as a PMO function.
 */
const PLANNER_ROLES: readonly [RegExp, string][] = [
  // A planner of maintenance work orders and shutdowns plans a plant's upkeep, not a project; a
  // "PM Planner" is the plant's name for the preventive-maintenance planner.
  [/\bplanner\b.*\bmaintenance\b|\bmaintenance\b.*\bplanner\b|\bpm planner\b/i, 'a maintenance planner'],
  [/\b(planner|scheduler|planning engineer)\b/i, 'a project planner or scheduler'],
];
/** A planner named for an office or a portfolio ("PMO Planner", "Portfolio Scheduler") plans across projects. */
const ACROSS_PROJECTS_TITLE =
  /\b(e?pmo|portfolio|(programme|program|project management|project|transformation) office)\b/i;

/** Roles that stay themselves whatever the subject: a "PMO Trainer" teaches, a "PMO Recruiter" recruits. */
const OVERRIDING_ROLES: readonly [RegExp, string][] = [
  [/\b(trainer|instructor|lecturer|tutor)\b/i, 'trainer'],
  [/\bcustomer success\b|\baccount (manager|executive)\b/i, 'customer success manager'],
  [/\b(recruiter|recruitment consultant|talent acquisition)\b/i, 'recruiter'],
  // An executive assistant to the head of a PMO keeps the head's diary: the PMO is the boss's, not the job.
  [/\b(executive|personal) assistant\b|\bexecutive secretary\b/i, 'executive assistant'],
];

/**
 * "Program Manager (Enterprise PMO Chief)": a USAJobs-style official series title, then the post's
 * working title in brackets. The bracket names the job when it names a role of its own.
 */
/** An office named in brackets, with no role word of its own: "(Capital Program Management Office)". */
const OFFICE_IN_BRACKETS = /\(([^()]*\boffice\b[^()]*)\)\s*$/i;
const WORKING_TITLE =
  /\(([^()]*\b(chief|head|manager|director|lead|analyst|officer|coordinator|administrator|specialist)\b[^()]*)\)\s*$/i;

export function readTitle(title: string | null): TitleReading | null {
  if (title === null || title.trim() === '') return null;
  const office = OFFICE_IN_BRACKETS.exec(title);
  if (office !== null && LEAD_WORDS.test(title.slice(0, office.index))) {
    // "Program Manager (Capital Program Management Office)": the manager of the office in brackets.
    const name = office[1] ?? '';
    const inner = PMO_WORDS.exec(name);
    if (inner !== null) return shifted(reading('pmo', name, inner, 'lead', null), office.index + 1);
  }
  const working = WORKING_TITLE.exec(title);
  const workingName = working?.[1];
  if (working !== null && workingName !== undefined && /\s/.test(workingName.trim())) {
    const inner = readTitle(workingName);
    if (inner !== null) return shifted(inner, working.index + 1);
  }
  for (const [pattern, role] of OVERRIDING_ROLES) {
    const other = pattern.exec(title);
    if (other) return reading('neither', title, other, null, role);
  }
  const otherAcronym = acronymInAnotherSense(title);
  if (otherAcronym !== null) return otherAcronym;
  const planner = plannerReading(title);
  if (planner !== null) return planner;
  // Any PMO role's name beside a delivery role's ("Project Manager & Portfolio Lead") names two jobs.
  const pmoPart = PMO_WORDS.exec(title);
  const pmPart = PM_PART.exec(title);
  if (pmoPart && pmPart) {
    const start = Math.min(pmoPart.index, pmPart.index);
    const end = Math.max(pmoPart.index + pmoPart[0].length, pmPart.index + pmPart[0].length);
    return {
      side: 'hybrid',
      match: title.slice(start, end),
      start,
      end,
      pmoType: pmoTypeOf(title),
      looksLike: null,
    };
  }
  const pmo = PMO_WORDS.exec(title);
  if (pmo) return reading('pmo', title, pmo, pmoTypeOf(title), null);
  const pm = PM_WORDS.exec(title);
  if (pm) return reading('pm', title, pm, null, null);
  for (const [pattern, role] of OTHER_ROLES) {
    const other = pattern.exec(title);
    if (other) return reading('neither', title, other, null, role);
  }
  return null;
}

function plannerReading(title: string): TitleReading | null {
  if (ACROSS_PROJECTS_TITLE.test(title)) return null;
  for (const [pattern, role] of PLANNER_ROLES) {
    const found = pattern.exec(title);
    if (found) return reading('neither', title, found, null, role);
  }
  return null;
}

/** "PMO (Principal Medical Officer)" or "Principal Medical Officer (PMO)": an acronym the title spells out. */
const ACRONYM_THEN_WORDS = /\b(pmo|pm)\s*\(([^)]{3,60})\)/i;
const WORDS_THEN_ACRONYM = /\(\s*(pmo|pm)\s*\)/i;
/** Words an acronym skips ("Head of …", "Research and …"). */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', '&']);
const PROJECT_SENSE = /\b(projects?|programmes?|programs?|portfolios?)\b/i;
/** Where the role's name ends after a spelled-out acronym ("… Officer – District Hospital"). */
const NAME_BREAK = /\s[–—-]\s|[,(|]/;

/**
 * A title that spells out "PMO" or "PM" as words with those initials but no project, programme or
 * portfolio in them names another role: a Principal Medical Officer, a preventive-maintenance (PM)
 * planner. Initials must match, so "Governance (PMO)" (the team the role sits in) is not read so.
 */
function acronymInAnotherSense(title: string): TitleReading | null {
  const after = ACRONYM_THEN_WORDS.exec(title);
  if (after?.[1] !== undefined && after[2] !== undefined && spells(after[1], after[2].split(/\s+/))) {
    if (PROJECT_SENSE.test(after[2])) return null;
    const rest = title.slice(after.index + after[0].length).split(NAME_BREAK)[0] ?? '';
    return otherSenseReading(title, after, `${after[2]}${rest}`);
  }
  const before = WORDS_THEN_ACRONYM.exec(title);
  if (before?.[1] === undefined) return null;
  const name = title.slice(0, before.index).trim();
  const words = name.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (!spells(before[1], words.slice(-before[1].length)) || PROJECT_SENSE.test(name)) return null;
  return otherSenseReading(title, before, name);
}

function spells(acronym: string, words: readonly string[]): boolean {
  const initials = words
    .filter((w) => !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('');
  return initials.toLowerCase() === acronym.toLowerCase();
}

function otherSenseReading(title: string, found: RegExpExecArray, name: string): TitleReading {
  return reading('neither', title, found, null, name.trim().toLowerCase());
}

/** "We are looking for a PMO Analyst to …": the role named in the body, when the ad has no title. */
const HIRING =
  /\b(looking for|recruiting|hiring|seeking|to appoint|appointing|need|needs|want|join (?:us|our team) as|role of|position of|post of)\s+(?:an?\s+|the\s+|our\s+|one\s+)?/gi;
/** The role's name ends where the sentence goes on about it. */
const NAME_END = /\s+(to|who|with|for|that|which|in|on|at|based|and join|from|of the)\b|[,.;:!?(]/i;
const MAX_ROLE_NAME_CHARS = 60;

/**
 * "As project manager, you will:", "As our PMO Analyst you'll own …": the role addressed by name.
 * Not after "such" or "as well" ("such as PMO reporting, you will …" lists tasks, not a role).
 */
const AS_THE_ROLE =
  /(?<!\b(?:such|well|same|so) )\bas (?:an?\s+|the\s+|our\s+)?([^,.;:!?]{3,50}?),?\s+you(?:'ll|’ll| will| are| own)\b/i;

/**
 * "The Manager, Program Management Office is responsible for …", "the Project Manager will be
 * accountable for …": a public-sector summary names the post in the third person. One post ("is"),
 * not a group of colleagues ("project managers are responsible for delivery").
 */
const THE_POST_IS_RESPONSIBLE =
  /\bthe ((?:[A-Z][\w&'’-]*,?\s+){1,6}?(?:[A-Z][\w&'’-]*))\s+(?:is|will be)\s+(?:responsible|accountable)\s+for\b/;

type RoleInSentence = { reading: TitleReading; name: string };

/** The role a name reads as, its offsets moved to where the name stands in the sentence. */
function roleNamed(name: string, from: number): RoleInSentence | null {
  const found = readTitle(name);
  if (found === null) return null;
  return { reading: shifted(found, from), name: name.trim() };
}

/** The role a pattern's first group names, if it matches. */
function roleInGroup(pattern: RegExp, sentence: string): RoleInSentence | null {
  const found = pattern.exec(sentence);
  const name = found?.[1];
  if (found === null || name === undefined) return null;
  return roleNamed(name, found.index + found[0].indexOf(name));
}

export function readRoleInSentence(sentence: string): RoleInSentence | null {
  const named = roleInGroup(THE_POST_IS_RESPONSIBLE, sentence) ?? roleInGroup(AS_THE_ROLE, sentence);
  if (named !== null) return named;
  for (const hiring of sentence.matchAll(HIRING)) {
    const from = hiring.index + hiring[0].length;
    const rest = sentence.slice(from, from + MAX_ROLE_NAME_CHARS);
    // "The company needs to build its Programme Office": a verb follows, not the role's name.
    if (/^to\s/i.test(rest)) continue;
    const end = NAME_END.exec(rest);
    const found = roleNamed(end ? rest.slice(0, end.index) : rest, from);
    if (found !== null) return found;
  }
  return null;
}

/** A reading of part of a longer text, its offsets moved to where that part starts. */
function shifted(found: TitleReading, from: number): TitleReading {
  return { ...found, start: from + found.start, end: from + found.end };
}

function reading(
  side: Verdict,
  title: string,
  found: RegExpExecArray,
  pmoType: 'support' | 'lead' | null,
  looksLike: string | null,
): TitleReading {
  const start = found.index;
  const end = start + found[0].length;
  return { side, match: title.slice(start, end), start, end, pmoType, looksLike };
}

/** Analyst/officer words mean support even with "senior"; manager/head words mean lead. */
function pmoTypeOf(title: string): 'support' | 'lead' | null {
  if (SUPPORT_WORDS.test(title)) return 'support';
  if (LEAD_WORDS.test(title)) return 'lead';
  return null;
}
