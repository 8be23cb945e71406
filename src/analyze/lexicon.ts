/**
 * The signals a practitioner reads in a job ad, as data. Each entry says which way a phrase leans
 * (PMO, PM, or another role altogether), on which of the nine dimensions of domain.md, how
 * strongly, and why. Patterns use compromise match syntax (multi-word; `/regex/` terms catch verb
 * forms: "establish", "established", "establishing"). The table is checked with zod at load.
 *
 * Weights: 3 = a phrase that on its own tells the two roles apart (the seeds name it as the
 * defining work of one side); 2 = typical of one side but seen on the other; 1 = a weak hint;
 * fractions for near-neutral items. Sources: the seed articles 000–004 and domain.md.
 */
import { z } from 'zod';
import { DimensionSchema, SideSchema } from '../schema';

export const LexiconEntrySchema = z
  .object({
    id: z.string().regex(/^(pmo|pm|neither)\.[a-z0-9_.]+$/),
    side: SideSchema,
    dimension: DimensionSchema,
    weight: z.number().positive().max(4),
    /** compromise match patterns; any one matching counts. */
    patterns: z.array(z.string().min(3)).min(1),
    /** One line: why a practitioner reads this phrase this way. */
    reason: z.string().min(12),
    /** For PMO-side work: which kind of PMO job it points to. */
    pmoType: z.enum(['support', 'lead']).optional(),
    /** For side `neither`: the role the ad looks like instead. */
    looksLike: z.string().optional(),
    /**
     * The phrase names the PMO or its standards; context decides whether the role owns them
     * (PMO) or merely follows, reports to or works with them (a PM).
     */
    relational: z.boolean().default(false),
    /**
     * For side `neither`: a role whose work is to teach, sell or invest in things that share PMO
     * and PM words (a PRINCE2 trainer, a PPM vendor's account manager, an investment portfolio
     * analyst). PMO and PM phrases in the same sentence are then what it teaches, sells or invests
     * in: its subject matter, not its duties.
     */
    topical: z.boolean().default(false),
  })
  .refine((e) => e.side !== 'neither' || e.looksLike !== undefined, {
    message: 'a `neither` entry names the role it looks like',
  })
  .refine((e) => e.side === 'pmo' || e.pmoType === undefined, { message: 'pmoType only on PMO entries' })
  .refine((e) => e.side === 'neither' || !e.topical, { message: 'topical only on other-role entries' })
  .refine(
    (e) =>
      SINGLE_TERM_DIMENSIONS.has(e.dimension) || e.patterns.every((p) => p.trim().split(/\s+/).length >= 2),
    { message: 'patterns are multi-word (single names only for tools, credentials, other roles)' },
  );
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/** Proper names (tools, certificates, role-specific jargon) are meaningful on their own. */
const SINGLE_TERM_DIMENSIONS = new Set<string>(['tools', 'credentials', 'other_role']);

/**
 * A regex term for every form of the given verbs ("manage" → manage|manages|managed|managing), so
 * "established standards", "establishing standards" and "establishes standards" all match while
 * the noun "management" does not. British and American spellings are listed as separate bases.
 */
export function verbs(...bases: string[]): string {
  const forms = new Set<string>();
  for (const base of bases) for (const form of inflect(base)) forms.add(form);
  return `/^(${[...forms].join('|')})$/`;
}

const IRREGULAR: Record<string, string[]> = {
  lead: ['led'],
  run: ['ran'],
  build: ['built'],
  rebuild: ['rebuilt'],
  write: ['wrote', 'written'],
  drive: ['drove', 'driven'],
  hold: ['held'],
  take: ['took', 'taken'],
  keep: ['kept'],
  give: ['gave', 'given'],
  oversee: ['oversaw', 'overseen'],
  grow: ['grew', 'grown'],
  stand: ['stood'],
  set: ['set'],
  teach: ['taught'],
};
/** Verbs that double their last consonant (plan → planned, planning). */
const DOUBLING = new Set(['plan', 'run', 'set', 'control', 'commit', 'stop', 'ship', 'scope']);

