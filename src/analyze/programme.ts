/**
 * Two mirror readings of the unit a role runs.
 *
 * A programme manager delivers one programme: its projects, workstreams and tranches, its plan,
 * budget, risks and benefits. Coordinating the projects inside that programme (the dependencies
 * between them, steering their project managers, reporting the programme's status, preparing its
 * gate reviews) is delivery of the programme, not oversight of a portfolio (domain.md: a PM
 * delivers the work of one project; a programme is one larger piece of work).
 *
 * A PMO role runs an office: leading its own analysts and officers, assigning their work, and
 * keeping one programme's integrated plan and finances for its director are the office's work
 * (domain.md: support roles keep plans, RAID logs and financial tracking), not delivery.
 */

import { dutyTotals, HYBRID_MIN_DUTIES, type Scored } from './score';
import type { TitleReading } from './title';

/** A role named for running one programme: "Programme Manager", "Program Director", "Programme Lead". */
const PROGRAMME_ROLE =
  /\b(programme|program)\b(?! office| management office| support| officer| coordinator)/i;

/** Without a named role, the ad says the role leads the programme: "you will lead the programme". */
const LEADS_THE_PROGRAMME =
  /\b(lead|leads|deliver|delivers|run|runs|manage|manages|plan|plans)\b.{0,16}\bthe (programme|program)\b/i;

/**
 * A sentence about the parts of one programme: "the programme" itself, "the projects" or "the
 * four project managers" (a definite, counted set: the ones inside it), its board, plan or team.
 * Not "the programme office" (the PMO), nor "all programmes" (a portfolio).
 */
const OWN_PROGRAMME_PART =
  /\bthe (programme|program)\b(?! (management )?office)|\bthe (\w+ )?(projects|workstreams|tranches|project managers)\b|\bthe teams['’]|\b(a )?team of (\w+ )?(project managers|workstream leads)\b|\b(programme|program) (board|plan|team|budget|status|reviews?)\b/i;

/** PMO phrases that name the office itself keep their sense: reporting to a portfolio office is a stakeholder. */
const NAMES_AN_OFFICE = /\b(office|pmo|portfolio)\b/i;

/** What the job does (score.ts's duty dimensions without tools: a tool names no unit's part). */
const DUTY_DIMENSIONS: ReadonlySet<string> = new Set([
  'scope',
  'responsibilities',
  'decisions',
  'reporting',
  'resources_risk',
  'stance',
]);

/** Leading the role's own staff: "lead a team of 4 analysts", "supervise a staff of 12", "assign work". */
const OWN_TEAM =
  /\b(lead|leads|leading|manage|manages|managing|supervise|supervises|supervising|direct|directs|develop|develops|motivate|motivates)\b.{0,20}\b(team|staff)\b|\bassign\w* (work|tasks)\b/i;

/** …but not a delivery team: the project or core team, or one of developers, testers, engineers, consultants. */
const DELIVERY_TEAM =
  /\b(project|core|delivery|implementation|migration|build) teams?\b|\b(developers|testers|engineers|consultants|contractors)\b/i;

export const OFFICE_WORK_LABEL = 'the office the role runs';
/** The office's own duties must reach a real part of a job (the hybrid threshold) for the office reading. */
const MIN_OFFICE_DUTIES = HYBRID_MIN_DUTIES;
export const WITHIN_THE_PROGRAMME_LABEL = 'within the one programme the role delivers';

/**
 * For a programme manager's ad, PMO-side duties about the programme's own parts count for delivery.
 * The role must be named a programme manager (title, or the role the ad names) or, unnamed, lead
 * "the programme" in its duties, so a programme office manager, whose schedule and RAID work for
 * one programme is support, keeps its PMO reading.
 */
export function readOwnProgramme(
  items: Scored[],
  role: TitleReading | null,
  noOwnDelivery = false,
): Scored[] {
  if (noOwnDelivery || !deliversOneProgramme(items, role)) return items;
  for (const item of items) {
    const { evidence } = item;
    if (evidence.side !== 'pmo' || !DUTY_DIMENSIONS.has(evidence.dimension)) continue;
    if (NAMES_AN_OFFICE.test(evidence.match) || !OWN_PROGRAMME_PART.test(evidence.text)) continue;
    evidence.side = 'pm';
    evidence.context.push(WITHIN_THE_PROGRAMME_LABEL);
    item.pmoType = null;
  }
  return items;
}

function deliversOneProgramme(items: readonly Scored[], role: TitleReading | null): boolean {
  // A title naming another role ("Agile Delivery Lead") says nothing of programme or office: the duties do.
  if (role !== null && role.side !== 'neither') return role.side === 'pm' && PROGRAMME_ROLE.test(role.match);
  return items.some(
    ({ evidence }) =>
      evidence.side === 'pm' && evidence.context.length === 0 && LEADS_THE_PROGRAMME.test(evidence.match),
  );
}

/**
 * For a PMO role, delivery-sided phrases about its own team or about the one programme it serves
 * count for the office. Only when the role is named for the office (title or the role the ad
 * names) and the ad does not have the role deliver something itself (`deliversItself`: the job
 * laid out as two parts, or one named project or implementation the role leads): a hybrid lead who
 * runs a PMO and also delivers a programme keeps its delivery, and a "PMO Analyst" hired to run
 * one ERP rollout is not read as the office by its title.
 */
export function readOwnOffice(items: Scored[], role: TitleReading | null, deliversItself = false): Scored[] {
  if (role?.side !== 'pmo' || deliversItself) return items;
  // With next to no office work of its own, the title misleads ("PMO Consultant" for one cloud
  // migration): reading its delivery as the office's would only repeat the title's mistake.
  if (dutyTotals(items).pmo < MIN_OFFICE_DUTIES) return items;
  for (const item of items) {
    const { evidence } = item;
    if (evidence.side !== 'pm' || !DUTY_DIMENSIONS.has(evidence.dimension) || evidence.context.length > 0)
      continue;
    const ownTeam = OWN_TEAM.test(evidence.match) && !DELIVERY_TEAM.test(teamNamed(evidence));
    if (!ownTeam && !OWN_PROGRAMME_PART.test(evidence.text)) continue;
    evidence.side = 'pmo';
    evidence.context.push(OFFICE_WORK_LABEL);
    // Leading the office's staff is lead work (as in context.ts); keeping a programme's plan is support.
    item.pmoType = ownTeam ? 'lead' : 'support';
  }
  return items;
}

/**
 * The team a phrase names: the match and its make-up up to the clause's end, a bracketed list
 * included ("a team of 4 analysts", "a team of 8 (business analysts, developers, testers)").
 */
const TEAM_MAKE_UP = /^[^,;:(]*(\([^)]*\))?/;

function teamNamed(evidence: Scored['evidence']): string {
  const clause = TEAM_MAKE_UP.exec(evidence.text.slice(evidence.end))?.[0] ?? '';
  return `${evidence.match}${clause.split(/ and (?!develop)/)[0] ?? ''}`;
}