function inflect(base: string): string[] {
  const irregular = IRREGULAR[base] ?? [];
  if (DOUBLING.has(base) && base !== 'scope') {
    const doubled = base + base.slice(-1);
    return [base, `${base}s`, `${doubled}ed`, `${doubled}ing`, ...irregular];
  }
  if (base.endsWith('ee')) return [base, `${base}s`, `${base}d`, `${base}ing`, ...irregular];
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`, ...irregular];
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    return [base, `${stem}ies`, `${stem}ied`, `${base}ing`, ...irregular];
  }
  if (/(s|x|z|ch|sh)$/.test(base)) return [base, `${base}es`, `${base}ed`, `${base}ing`, ...irregular];
  return [base, `${base}s`, `${base}ed`, `${base}ing`, ...irregular];
}

// Verb groups shared by several entries.
const SET_UP = verbs(
  'define',
  'establish',
  'set',
  'develop',
  'create',
  'design',
  'introduce',
  'implement',
  'embed',
  'build',
  'shape',
  'author',
  'write',
  'standardise',
  'standardize',
  'refresh',
  'own',
);
const KEEP = verbs('maintain', 'update', 'administer', 'manage', 'keep', 'own', 'curate', 'run');
const GATHER = verbs(
  'collate',
  'consolidate',
  'compile',
  'aggregate',
  'coordinate',
  'run',
  'chase',
  'gather',
  'collect',
);
const DELIVER = verbs(
  'deliver',
  'lead',
  'manage',
  'run',
  'drive',
  'execute',
  'oversee',
  'own',
  'direct',
  'spearhead',
  'steer',
  'implement',
);
const SUPPORT = verbs(
  'support',
  'coach',
  'mentor',
  'guide',
  'train',
  'upskill',
  'advise',
  'assist',
  'help',
  'enable',
  'challenge',
  'equip',
);
// Replacing, renewing or refreshing an estate (devices, a gallery, a system) is a project by another name.
const PROJECT_WORK =
  '(project|projects|programme|programmes|implementation|implementations|rollout|rollouts|migration|migrations|upgrade|upgrades|refurbishment|build|deployment|launch|transition|relocation|scheme|schemes|replacement|renewal|refresh|redevelopment|renovation|refit)';
// "PMU" (project or programme management unit) is the PMO's name in many public bodies and donor-funded programmes.
const PMO = '(pmo|epmo|ppmo|pmos|pmu)';

const ENTRIES: unknown[] = [
  // ───────────── scope ─────────────
  {
    id: 'pmo.scope.portfolio',
    side: 'pmo',
    dimension: 'scope',
    weight: 2.5,
    patterns: [
      'across (the|our|a|its|their)? (portfolio|portfolios|programmes)',
      '(portfolio|portfolios) (level|wide|view|oversight|management|governance)',
      '(whole|entire|wider) (portfolio|change portfolio|project portfolio)',
      '(responsibility|accountability|accountable|responsible) for (the|our)? .{0,2} (portfolio|project portfolio)',
    ],
    reason: 'Works at portfolio level, across projects: the PMO view (seeds 000, 001).',
  },
  {
    id: 'pmo.scope.all_projects',
    side: 'pmo',
    dimension: 'scope',
    weight: 2.5,
    patterns: [
      // Not "workstreams": they are the parts of one programme, which its manager leads across.
      'across (all|multiple|several|many|the|our)? .? (projects|programmes|initiatives|business units|directorates)',
      '(for|of|on) (all|every) .? (projects|project|programmes|programme)',
      '(ensure|ensuring|ensures) that? (all|every)? (projects|programmes|project teams) (are|follow|adhere|comply|meet|use|apply)',
    ],
    reason: 'Looks after many or all projects rather than delivering one (seeds 000, 002).',
  },
  {
    id: 'pmo.scope.organisation',
    side: 'pmo',
    dimension: 'scope',
    weight: 2,
    patterns: [
      '(organisation|organization|enterprise|company|group|business|trust) wide',
      'across the (organisation|organization|business|enterprise|group|company|trust)',
    ],
    reason: 'Organisation-wide remit: the PMO sits above individual projects (seeds 000, 002).',
  },
  {
    id: 'pmo.scope.central_pmo',
    side: 'pmo',
    dimension: 'scope',
    weight: 2,
    relational: true,
    patterns: [
      '(enterprise|central|centralised|centralized|corporate|global) (pmo|project management office|portfolio office)',
    ],
    reason:
      'An enterprise or central PMO sits above individual projects; a PM who reports to it names a stakeholder (domain.md).',
  },
  {
    id: 'pm.scope.single',
    side: 'pm',
    dimension: 'scope',
    weight: 1.5,
    patterns: [
      '(this|a|the) (single|specific|individual|flagship|major|key|new|strategic) (project|programme|build|scheme)',
      '(this|the) (project|programme) (will|is|aims|involves|covers)',
      'individual projects',
      // "A project with a team of 15 and a budget of €40m": the size of the one project the role leads.
      '(a|the|this) (project|programme) with a (team|budget|value|capex) of',
    ],
    reason: 'Tied to one named project: the project manager’s scope (seeds 000, 001).',
  },
  {
    id: 'pm.scope.end_to_end',
    side: 'pm',
    dimension: 'scope',
    weight: 2.5,
    patterns: [
      'end to end (delivery|project|projects|management|ownership|implementation|lifecycle|migration|rollout)',
      '(project|projects|programme|programmes|implementation|implementations) end to end',
      'from (initiation|inception|start|concept|kick off|kick-off|design|feasibility|framing|scoping|plan|planning|buyout|preconstruction|pre-construction|award|mobilisation|mobilization) (to|through|until) (the)? (completion|close|closure|closeout|close-out|handover|delivery|finish|go live|go-live|opening|reopening|launch|occupation|operation|deployment|rollout)',
      'from site possession (to|through|until) (the)? (handover|completion)',
      // "Lead the reporting enhancement end to end": the role carries that piece of work through.
      `${DELIVER} (the|our|this) .{1,5} end to end`,
      '(full|whole|entire) (project|delivery)? (life cycle|lifecycle)',
      'start to finish',
    ],
    reason: 'Carries a project from start to finish: delivery ownership (seeds 000, 004).',
  },
  {
    id: 'pm.scope.multiple_delivery',
    side: 'pm',
    dimension: 'scope',
    weight: 2,
    patterns: [
      `${DELIVER} (multiple|several|concurrent|simultaneous|a number of|a portfolio of|a range of|various) .? (projects|programmes|schemes|initiatives)`,
      // "Manage two to three regional training projects": a handful counted out is the role's own.
      `${DELIVER} (two|three|four|a few|a small number of|one or two|two or three) (to|or)? (three|four|five|six)? .{0,3} (projects|schemes)`,
      // "Manage two or three smaller projects yourself each year".
      `${DELIVER} (two|three|four|five|a few|some|one or two|two or three|2-3|2|3) .{0,2} (projects|schemes|initiatives) (yourself|personally|of your own)`,
      '(multiple|several|concurrent) projects (simultaneously|concurrently|at once|at a time)',
      // "Run about eight jobs at a time": in the trades a job is a project.
      `${DELIVER} .{0,3} (jobs|projects|sites) at a time`,
    ],
    reason: 'Delivering several projects oneself is still project management, not oversight.',
  },

  // ───────────── responsibilities ─────────────
  {
    id: 'pmo.resp.standards',
    side: 'pmo',
    dimension: 'responsibilities',
    weight: 3,
    pmoType: 'lead',
    relational: true,
    patterns: [
      `${SET_UP} .{0,4} (standards|standard|methodology|methodologies|frameworks|framework|templates|processes|best practice|best practices|ways of working|policies|guidelines|toolkit|toolkits|playbook)`,
      // Whatever is standardised becomes a standard, even a list ("standardise planning, cost control and reporting practices").
      '/^standardi[sz]/ .{0,8} (ways|processes|practices|approach|approaches|reporting|delivery|tools|templates|methods)',
      '(project|programme|portfolio|delivery) management (standards|methodology|methodologies|framework|frameworks|best practice|policy|policies)',
      '(standards|methodology|framework) (development|design|ownership)',
      '(development|definition|improvement|harmonisation|harmonization) of (the|our)? .{0,3} (methods|methodology|methodologies|standards|framework|project manual|project handbook)',
    ],
    reason:
      'Sets the standards, methods and templates every project uses: the core PMO job (seeds 000–002, 004).',
  },
  {
    id: 'pmo.resp.maintain_templates',
    side: 'pmo',
    dimension: 'responsibilities',
    weight: 2,
    pmoType: 'support',
    relational: true,
    patterns: [
      `${KEEP} .{0,3} (templates|template library|project framework|delivery framework|monitoring database|document library|document control|sharepoint site|project library|process library|lessons learned log|lessons learnt log)`,
      '(document|version|configuration) control',
    ],
    reason: 'Keeps the shared templates and project records in order: PMO support work.',
  },
  {
    id: 'pmo.resp.governance',
    side: 'pmo',
    dimension: 'responsibilities',
    weight: 2.5,
    relational: true,
    patterns: [
      'governance (framework|frameworks|process|processes|forums|forum|boards|cycle|arrangements|structure|structures|model|calendar|meetings|guidelines|requirements|compliance)',
      '(project|programme|portfolio|delivery) governance',
      `${SET_UP} .{0,3} governance`,
      `${PMO} (standards|processes|templates|governance|guidelines|frameworks|framework|methodology|policies|requirements|reporting|tools)`,
    ],
    reason: 'Governance of how projects are run is a PMO remit (seeds 000, 001, 004).',
  },
  {
    id: 'pmo.resp.stage_gates',
    side: 'pmo',
    dimension: 'responsibilities',
    weight: 2,
    relational: true,
    patterns: [
      '(stage|phase) (gate|gates|gating)',
      '(gateway|gate|assurance) (reviews|review|process)',
      'health checks',
    ],
    reason: 'Stage gates and assurance reviews are the PMO’s control points over all projects.',
  },
  {
    id: 'pmo.resp.support_pms',
    side: 'pmo',
    dimension: 'responsibilities',
    weight: 3,
    patterns: [
      `${SUPPORT} .{0,4} (project managers|programme managers|project leads|project leaders|project officers|project coordinators|delivery managers|project teams|delivery teams|pms|project community)`,
      '(support|guidance|advice|training) (to|for) (project managers|programme managers|project teams|delivery teams)',
    ],
    reason: 'Supporting and coaching the people who deliver projects is what a PMO is for (seeds 000, 002).',
  },
  {
    id: 'pmo.resp.maturity',
    side: 'pmo',
    dimension: 'responsibilities',
    weight: 2.5,
    pmoType: 'lead',
    patterns: [
      '(project management|delivery|pmo|portfolio management|programme management) (maturity|capability)',
      `${verbs('improve', 'raise', 'increase', 'assess', 'grow', 'build', 'develop', 'mature', 'uplift')} .{0,4} maturity`,
      'community of practice',
      '(centre|center) of excellence',
    ],
    reason: 'Raising the organisation’s project management maturity is PMO leadership work (seed 004).',
  },
  {
    id: 'pmo.resp.reporting_cycle',
    side: 'pmo',
    dimension: 'responsibilities',
    weight: 2.5,
    pmoType: 'support',
    patterns: [
      `${GATHER} .{0,4} (reports|reporting|returns|updates|packs|pack|submissions|dashboards)`,
      // "Collect workstream plans": the office gathers the parts' plans into one.
      `${GATHER} (workstream|project|team) plans`,
      `${verbs('collate', 'consolidate', 'compile', 'aggregate')} .{0,4} report`,
      // "Collect progress and quality data from the six sub-projects": the office gathers what projects report.
      `${GATHER} .{0,10} from .{0,3} (projects|subprojects|workstreams|project teams|project team|project managers)`,
      '(reporting|board|governance) (cycle|cycles|packs|pack|calendar|timetable)',
    ],
    reason: 'Running the reporting cycle (chasing, collating, producing the packs) is PMO support work.',
  },
  {
    id: 'pmo.resp.returns',
    side: 'pmo',
    dimension: 'reporting',
    weight: 1.5,
    pmoType: 'support',
    relational: true,
    patterns: ['(project|programme|monthly|weekly|quarterly|highlight) (returns|submissions)'],
    reason: 'Project returns are what a PMO collects; a PM who submits them is the stakeholder.',
  },
  {
    id: 'pmo.resp.raid',
    side: 'pmo',
    dimension: 'resources_risk',
    weight: 1.5,
    pmoType: 'support',
    patterns: [
      `${KEEP} .{0,3} (raid|risk|risks|issue|issues|decision|dependency|change) (log|logs|register|registers)`,
      'raid (log|logs|register|registers|process)',
      // "Operate change control: log change requests": the office keeps the change log for others.
      `${verbs('log', 'register', 'record')} .{0,2} change requests`,
      '(risk|risks) and (issue|issues|decision|decisions) (log|logs|register|registers)',
    ],
    reason: 'Keeping RAID logs and registers is classic PMO analyst work, though PMs keep their own too.',
  },
  {
    id: 'pmo.resp.finance',
    side: 'pmo',
    dimension: 'resources_risk',
    weight: 2,
    pmoType: 'support',
    patterns: [
      `${verbs('raise', 'track', 'process', 'receipt')} .{0,2} (purchase orders|pos|invoices)`,
      // Not the bare date: "freeze periods (month-end, year-end)" is a change calendar, not finance work.
      '(month|year|quarter) end (close|reporting|process|returns|accruals)',
      '(accruals|actuals|forecasts) (and|vs|versus|against|for)',
      '(financial|finance|cost) (tracking|reconciliation|reconciliations|reporting) (across|for all|of all|for the portfolio)',
      '(timesheet|timesheets) (compliance|submission|submissions|process|data|returns|admin|administration|reporting)',
    ],
    reason: 'Tracking spend, accruals and timesheets across projects is PMO support work (issue 3).',
  },
  {
    id: 'pmo.resp.benefits',
    side: 'pmo',
    dimension: 'reporting',
    weight: 2,
    patterns: ['benefits (realisation|realization|tracking|management|register|framework)'],
    reason: 'Benefits tracking is measured across the portfolio by the PMO.',
  },
  {
    id: 'pmo.resp.dependencies',
    side: 'pmo',
    dimension: 'resources_risk',
    weight: 2,
    patterns: [
      // Not "workstreams": dependencies between the parts of one programme are its manager's to resolve.
      // Initiatives are a transformation portfolio's projects.
      '(dependencies|interdependencies) (across|between) .{0,2} (projects|programmes|teams|initiatives)',
      'cross (project|programme|portfolio) (dependencies|risks|reporting|resourcing)',
    ],
    reason: 'Dependencies between projects are visible only from the portfolio level.',
  },
  {
    id: 'pm.resp.lifecycle',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 2.5,
    patterns: [
      `${verbs('plan', 'initiate')} .{0,3} (execute|executing|execution|deliver|delivery|control|monitor|close|closure)`,
      '(execution|delivery) and (closure|close|handover|close out|closeout)',
      '(project|programme) (initiation|execution|closure|close out|closeout|mobilisation|mobilization|handover)',
    ],
    reason: 'Plans, executes and closes the project: the PM lifecycle (seeds 000, 001, 002).',
  },
  {
    id: 'pm.resp.deliver',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 2.5,
    patterns: [
      `${DELIVER} .{0,3} ${PROJECT_WORK}`,
      `${DELIVER} (the)? (end to end|overall|successful|full|day to day)? delivery of`,
      // "Handle interior fit-out projects": the Singapore and Malaysia word for running them.
      `${verbs('handle')} .{0,4} projects`,
      // "Manage a 300+ unit multifamily project": one project, sized and described.
      `${DELIVER} (a|an|one) .{0,4} (project|development|scheme)`,
      // "You will also take on the project management of the two largest customer projects yourself".
      '(take|takes|taking) on the project management of',
      // "You will be in charge of the project to launch our new distribution centre".
      'in charge of (the|a|this|our) (project|programme|implementation|rollout|launch|construction)',
      // "Act as project manager for the depot upgrade": the ad names the role the project's manager.
      '(act|acts|acting|serve|serves|serving) as (the|an|a)? (lead|assistant|senior)? (project manager|project lead|workstream lead) (for|on|of)',
      // "Personally lead our biggest initiative": said of the role itself, whatever the work is called.
      `personally ${DELIVER}`,
      // "Project manage the gate automation project": the verb itself says the role delivers it.
      `project ${verbs('manage')} (the|a|an|our|this|their|two|three|several|multiple)`,
      // "Plan the migration": planning one piece of work as its own (not "plan the portfolio").
      `${verbs('plan')} (the|this|our) ${PROJECT_WORK}`,
      '(responsible|accountable) for .{0,3} (the)? (delivery|successful delivery|implementation|rollout) of',
      '(take|takes|taking|have|has) (full)? ownership of .{0,3} (delivery|the project|projects)',
    ],
    reason: 'Delivers the work of a project: the project manager’s job (seed 000: “PMs deliver the work”).',
  },
  {
    id: 'pm.resp.scope',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 2,
    patterns: [
      `${verbs('define', 'agree', 'manage', 'control', 'baseline')} .{0,3} scope`,
      'scope (creep|changes|change control|management)',
      // Nominal forms, common in ads written by non-native speakers: "management of the scope and changes".
      '(management|control|definition) of (the)? (scope|project scope)',
      // A contractor's change orders are the project's scope changes, priced and tracked by its PM team.
      `${verbs('track', 'price', 'manage', 'negotiate', 'log', 'handle')} .{0,2} (change orders|change order|variations)`,
      // Administering the head contract: variations, extensions of time and progress claims (GC21, NEC, AS4000).
      '(extensions of time|progress claims|payment claims|compensation events|early warnings|pay applications|payment applications|subcontract buyout|oac meetings)',
      `${verbs('buy')} out .{0,2} (subcontracts|subcontractors|trade packages)`,
      '(project|delivery) (scope|requirements) and (timelines|schedule|budget)',
    ],
    reason: 'Defining and controlling the scope of the project is PM work (seed 001).',
  },
  {
    id: 'pm.resp.schedule',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 2,
    patterns: [
      `${verbs('build', 'create', 'develop', 'produce', 'maintain', 'own', 'prepare', 'draft', 'plan', 'agree', 'baseline', 'make')} .{0,3} (plan|plans|schedule|schedules|timeline|timelines|milestones)`,
      '(planning|scheduling) of (the)? (releases|release|milestones|deliverables|sprints|phases|works|tests|testing|cutover)',
      '(look-aheads|look aheads|lookaheads|look-ahead schedules|look ahead schedules)',
      `${verbs('manage', 'protect', 'drive')} the critical path`,
      // "Draw up the plan and timetable for the move".
      '(draw|draws|drawing) up .{0,3} (plan|plans|timetable|timetables|schedule)',
      `${verbs('prepare', 'update', 'maintain', 'develop', 'produce')} .{0,2} (project|work|works) (programmes|programme)`,
      // "Preparing of project timing and follow the milestones" (the German "Terminplanung").
      '(project timing|timing plan|timing plans)',
      `${verbs('follow', 'track')} (up)? (the|project)? milestones`,
      `${verbs('plan', 'schedule')} (the|our)? (releases|release|cutover)`,
    ],
    reason: 'Building and keeping the project schedule and its milestones is hands-on PM work (seed 001).',
  },
  {
    id: 'pm.resp.budget',
    side: 'pm',
    dimension: 'resources_risk',
    weight: 2,
    patterns: [
      `${verbs('manage', 'control', 'own', 'track', 'monitor', 'hold', 'forecast', 'prepare')} .{0,3} (budget|budgets|costs|p&l|spend|finances)`,
      '(project|programme) (budget|budgets|finances|costs)',
      '(management|control) of the (budget|costs) of the (project|programme)',
      '(budget|budgetary|p&l|cost) responsibility',
      // "For these projects, own the EPCM contractor relationships, budget, schedule …".
      `${verbs('own', 'hold')} .{0,5} budget, schedule`,
    ],
    reason: 'Holding the project budget is part of delivering it (seeds 000, 001).',
  },
  {
    id: 'pm.resp.on_time',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 2.5,
    patterns: [
      '(on|to) (time|schedule) .{0,3} (budget|cost|quality|scope)',
      '(within|on|to) (budget|scope) .{0,3} (time|quality|schedule)',
      // Bare "on time" also times papers and invoices ("distribute them on time"); delivery is said with it.
      '(on schedule|on budget|within budget|to budget|to programme)',
      '(delivered|delivering|deliver|delivers|completed|complete|completing|completion|finished|launched|landed|handed over) .{0,4} on time',
    ],
    reason: 'Delivering on time, in scope and on budget is the PM’s measure of success (seeds 000, 002).',
  },
  {
    id: 'pm.resp.team',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 2,
    patterns: [
      `${verbs('manage', 'lead', 'motivate', 'coordinate', 'direct', 'supervise', 'mobilise', 'mobilize', 'schedule', 'steer')} .{0,3} (team|teams|resources|contractor|contractors|subcontractors|supplier|suppliers|vendor|vendors|trades|consultant|consultants|engineers|developers|workstreams|implementation partner|systems integrator|integrator|firm|removals firm)`,
      'cross functional (team|teams)',
      '(coordination|management|leadership) of (the|a)? .{0,2} (project|delivery|development)? (team|teams)',
      '(coordination|management) (with|of) .{0,8} (contractors|vendors|suppliers|subcontractors)',
      '(contractor|vendor|supplier|epcm|epc|subcontractor) (relationships|relationship)',
    ],
    reason: 'Coordinating the team, suppliers and contractors is delivery work (seeds 000, 004).',
  },
  {
    id: 'pm.resp.golive',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 1.5,
    patterns: [
      '(go live|go-live|cutover|cut over|commissioning|handover to|practical completion)',
      '(user acceptance testing|uat|site mobilisation|site mobilization)',
      // The release into production is one system's go-live, however it is worded.
      '(production|live) (launch|deployment|release|rollout|cutover)',
      '(deployment|deploy|release|launch) (in|into|to) production',
    ],
    reason: 'Go-live, cutover and handover are moments of one project’s delivery.',
  },

  // ───────────── decisions ─────────────
  {
    id: 'pmo.dec.prioritisation',
    side: 'pmo',
    dimension: 'decisions',
    weight: 3,
    pmoType: 'lead',
    patterns: [
      '(project|portfolio|investment|programme|demand) (prioritisation|prioritization|selection|approval|approvals|pipeline)',
      `${verbs('prioritise', 'prioritize')} .{0,3} (projects|portfolio|investments|initiatives|demand|programmes|pipeline)`,
      '(selection|prioritisation|prioritization|investment|approval) criteria',
      // One front door for new work, where requests are weighed before any becomes a project.
      '(intake|demand) (process|processes|funnel|pipeline)',
      // "Prioritisation of the capital plan": ranking many projects against each other.
      '(prioritisation|prioritization) of (the|our)? (capital|investment|change|project|projects|portfolio|programmes|pipeline|initiatives)',
      // "Prioritisation of new projects", "of the ten-year capital works program": only words for many.
      '(prioritisation|prioritization) of .{1,3} (capital|investment|projects|portfolio|programmes|pipeline|initiatives)',
      'demand management',
    ],
    reason:
      'Deciding which projects go ahead and in what order is the PMO’s strategic decision (seeds 000, 001).',
  },
  {
    id: 'pmo.dec.strategic_alignment',
    side: 'pmo',
    dimension: 'decisions',
    weight: 2.5,
    pmoType: 'lead',
    patterns: [
      `${verbs('align')} .{0,4} (projects|portfolio|programmes|initiatives|investment|change) .{0,3} (strategy|strategic|objectives|goals|priorities)`,
      '(strategic|portfolio) (alignment|planning|oversight)',
      '(investment|portfolio|change) (board|committee|decisions|decision making)',
    ],
    reason: 'Aligning the portfolio with strategy is a PMO decision, not a project one (seeds 000, 001).',
  },
  {
    id: 'pmo.dec.approve_methods',
    side: 'pmo',
    dimension: 'decisions',
    weight: 2.5,
    pmoType: 'lead',
    patterns: [
      `${verbs('approve')} .{0,3} (methodologies|methodology|methods|frameworks|business cases|investment)`,
    ],
    reason: 'Approving methods and business cases is a strategic PMO decision (seed 000).',
  },
  {
    id: 'pm.dec.tactical',
    side: 'pm',
    dimension: 'decisions',
    weight: 2,
    patterns: [
      `${verbs('adjust', 'modify', 'amend', 'replan', 'revise', 'reprioritise', 'reprioritize', 'rebaseline')} .{0,3} (timelines|timeline|schedule|schedules|plan|plans|scope|priorities)`,
      `${verbs('reallocate', 'allocate', 'assign', 'deploy')} .{0,2} (resources|tasks|work|people)`,
      'day to day (decisions|decision making|management|running|delivery|coordination|operations)',
      `${verbs('resolve', 'unblock', 'escalate', 'remove', 'clear')} .{0,3} (issues|blockers|problems|conflicts|obstacles)`,
      '(take|takes|taking) corrective (action|actions|measures)',
    ],
    reason:
      'Operational decisions inside one project (timelines, task allocation, blockers) are PM work (seeds 001, 002).',
  },

  // ───────────── monitoring and reporting ─────────────
  {
    id: 'pmo.rep.portfolio',
    side: 'pmo',
    dimension: 'reporting',
    weight: 3,
    patterns: [
      'portfolio (reporting|reports|report|dashboard|dashboards|performance|health|status|view|insight|insights|data|tracker|register|roadmap|pipeline|list|overview|review|reviews)',
      '(health|status|performance) of the (portfolio|programme|programmes|projects)',
      '(consolidated|aggregated|executive|board level|board-level) (reporting|reports|report|dashboards|dashboard|view)',
    ],
    reason: 'Reporting on the whole portfolio to executives is PMO work (seed 002).',
  },
  {
    id: 'pmo.rep.kpis',
    side: 'pmo',
    dimension: 'reporting',
    weight: 2,
    patterns: [
      '(kpis|kpi|metrics|performance indicators) (across|for|of) .{0,3} (portfolio|projects|programmes|pmo|delivery)',
      `${SET_UP} .{0,3} (kpis|kpi|metrics|dashboards|dashboard)`,
      '(dashboards|dashboard) (and|for|across)',
    ],
    reason: 'Defining KPIs and dashboards across projects is portfolio monitoring (seed 002).',
  },
  {
    id: 'pmo.rep.secretariat',
    side: 'pmo',
    dimension: 'reporting',
    weight: 2,
    pmoType: 'support',
    patterns: [
      '(board|committee|steering|governance) (papers|packs|pack|minutes|secretariat|agendas|actions)',
      `${verbs('coordinate', 'organise', 'organize', 'schedule', 'arrange', 'convene')} .{0,4} (committee|board|steering|governance) (meetings|meeting)`,
      '(action items|action log|actions log|decision log)',
      `${verbs('prepare', 'produce', 'publish', 'compile')} .{0,3} (mis|management information)`,
      `${verbs('take', 'record', 'draft')} (the)? minutes`,
      // "The materials and minutes of the weekly PMO meeting and the steering committee".
      '(minutes|agendas|papers) of the .{0,3} (pmo|steering|governance) (meeting|meetings|committee|committees)',
      'secretariat (support|function|for|to)',
      `${verbs('prepare', 'produce', 'compile', 'circulate')} .{0,3} (materials|papers|packs|pack|agendas|agenda) for .{0,4} (meeting|meetings|review|reviews|committee|committees|board|boards)`,
      // Chasing the projects' owners for their updates is how a PMO's reporting cycle is fed.
      '(follow|following|follows|chase|chasing|chases) up with (the)? (project owners|project managers|pms|project leads|workstream leads)',
    ],
    reason: 'Preparing board papers and minutes is PMO support’s secretariat role.',
  },
  {
    id: 'pm.rep.status',
    side: 'pm',
    dimension: 'reporting',
    weight: 1.5,
    patterns: [
      `${verbs('provide', 'produce', 'write', 'present', 'deliver', 'give', 'prepare', 'issue')} .{0,3} (status|progress|highlight) (reports|report|updates|update|reporting)`,
      `${verbs('report')} (progress|status)`,
      // The project board and sponsor are one project's governance (PRINCE2); the PM answers to them.
      `${verbs('report')} to (the|its|a|your)? (project board|project sponsor|project steering|sponsor|project sponsors)`,
      // One project's own committees (its board, its steering group) are the PM's to prepare and answer to.
      'project (committee|committees|steering committee|steering committees|steering group|steering groups|group meetings|board meetings)',
      `${verbs('organise', 'organize', 'chair', 'run')} .{0,2} project (group|board)`,
      '(project) (status|progress) (reports|reporting|updates)',
      '(status|progress) (meetings|meeting|calls) with (the|our)? (client|clients|customer|customers|sponsor)',
      `${verbs('prepare', 'produce', 'write', 'submit')} .{0,2} project (reports|report)`,
      // One project's report to its funder or client ("writing the quarterly report to the funder").
      `${verbs('write', 'prepare', 'submit', 'produce')} .{0,3} (report|reports) to the (funder|donor|client|sponsor)`,
      // Preparing one's own project's gate papers; running the gate reviews is the PMO's (stage-gate entry).
      `${verbs('prepare', 'submit', 'produce', 'present')} .{0,2} (gate|stage gate|gateway) (review)? (documentation|documents|papers|submissions|packs|pack|reports)`,
      '(progress|status) (follow up|follow-up|followup) (until|to|through) (completion|handover|closure|go live)',
      '(reporting|report) of (the)? project (status|progress)',
    ],
    reason: 'Reporting one project’s status to its stakeholders is PM work (seed 002).',
  },
  {
    id: 'pm.rep.stakeholders',
    side: 'pm',
    dimension: 'reporting',
    weight: 1.5,
    patterns: [
      `${verbs('manage', 'engage', 'update', 'communicate', 'liaise', 'brief')} .{0,4} (stakeholders|sponsor|sponsors|client|clients|customers)`,
      'stakeholder (management|engagement|expectations)',
      '(keep|keeps|keeping) (the)? (clients|customers|homeowners|stakeholders|sponsors|client|customer|sponsor) (updated|informed)',
      'communication with (the)? (customer|customers|client|clients|sponsor)',
    ],
    reason: 'Keeping the project’s own stakeholders informed is PM work (seeds 000, 001, 002).',
  },

  // ───────────── resources and risk ─────────────
  {
    id: 'pmo.res.capacity',
    side: 'pmo',
    dimension: 'resources_risk',
    weight: 3,
    patterns: [
      '(resource|resourcing|capacity) (planning|management|allocation|forecasting|forecast|model|plan) (across|for the portfolio|for all)',
      `${verbs('allocate', 'prioritise', 'prioritize', 'balance')} .{0,2} (resources|resourcing|capacity) across`,
      '(portfolio|enterprise) (resource|resourcing|capacity)',
    ],
    reason: 'Allocating resources across projects is a PMO responsibility (seeds 001, 002).',
  },
  {
    id: 'pmo.res.capacity_plain',
    side: 'pmo',
    dimension: 'resources_risk',
    weight: 1.2,
    patterns: [
      '(resource|resourcing|capacity) (planning|management|forecasting|tracking|plan|plans|requests)',
    ],
    reason: 'Resource and capacity planning usually sits with the PMO, though PMs plan their own team.',
  },
  {
    id: 'pmo.res.portfolio_risk',
    side: 'pmo',
    dimension: 'resources_risk',
    weight: 3,
    patterns: [
      '(portfolio|enterprise|corporate|strategic|organisational|organizational|programme level) (risk|risks)',
      '(risks|risk|issues) across (the|all)? .{0,2} (portfolio|projects|programmes|organisation|organization)',
    ],
    reason: 'Risk across the whole portfolio is a PMO view (seed 002).',
  },
  {
    id: 'pm.res.project_risk',
    side: 'pm',
    dimension: 'resources_risk',
    weight: 1.5,
    patterns: [
      `${verbs('manage', 'mitigate', 'identify', 'own', 'resolve', 'handle', 'track')} .{0,3} (risks|risk|issues|dependencies)`,
      '(project|delivery) (risks|risk|issues)',
    ],
    reason: 'Managing the project’s own risks and issues is the PM’s first-responder role (seed 002).',
  },

  // ───────────── tools ─────────────
  {
    id: 'pmo.tools.ppm',
    side: 'pmo',
    dimension: 'tools',
    weight: 2.5,
    patterns: [
      '(ppm|portfolio management|portfolio|project portfolio management) (tool|tools|system|systems|software|platform|solution)',
      '(planview|sciforma|daptiv|keyedin|servicenow spm|servicenow ppm|clarity ppm|project online|project server|project for the web|jira align)',
      '(microsoft|ms) project (online|server|for the web)',
    ],
    reason: 'Portfolio (PPM) tools serve the PMO’s cross-project view (seed 001).',
  },
  {
    id: 'pmo.tools.admin',
    side: 'pmo',
    dimension: 'tools',
    weight: 2,
    pmoType: 'support',
    patterns: [
      `${verbs('administer', 'configure', 'maintain', 'support', 'manage', 'own')} .{0,3} (planning|ppm|reporting|portfolio) (tool|tools|system|systems|software|platform)`,
      '(tool|system|platform) (administration|administrator|admin|configuration)',
    ],
    reason: 'Administering the planning or PPM tool is PMO support work (issue 3).',
  },
  {
    id: 'pmo.tools.reporting',
    side: 'pmo',
    dimension: 'tools',
    weight: 1,
    patterns: ['(power bi|powerbi|tableau|sharepoint|primavera|p6)'],
    reason: 'Reporting and scheduling platforms lean PMO (seed 001), though planners and PMs use them too.',
  },
  {
    id: 'pm.tools.task',
    side: 'pm',
    dimension: 'tools',
    weight: 1,
    patterns: [
      '(trello|asana|basecamp|wrike|clickup|smartsheet)',
      '(jira|ms project|microsoft project|gantt)',
    ],
    reason: 'Task and single-plan tools serve one project’s day-to-day work (seed 001).',
  },

  // ───────────── skills ─────────────
  {
    id: 'pmo.skills.analysis',
    side: 'pmo',
    dimension: 'skills',
    weight: 1.5,
    pmoType: 'support',
    patterns: [
      '(advanced|strong|excellent|expert|good) .{0,2} (excel|spreadsheet|data analysis|analytical)',
      '(data analysis|data analytics|data quality|data-driven|pivot tables|vlookup|vlookups)',
      '(attention to detail|eye for detail|highly organised|highly organized)',
    ],
    reason: 'Data analysis and meticulous organisation are the PMO skills the seeds name (seeds 000, 001).',
  },
  {
    id: 'pmo.skills.method',
    side: 'pmo',
    dimension: 'skills',
    weight: 2,
    patterns: [
      '(methodology|process|framework) (development|design|improvement)',
      '(continuous|process) improvement',
      '(business strategy|strategic thinking|strategic mindset|organisational design|organizational design)',
    ],
    reason: 'Methodology development and strategic thinking are PMO skills (seed 001).',
  },
  {
    id: 'pm.skills.leadership',
    side: 'pm',
    dimension: 'skills',
    weight: 1,
    patterns: [
      '(leadership|problem solving|problem-solving|negotiation|decision making|influencing) (skills|ability|abilities|style)',
      '(strong|proven|inspiring|natural) (leader|leadership)',
    ],
    reason: 'Leadership and problem solving are the PM skills the seeds name (seeds 000, 001).',
  },
  {
    id: 'pm.skills.experience',
    side: 'pm',
    dimension: 'skills',
    weight: 2,
    patterns: [
      `(experience|record|history) .{0,3} ${verbs('deliver', 'manage', 'lead', 'run')} .{0,4} (projects|programmes|project|programme|implementations|schemes|migrations)`,
      '(delivered|managed|led) .{0,3} (projects|programmes|schemes) (of|worth|valued|up to|from)',
      '(experience|years) as (a|an)? .? (project manager|project managers|programme manager)',
    ],
    reason: 'A track record of delivering projects is what PM ads ask for (seed 001).',
  },

  // ───────────── credentials ─────────────
  {
    id: 'pmo.cred.portfolio',
    side: 'pmo',
    dimension: 'credentials',
    weight: 3,
    patterns: ['(p3o|pfmp|mop|management of portfolios|portfolio management professional)'],
    reason: 'P3O, MoP and PfMP certify portfolio and PMO practice (seed 001).',
  },
  {
    id: 'pmo.cred.msp',
    side: 'pmo',
    dimension: 'credentials',
    weight: 1,
    patterns: ['(msp|managing successful programmes)'],
    reason: 'MSP is programme-level; PMO ads in the UK often ask for it (seed 001).',
  },
  {
    id: 'pm.cred.pmp',
    side: 'pm',
    dimension: 'credentials',
    weight: 1.5,
    patterns: ['(pmp|capm|pmq|ppq|chpp|chartered project professional)', 'project management professional'],
    reason: 'PMP and APM project qualifications certify delivering projects (seed 001).',
  },
  {
    id: 'pm.cred.prince2',
    side: 'pm',
    dimension: 'credentials',
    weight: 0.5,
    patterns: ['(prince2|prince 2|prince ii)'],
    reason: 'PRINCE2 is asked of both; slightly more often of project managers (seed 001).',
  },
  {
    id: 'pm.cred.industry',
    side: 'pm',
    dimension: 'credentials',
    weight: 1,
    patterns: [
      '(construction|engineering|infrastructure|software|clinical|manufacturing|pharmaceutical|utilities|rail|telecoms|fit-out|fit out|civil|mep|m&e) (project|projects|delivery|sector|industry) (experience|background|environment)',
      '(nec|jct|riba|cdm) (contracts|contract|plan of work|regulations|2015)',
    ],
    reason: 'Industry-specific delivery experience is a PM requirement (seed 001).',
  },

  // ───────────── stance ─────────────
  {
    id: 'pmo.stance.guardian',
    side: 'pmo',
    dimension: 'stance',
    weight: 3,
    relational: true,
    patterns: [
      '(guardian|guardians|custodian|custodians|owner|owners|champion|champions) of .{0,3} (methods|methodology|standards|process|processes|governance|framework|best practice)',
      '(advisory|assurance|oversight) (role|function|capacity|service)',
      '(project|programme|delivery|portfolio) assurance',
    ],
    reason: 'The PMO advises and assures; it is the “guardian of methods” (seed 002).',
  },
  {
    id: 'pmo.stance.run_pmo',
    side: 'pmo',
    dimension: 'stance',
    weight: 3.5,
    pmoType: 'lead',
    patterns: [
      `${verbs('run', 'build', 'lead', 'head', 'establish', 'set', 'stand', 'create', 'mature', 'grow', 'transform', 'design', 'shape', 'reshape', 'evolve', 'manage', 'develop', 'rebuild', 'refresh', 'launch', 'embed', 'scale')} .{0,3} ${PMO}`,
      `head of (the)? .? ${PMO}`,
      // Nominal forms, as German- or Spanish-speaking writers put duties: "Management of the IT PMO".
      `(management|leadership|direction|establishment) of (the|our|an|a)? .? ${PMO}`,
      `${PMO} (manager|director|head|lead|leader|leadership|function lead)`,
      `${verbs('manage', 'lead', 'develop')} .{0,3} pmo (team|staff|analysts|officers)`,
      `${verbs('manage', 'lead')} .{0,4} (project managers|programme managers|pmo analysts|project support officers|pmo officers)`,
      // A transformation office is the PMO of a transformation portfolio (title.ts reads it so too).
      `${verbs('run', 'build', 'lead', 'head', 'establish', 'manage', 'set', 'stand', 'create')} .{0,3} (project|programme|portfolio|transformation) (management|delivery)? office`,
      '(project|programme|portfolio|transformation) (management|delivery)? office (manager|director|head|lead)',
    ],
    reason: 'Building, running or heading the PMO itself: a PMO lead role (domain.md).',
  },
  {
    id: 'pmo.stance.pmo_member',
    side: 'pmo',
    dimension: 'stance',
    weight: 2.5,
    pmoType: 'support',
    patterns: [
      `${PMO} (analyst|analysts|officer|officers|coordinator|co-ordinator|administrator|support|practitioner|specialist|assistant|consultant)`,
      `(join|joining|within|in|part of|member of) (the|our|a)? .? ${PMO}`,
      '(project|programme|portfolio) (support|office) (officer|officers|analyst|function|team|coordinator|administrator)',
    ],
    reason: 'Working inside the PMO (analyst, officer, coordinator): PMO support work (domain.md).',
  },
  {
    id: 'pmo.stance.pmo_mention',
    side: 'pmo',
    dimension: 'stance',
    weight: 1,
    relational: true,
    patterns: [
      `(the|our|a)? ${PMO}`,
      '(project|programme|portfolio) management office',
      '(portfolio|programme|project|transformation|change) office',
    ],
    reason: 'Names the PMO; whether the role runs it or works with it decides which way this counts.',
  },
  {
    id: 'pm.stance.hands_on',
    side: 'pm',
    dimension: 'stance',
    weight: 2,
    patterns: [
      '(hands on|hands-on) (delivery|project|approach|role|leader|manager)',
      '(in the trenches|heart of the action|roll up your sleeves|rolled up sleeves|boots on the ground)',
      '(get|gets|getting) (their|your|his|her) hands dirty',
      'accountable for .{0,4} (delivery|outcomes|success|results|the project|the programme)',
    ],
    reason: 'Hands-on and accountable for outcomes: the PM stance (seeds 000, 002).',
  },

  {
    id: 'pm.stance.delivery_role',
    side: 'pm',
    dimension: 'stance',
    weight: 1.5,
    patterns: [
      '(delivery|delivery-focused|project management|project manager|delivery focused) (role|position|post)',
    ],
    reason: 'The ad calls itself a delivery role (or, negated, says it is not one).',
  },

  {
    id: 'pm.resp.schedule_noun',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 1,
    // In construction English the "project programme" is its schedule (US spelling is read as UK).
    patterns: ['(project|delivery|detailed) (plan|plans|schedule|schedules|timeline|timelines|programme)'],
    reason: 'The project plan or schedule is named; who builds it is not said, so a weak PM hint.',
  },

  // ───────────── French (the most common non-English ads here; accents are stripped before matching) ─────────────
  {
    id: 'pm.fr.pilot',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 2.5,
    patterns: [
      `${verbs('piloter', 'conduire', 'mener', 'gerer')} .{0,3} (projet|projets)`,
      '(pilotage|conduite) du projet',
      'de bout en bout',
    ],
    reason: 'Piloter / conduire le projet: delivering the project, in French ads.',
  },
  {
    id: 'pm.fr.plan_budget',
    side: 'pm',
    dimension: 'responsibilities',
    weight: 2,
    patterns: [
      '(planning|budget|calendrier|perimetre|jalons) (du|de|des) (projet|projets)',
      `${verbs('animer', 'encadrer', 'coordonner')} .{0,2} (equipe|equipes|prestataires)`,
      '(mise en production|recette|cahier des charges)',
    ],
    reason: 'The project’s plan, budget and team in a French ad: PM work.',
  },
  {
    id: 'pmo.fr.portfolio',
    side: 'pmo',
    dimension: 'scope',
    weight: 3,
    patterns: [
      '(portefeuille|portefeuilles) (de|des) (projets|programmes)',
      '(gouvernance|pilotage|revue|revues|suivi) (du|de|des) (portefeuille|portefeuilles)',
      'ensemble des projets',
    ],
    reason: 'The portfolio of projects as a whole: PMO work, in French ads.',
  },
  {
    id: 'pmo.fr.standards',
    side: 'pmo',
    dimension: 'responsibilities',
    weight: 2.5,
    relational: true,
    patterns: [
      `${verbs('definir', 'harmoniser', 'deployer', 'formaliser')} .{0,3} (standards|methodologie|methodes|gouvernance|processus|outils|referentiel)`,
      `${verbs('consolider')} .{0,3} (reporting|reportings|indicateurs|tableaux)`,
      '(tableaux|tableau) de bord',
      'plan de charge',
    ],
    reason: 'Standards, consolidated reporting and dashboards across projects: PMO work, in French ads.',
  },

  {
    id: 'pmo.fr.support',
    side: 'pmo',
    dimension: 'reporting',
    weight: 2,
    pmoType: 'support',
    patterns: [
      `${verbs('preparer', 'organiser')} .{0,2} (comites|comite|instances)`,
      '(comptes rendus|compte rendu|ordre du jour|suivi budgetaire)',
      '(mettre|mise) a jour .{0,2} (outil|outils|referentiel)',
    ],
    reason: 'Preparing committees, minutes and budget follow-up: PMO support work, in French ads.',
  },

  // ───────────── another role altogether ─────────────
  {
    id: 'neither.product_manager',
    side: 'neither',
    // A product manager at a PPM vendor owns "the product experience for portfolio leaders: intake,
    // capacity planning, dashboards": the portfolio words are what the product does.
    topical: true,
    dimension: 'other_role',
    weight: 2.5,
    looksLike: 'product manager',
    patterns: [
      'product (roadmap|roadmaps|vision|strategy|discovery|lifecycle|metrics|analytics|market fit|requirements|area|areas|experience)',
      // "The roadmap for the Portfolio Management product area": the roadmap of a product, not a plan.
      '(roadmap|roadmaps) for (the|our|a)? .{0,3} (product|products|module|modules|feature|features)',
      // Not bare "go-to-market": it also names a department ("trade-offs across engineering and go-to-market").
      '(go to market|go-to-market) (strategy|strategies|plan|plans|planning|launch|launches|motion)',
      '(market research|pricing strategy)',
      '(customer|user) (research|interviews|insights|needs|feedback)',
      `${verbs('run', 'lead', 'conduct', 'drive')} .{0,3} discovery`,
      '(usage analytics|feature adoption|a/b tests|a/b testing|ab tests|product experiments)',
      '(years of|experience in|background in|years in) product management',
      `${verbs('turn', 'translate')} .{0,5} into (features|products|product requirements)`,
    ],
    reason: 'Owning a product’s roadmap and discovery is product management, not project work.',
  },
  {
    id: 'neither.product_owner',
    side: 'neither',
    dimension: 'other_role',
    weight: 2.5,
    looksLike: 'product owner',
    patterns: [
      '(product|feature) (backlog|backlogs)',
      'backlog (refinement|grooming|prioritisation|prioritization)',
      `${verbs('prioritise', 'prioritize', 'groom', 'refine', 'order')} (the|our|your)? backlog`,
    ],
    reason: 'Owning and refining a backlog is a product owner’s job.',
  },
  {
    id: 'neither.scrum_master',
    side: 'neither',
    dimension: 'other_role',
    weight: 2.5,
    looksLike: 'scrum master',
    patterns: [
      '(scrum|agile) (ceremonies|events|rituals)',
      'sprint (planning|reviews|review|retrospectives|retrospective|goals|cadence)',
      `${verbs('facilitate', 'run')} .{0,3} (standups|stand ups|retrospectives|retros|daily scrum)`,
      'servant (leader|leadership)',
      '(remove|removing|removes) .{0,2} (impediments|impediment)',
      '(velocity|burndown|burn-down) (charts|chart|metrics|tracking)?',
    ],
    reason: 'Facilitating scrum events and removing impediments is a scrum master’s work.',
  },
  {
    id: 'neither.agile_coach',
    side: 'neither',
    dimension: 'other_role',
    weight: 2,
    looksLike: 'agile coach',
    patterns: [
      `${verbs('coach')} .{0,3} (teams|team|leaders) .{0,3} (agile|scrum|kanban|lean)`,
      'agile (transformation|coaching)',
    ],
    reason: 'Coaching teams in agile ways of working is an agile coach’s role.',
  },
  {
    id: 'neither.business_analyst',
    side: 'neither',
    dimension: 'other_role',
    weight: 2,
    looksLike: 'business analyst',
    patterns: [
      '(requirements|requirement) (gathering|elicitation|analysis|workshops|documentation)',
      '(elicit|document|capture) .{0,3} (business|functional|user)? requirements',
      '(process|business process) (mapping|modelling|modeling|maps)',
      '(user stories|use cases|acceptance criteria|as-is|to-be)',
      'gap analysis',
      // A qualifier says whose requirements: a PM "gathers requirements", an analyst elicits the business's.
      `${verbs('gather', 'elicit', 'analyse', 'analyze', 'capture', 'document')} .{0,3} (business|functional|user|system|systems|stakeholder|non-functional) requirements`,
      'functional (specifications|specification|specs|spec|design documents)',
      `${verbs('map', 'model')} .{0,4} (processes|process flows|workflows)`,
      '(bpmn|uml)',
      // The role the ad asks experience of: "3+ years as a business analyst".
      '(as|of) (a|an)? (business|systems|functional|process) (analyst|analysts)',
    ],
    reason:
      'Eliciting requirements, mapping processes and writing functional specifications is business analysis, whatever the title calls the analyst.',
  },
  {
    id: 'neither.software_engineer',
    side: 'neither',
    dimension: 'other_role',
    weight: 2.5,
    looksLike: 'software engineer',
    patterns: [
      `${verbs('write', 'develop', 'ship')} .{0,2} (code|software|apis|microservices|features)`,
      '(code|coding) (reviews|review|standards|quality)',
      '(pull requests|unit tests|integration tests|ci cd|typescript|kubernetes|golang)',
    ],
    reason: 'Writing and reviewing code is engineering work.',
  },
  {
    id: 'neither.project_engineer',
    side: 'neither',
    dimension: 'other_role',
    weight: 2,
    looksLike: 'project engineer',
    patterns: [
      '(engineering|technical) (drawings|calculations|specifications|design reviews|queries|submittals)',
      `${verbs('produce', 'review', 'check', 'prepare')} .{0,2} (drawings|calculations|datasheets|p&ids)`,
      '(autocad|revit|solidworks|cad)',
      '(rfis|rfi|requests for information)',
    ],
    reason: 'Drawings, calculations and technical queries are a project engineer’s work.',
  },
  {
    id: 'neither.project_engineer_paper',
    side: 'neither',
    dimension: 'other_role',
    weight: 2,
    looksLike: 'project engineer',
    patterns: [
      '(shop drawings|submittals|submittal process|quantity take-offs|quantity takeoffs|quantity take offs|deficiency lists)',
    ],
    reason:
      'Submittals, shop drawings and take-offs are the paper a general contractor’s project engineer runs between design and site.',
  },
  {
    id: 'neither.site_manager',
    side: 'neither',
    dimension: 'other_role',
    weight: 2,
    looksLike: 'site manager',
    patterns: [
      '(toolbox talks|site inductions|site induction|site diary|daily site)',
      '(supervise|supervising|supervises) .{0,2} (trades|operatives|labourers|subcontractors on site)',
    ],
    reason: 'Running day-to-day site safety and trades is a site manager’s job.',
  },
  {
    id: 'neither.site_cards',
    side: 'neither',
    dimension: 'other_role',
    weight: 0.8,
    looksLike: 'site manager',
    patterns: ['(smsts|sssts|cscs)'],
    reason: 'Site safety cards are required of site managers, though construction PMs often hold them too.',
  },
  {
    id: 'neither.office_manager',
    side: 'neither',
    dimension: 'other_role',
    weight: 2.5,
    looksLike: 'office manager',
    patterns: [
      'office (supplies|equipment|moves|facilities|administration|environment|operations)',
      `${verbs('manage', 'hold', 'own', 'run')} the office budget`,
      '(reception|front desk|post room|stationery|meet and greet|visitors)',
      'facilities (management|contracts|requests|team)',
      '(travel|event|events) (bookings|booking|arrangements|planning)',
      `${verbs('order', 'stock', 'replenish')} .{0,2} (supplies|stationery|consumables)`,
      `${verbs('greet', 'welcome')} .{0,2} (clients|visitors|guests)`,
    ],
    reason: 'Running an office (supplies, reception, facilities) is office management.',
  },
  {
    id: 'neither.office_admin',
    side: 'neither',
    dimension: 'other_role',
    weight: 1.5,
    looksLike: 'office manager',
    patterns: [
      `${verbs('manage', 'organise', 'organize', 'coordinate', 'keep')} .{0,3} (diaries|diary|calendars)`,
      'diary management',
      'secretarial (support|duties|services|studies)',
      '(petty cash|correspondence and filing|filing and correspondence)',
      // "A Project Coordinator to support our Sales and Marketing department": an administrator for a team that runs no projects.
      `${verbs('support')} (our|the) .{0,2} (sales|marketing|hr|human resources|finance|customer service|operations) .{0,2} (department|team|function|teams)`,
      // "5+ years' experience as an executive assistant": the role the ad asks experience of.
      '(as|of) (a|an)? (executive|personal) (assistant|assistants|secretary|secretaries)',
      `${verbs('coordinate', 'organise', 'organize', 'arrange')} (the)? (onboarding|induction) of new (team members|starters|joiners|staff|employees)`,
      `${verbs('answer', 'handle', 'field')} .{0,2} (phones|phone|telephone|calls)`,
      '(holiday|sickness|absence|attendance) (and (holiday|sickness|absence))? records',
    ],
    reason:
      'Diaries, phones and absence records are office administration (a PMO officer may keep a director’s diary, but not the phones).',
  },
  {
    id: 'neither.accountant',
    side: 'neither',
    dimension: 'other_role',
    weight: 2.5,
    looksLike: 'accountant',
    patterns: [
      '(accounts payable|accounts receivable|general ledger|bank reconciliations|vat returns|statutory accounts|management accounts|year-end accounts|year end accounts|payroll)',
      '(aca|acca|cima|aat|cpa) (qualified|qualification|part-qualified|part qualified|finalist|or equivalent)',
      '(journals|ledgers|ifrs|gaap|revenue recognition|balance sheet|statutory audit|external audit|year end audit|qualified accountant)',
    ],
    reason: 'Ledgers, reconciliations and statutory accounts are accountancy.',
  },
  {
    id: 'neither.project_accountant',
    side: 'neither',
    dimension: 'other_role',
    weight: 2,
    looksLike: 'accountant',
    patterns: [
      // A contractor's project accountant closes each contract's books: CVRs, WIP, accruals.
      '(cost value reconciliations|cost-value reconciliations|cvrs|cvr|job costing|prepayments|month end close|month-end close|subcontractor accounts|revenue accruals)',
      // Project accounting in services firms: unbilled and deferred revenue under IFRS 15 / ASC 606.
      '(unbilled revenue|deferred revenue|journal entries|asc 606|ifrs 15|ind as 115|aasb 15|debtors|creditors)',
      `${verbs('reconcile')} .{0,3} (costs|invoices|ledgers|accounts|accruals|retentions)`,
      // "This role sits in Finance and does not manage projects": the ad says where the job belongs.
      '(sits|based|is) in (the)? (finance|accounts|accounting) (team|department|function)?',
      '(acca|cima|icaew|icas)',
    ],
    reason:
      'Cost-value reconciliations, job costing and month-end accruals are a project accountant’s books, and ACCA or CIMA its qualification.',
  },
  {
    id: 'neither.marketing',
    side: 'neither',
    dimension: 'other_role',
    weight: 1.5,
    looksLike: 'marketing role',
    patterns: [
      '(campaign|campaigns) (performance|strategy|creative|planning)',
      '(seo|ppc|social media) (strategy|campaigns|content)',
      // Field marketing: trade events, in-store activations, sampling and branded materials.
      '(trade events|in-store activations|supermarket activations|product tastings|product sampling|branded materials|point of sale materials|brand ambassadors|promoters)',
    ],
    reason: 'Running campaigns is marketing work, even when the title says “project”.',
  },
  {
    id: 'neither.investment',
    side: 'neither',
    topical: true,
    dimension: 'other_role',
    weight: 2.5,
    looksLike: 'investment analyst',
    patterns: [
      '(investment|fund|asset|wealth|discretionary|client) (portfolios|managers|mandates|allocation)',
      '(equities|securities|rebalancing|bonds|derivatives|aum|cfa)',
      '(asset|portfolio|fund|equity|company) valuations',
    ],
    reason: 'Investment portfolios (funds, equities, mandates) are finance, not project portfolios.',
  },
  {
    id: 'neither.trainer',
    side: 'neither',
    topical: true,
    dimension: 'other_role',
    weight: 2,
    looksLike: 'trainer',
    patterns: [
      `${verbs('deliver', 'run', 'design', 'tailor', 'teach')} .{0,3} (courses|course|classes|lessons|syllabus)`,
      '(learners|delegates|trainees|exam pass|pass rates)',
      '(classroom|exam|exams|accredited|accreditation) (training|courses|course|delivery|preparation)',
    ],
    reason: 'Teaching courses about project management is training, not doing it.',
  },
  {
    id: 'neither.customer_success',
    side: 'neither',
    topical: true,
    dimension: 'other_role',
    weight: 2.5,
    looksLike: 'customer success manager',
    patterns: [
      // Not bare "renewals": a rail alliance renews track and signalling.
      '(customer success|account management|upsell|upselling|churn|customer onboarding|customer adoption)',
      '(subscription|licence|license|customer|contract|software) renewals',
      'book of (customers|accounts|clients)',
      `${verbs('help', 'enable', 'support', 'guide')} (customers|clients|users) .{0,3} (value|adopt|adoption|outcomes|success)`,
    ],
    reason:
      'Looking after software customers (renewals, adoption) is customer success, even for PPM software.',
  },
  {
    id: 'neither.recruiter',
    side: 'neither',
    topical: true,
    dimension: 'other_role',
    weight: 2.5,
    looksLike: 'recruiter',
    patterns: [
      `${verbs('recruit', 'place', 'source', 'headhunt', 'hire')} .{0,8} for (our|their|your) clients`,
      '(candidate|talent) (pipelines|pipeline|pools|pool|sourcing|attraction)',
      '(placements|billings|fee income|headhunting|talent acquisition)',
      'recruitment (consultant|consultants|consultancy|agency|desk|targets|billings|sales)',
    ],
    reason:
      'Placing candidates with clients is recruitment, whatever project roles it fills (an agency ad names them all).',
  },
];

export const LEXICON: readonly LexiconEntry[] = z.array(LexiconEntrySchema).parse(ENTRIES);
