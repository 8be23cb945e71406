/**
 * The traps of domain.md, one ad each: a word counter gets these wrong; the analyzer must not.
 * Every test checks the verdict and that the evidence quotes the right sentence and phrase.
 */
import { describe, expect, it } from 'vitest';
import { readNotAnAd } from '../../../src/analyze/sections';
import { ClassificationSchema } from '../../../src/schema';
import { evidenceFor, run } from './helpers';

const PM_NAMING_PMO = `We are hiring a project manager for our finance systems upgrade.
What you'll do
• Plan, execute and close the upgrade project on time and within budget
• Build the detailed project plan and manage the budget
• Lead the delivery team of developers and testers
• Follow PMO standards and report status to the PMO every month
• Work with the PMO on stage gate reviews`;

describe('a PM ad that names the PMO as a stakeholder', () => {
  const result = run(PM_NAMING_PMO);

  it('reads as PM, not PMO', () => {
    expect(result.verdict).toBe('pm');
    expect(result.lean).toBeLessThan(-0.5);
  });

  it('counts "report status to the PMO" for the PM side, saying why', () => {
    const mention = evidenceFor(result, 'the PMO');
    expect(mention.text).toBe('Follow PMO standards and report status to the PMO every month');
    expect(mention.side).toBe('pm');
    expect(mention.context).toContain('follows or reports to the PMO');
  });

  it('reads "follow PMO standards" as following, not setting, standards', () => {
    const standards = evidenceFor(result, 'PMO standards');
    expect(standards.side).toBe('pm');
  });
});

const PM_WITH_BOILERPLATE = `About us
Harbour Logistics is a leader in portfolio governance and enterprise PMO consulting, with governance frameworks used by 300 clients.
The role
• Deliver the warehouse automation project from initiation to handover
• Manage the project budget and schedule, and coordinate suppliers and contractors
• Report progress to the project sponsor weekly
Benefits
• Pension, 25 days annual leave and a governance framework training allowance
Equal opportunities
We are an equal opportunity employer and follow a fair governance process for all hiring.`;

describe('boilerplate that talks about governance', () => {
  const result = run(PM_WITH_BOILERPLATE);

  it('does not let about-us and benefits text decide the verdict', () => {
    expect(result.verdict).toBe('pm');
  });

  it('keeps the about-us phrase as evidence but weighs it near zero', () => {
    const about = evidenceFor(result, 'portfolio governance');
    expect(about.section).toBe('about');
    const duty = evidenceFor(result, 'Deliver the warehouse automation project');
    expect(duty.section).toBe('duties');
    expect(about.weight).toBeLessThan(duty.weight / 5);
  });
});

const PMO_WITH_NEGATION = `PMO Analyst – Transformation
Responsibilities
• Collate monthly highlight reports from project managers into the portfolio dashboard
• Maintain the RAID log and the resource plan across all projects
• Support project managers with templates and governance
• You will not manage projects yourself and there is no line management.`;

describe('negation', () => {
  const result = run(PMO_WITH_NEGATION);

  it('reads as PMO support', () => {
    expect(result.verdict).toBe('pmo');
    expect(result.pmoType).toBe('support');
  });

  it('records the negated delivery phrase with zero weight', () => {
    const negated = evidenceFor(result, 'manage projects');
    expect(negated.text).toBe('You will not manage projects yourself and there is no line management.');
    expect(negated.context).toContain('negated');
    expect(negated.weight).toBe(0);
  });
});

const PM_WITH_HEDGE = `Project Manager – Clinic Refurbishment
What you will do
• Lead the refurbishment project end to end delivery from design to handover
• Own the programme schedule, manage the budget and coordinate contractors
• Resolve issues on site and report progress to the client
Nice to have
• Exposure to portfolio reporting would be a plus`;

describe('hedges', () => {
  const result = run(PM_WITH_HEDGE);

  it('reads as PM', () => {
    expect(result.verdict).toBe('pm');
  });

  it('discounts the hedged portfolio phrase', () => {
    const hedged = evidenceFor(result, 'portfolio reporting');
    expect(hedged.text).toBe('Exposure to portfolio reporting would be a plus');
    expect(hedged.context).toContain('hedged');
    expect(hedged.weight).toBeLessThan(1);
  });
});

const PMO_LEAD = `Head of PMO
The role
• Build and lead the PMO for a growing technology company
• Define project management standards, templates and the governance framework
• Run portfolio prioritisation with the executive team and set the selection criteria
• Manage a team of four PMO analysts`;

describe('PMO support versus lead', () => {
  it('calls an ad about building and running the PMO a lead role', () => {
    const result = run(PMO_LEAD);
    expect(result.verdict).toBe('pmo');
    expect(result.pmoType).toBe('lead');
    const run_ = evidenceFor(result, 'Build and lead the PMO');
    expect(run_.side).toBe('pmo');
    expect(run_.dimension).toBe('stance');
  });

  it('calls an ad about RAID logs and reporting packs a support role', () => {
    const result = run(PMO_WITH_NEGATION);
    expect(result.pmoType).toBe('support');
    expect(evidenceFor(result, 'Collate monthly highlight reports from project managers').side).toBe('pmo');
  });
});

const HYBRID = `The role
• Lead the delivery of the CRM migration project: own the plan, the budget and the delivery team
• Manage project risks and issues and report progress to the sponsor
• Deliver the project on time and within budget
• Set up the PMO: define governance standards and templates for all projects
• Produce the consolidated portfolio reporting for the executive board
• Run resource capacity planning across the portfolio`;

describe('a hybrid', () => {
  const result = run(HYBRID, 'Project Manager / PMO Lead');

  it('says hybrid and which side dominates, with evidence from both', () => {
    expect(result.verdict).toBe('hybrid');
    expect(result.dominant).not.toBeNull();
    expect(result.evidence.some((e) => e.side === 'pmo' && e.weight > 1)).toBe(true);
    expect(result.evidence.some((e) => e.side === 'pm' && e.weight > 1)).toBe(true);
    expect(evidenceFor(result, 'Set up the PMO').side).toBe('pmo');
  });
});

describe('neither', () => {
  it('recognises a scrum master from the description alone', () => {
    const result = run(`What you'll do
• Facilitate sprint planning, daily stand-ups and retrospectives for two squads
• Remove impediments and protect the team's focus
• Coach the teams in scrum and kanban practices
• Track velocity and burndown charts`);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('scrum master');
    expect(evidenceFor(result, 'Remove impediments').side).toBe('neither');
  });

  it('recognises a product manager', () => {
    const result = run(
      `• Own the product roadmap and product strategy for our mobile app
• Run customer research and user interviews to find the next features
• Prioritise the product backlog with engineering and design`,
      'Product Manager',
    );
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('product manager');
  });

  it('recognises an office manager', () => {
    const result = run(`• Run the front desk and meet and greet visitors
• Order office supplies and manage facilities contracts
• Organise travel bookings and team events`);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('office manager');
  });

  it('does not guess a side from a text with no project content', () => {
    const result = run(
      'We sell handmade furniture from our workshop in Devon. Visit our showroom on Saturdays.',
    );
    expect(result.verdict).toBe('neither');
    expect(result.confidence).toBeLessThan(0.5);
  });
});

describe('title and duties disagree', () => {
  const body = `Our office is moving and we need someone to run it.
What you'll do
• You will run the relocation project from start to finish
• Build the project plan and manage the budget for the move
• Coordinate the fit-out contractors and suppliers
• Deliver the move on time and within budget`;
  const result = run(body, 'PMO Manager');

  it('lets the duties decide and flags the mismatch', () => {
    expect(result.verdict).toBe('pm');
    expect(result.titleMismatch).toMatch(/PMO/);
    const title = evidenceFor(result, 'PMO');
    expect(title.dimension).toBe('title');
  });

  it('gives no mismatch when title and duties agree', () => {
    expect(run(body, 'Relocation Project Manager').titleMismatch).toBeNull();
  });
});

describe('a French ad', () => {
  const result = run(`Vos missions
• Piloter le projet de bout en bout : cadrage, conception, recette et mise en production
• Construire et suivre le planning et le budget du projet
• Animer l'équipe projet et les comités de suivi
• Respecter les standards du PMO et lui transmettre le reporting mensuel
Profil
• 5 ans d'expérience minimum en gestion de projet, idéalement dans la banque`);

  it('is detected as French and never gets a confident verdict', () => {
    expect(result.language).toBe('fr');
    expect(result.confidence).toBeLessThanOrEqual(0.4);
    expect(result.notes).toContain('French ad: analysed with reduced confidence.');
  });

  it('still reads the French delivery phrases as PM evidence', () => {
    expect(result.verdict).toBe('pm');
    expect(evidenceFor(result, 'de bout en bout').side).toBe('pm');
  });
});

describe('every result', () => {
  it('passes the Classification schema', () => {
    for (const text of [
      PM_NAMING_PMO,
      PM_WITH_BOILERPLATE,
      PMO_WITH_NEGATION,
      PM_WITH_HEDGE,
      PMO_LEAD,
      HYBRID,
    ]) {
      expect(() => ClassificationSchema.parse(run(text, 'Project Manager'))).not.toThrow();
    }
  });

  it('lists evidence strongest first, with both sides where both exist', () => {
    const result = run(HYBRID);
    const weights = result.evidence.map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('summarises in two sentences and says what would change the verdict', () => {
    const result = run(PM_NAMING_PMO);
    expect(result.summary.split(/(?<=\.)\s+(?=[A-Z])/).length).toBe(2);
    expect(result.counterfactual).toBeTruthy();
  });
});

describe('without a title', () => {
  it('uses the role the description names as the prior', () => {
    const result = run(`We are looking for a PMO Analyst to join our transformation team.
• Keep the RAID log up to date
• Support the monthly reporting`);
    const role = result.evidence.find((e) => e.dimension === 'title');
    expect(role?.text).toBe('We are looking for a PMO Analyst to join our transformation team.');
    expect(role?.text.slice(role?.start, role?.end)).toBe('PMO');
    expect(role?.context).toContain('role named in the description');
    expect(result.verdict).toBe('pmo');
    expect(result.pmoType).toBe('support');
  });

  it('reads an ad that declares a split role as hybrid', () => {
    const result =
      run(`This is a dual role. Half of your time you will manage small IT projects end to end delivery: planning, budgets and go-live.
The other half you will run the PMO reporting cycle: collate highlight reports from all project managers and produce the monthly portfolio dashboard.`);
    expect(result.verdict).toBe('hybrid');
    expect(evidenceFor(result, 'run the PMO reporting').side).toBe('pmo');
    expect(evidenceFor(result, 'manage small IT projects').side).toBe('pm');
  });

  it('says "not a job ad" for an article comparing the roles', () => {
    const result = run(`PMO vs Project Manager: key differences
The PMO is a central team that sets standards for all projects. A project manager is responsible for one project.
The PMO provides templates and governance. Project managers are accountable for delivery on time and on budget.
In summary, the difference between the two is scope.`);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toMatch(/article/);
  });

  it('says "not a job ad" for a course page full of PMO words', () => {
    const result = run(
      `Portfolio Office Essentials – 2-day workshop
£850 + VAT · Virtual classroom
Who is this course for?
• PMO officers who want to set up portfolio reporting and governance for all projects
• Project managers asked to establish a PMO
What you'll learn
• How to define standards, templates and stage gates for every project
• Building portfolio dashboards and KPIs for the executive board
Upcoming dates: 3–4 June (6 places left), 8–9 July
Book now or call us for in-house delivery.`,
      'Portfolio Office Essentials',
    );
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('a training course page, not a job ad');
    expect(result.notes).toContain('This reads like a training course page, not a job ad.');
  });

  it('still reads a PMO trainer’s ad, which names courses and dates, as an ad', () => {
    expect(
      readNotAnAd(`You will deliver our P3O and PRINCE2 courses to delegates across the UK.
Responsibilities: keep the course materials current, run exam preparation sessions.
Requirements: P3O Practitioner; you will travel to client sites. Salary £45,000.`),
    ).toBeNull();
  });
});

describe('PMO support work phrased with delivery verbs', () => {
  const OFFICE = `The Estates Programme Office looks after 35 projects across our four campuses.
Reporting to the Programme Office Manager, you will keep the office's records and reports in order:
• Maintain the master schedule and the project register for all estates projects
• Track budget, commitments and spend for each project and prepare variance reports with Finance
• Consolidate monthly project reports into the programme dashboard for the Estates Board
• Prepare papers and minutes for the Estates Board
• Keep the risk register and templates current on SharePoint`;

  it('reads schedules and budgets kept for every project as portfolio work, not one project’s', () => {
    const result = run(OFFICE, 'Programme Officer – Estates');
    expect(result.verdict).toBe('pmo');
    expect(result.pmoType).toBe('support');
    expect(evidenceFor(result, 'Track budget').context).toContain('for every project');
    expect(run(OFFICE).verdict).toBe('pmo');
  });

  it('reads reporting to the programme office manager as working inside the PMO', () => {
    const result = run(OFFICE);
    const lead = evidenceFor(result, 'Programme Office Manager');
    expect(lead.side).toBe('pmo');
    expect(lead.context).toContain('works for the PMO lead');
  });

  it('still reads a budget kept for one project as delivery', () => {
    const result = run('Track budget and spend for the project and report variances to the sponsor.');
    expect(evidenceFor(result, 'Track budget').context).not.toContain('for every project');
  });
});

describe('a sentence about the office the role joins', () => {
  it('reads "the programme office oversees 30 projects" as describing the office, not the role’s delivery', () => {
    const result = run(`The Digital Programme Office oversees 30 projects across the university.
• Keep the RAID logs and the project register for the office
• Collate monthly highlight reports into the portfolio dashboard`);
    const oversees = evidenceFor(result, 'oversees 30 projects');
    expect(oversees.context).toContain('describes the organisation');
    expect(oversees.weight).toBeLessThan(1);
  });
});

describe('a US program manager who follows the enterprise PMO', () => {
  const PROGRAM = `About the role
Lead the Claims Modernization program from design through go-live: four workstreams, two vendors and a $12M budget.
What you will do
• Own the integrated program plan across all four workstreams and drive integration testing across the workstreams
• Manage the program budget and vendor statements of work
• Follow the Enterprise PMO's program management standards and submit monthly program status to the Enterprise PMO for portfolio reporting
• Report program status to the steering committee`;

  it('reads program management standards it follows as a PM stakeholder signal, US spelling and all', () => {
    const result = run(PROGRAM);
    expect(evidenceFor(result, 'program management standards').side).toBe('pm');
    expect(evidenceFor(result, 'program management standards').context).toContain(
      'follows or reports to the PMO',
    );
    expect(result.evidence.find((e) => e.side === 'pmo' && e.match.includes('Enterprise PMO'))).toBe(
      undefined,
    );
  });

  it('does not read leading across one program’s workstreams as portfolio scope', () => {
    const result = run(PROGRAM);
    expect(result.evidence.some((e) => /workstreams/.test(e.match) && e.side === 'pmo')).toBe(false);
    expect(result.verdict).toBe('pm');
  });

  it('reads dependencies between one program’s workstreams as its own, not cross-project', () => {
    const result = run('Identify and resolve risks and dependencies across the workstreams of the program.');
    expect(result.evidence.some((e) => e.side === 'pmo')).toBe(false);
  });
});

describe('a first PMO built under another name', () => {
  const BUILDER = `Every team here runs its own projects in its own spreadsheets. You won't manage the initiatives yourself: you will build the system around them.
What you'll do
• Set up one intake process for cross-team initiatives with clear approval criteria
• Run quarterly planning and prioritisation with the leadership team, including capacity trade-offs across engineering, sales and go-to-market
• Define the delivery standards every initiative follows and create the templates in Asana
• Own the portfolio dashboard and the monthly review of progress across all initiatives`;

  it('reads standards that every initiative follows as the role’s own, not as a PM following them', () => {
    const templates = evidenceFor(run(BUILDER), 'create the templates');
    expect(templates.side).toBe('pmo');
  });

  it('reads projects that teams run as "their own" as others’ delivery', () => {
    expect(evidenceFor(run(BUILDER), 'runs its own projects').context).toContain("others' delivery");
  });

  it('reads go-to-market named as a department as no product-management duty', () => {
    expect(run(BUILDER).evidence.some((e) => e.side === 'neither')).toBe(false);
  });

  it('reads as a PMO lead, not a hybrid', () => {
    const result = run(BUILDER);
    expect(result.verdict).toBe('pmo');
    expect(result.pmoType).toBe('lead');
  });
});

describe('a project manager ad translated word for word', () => {
  const TRANSLATED = `Within the Payments Direction, you will take in charge the renewal of our card platform.
As project manager, you will:
• Frame the project with the business: objectives, planning and budget
• Coordinate the different actors and the external integrator
• Animate the project committees and prepare the steering committees
• Organise the acceptance phases and the deployment in production
Your profile
• 5 years of experience as IT project manager`;

  it('reads the role the ad names ("As project manager, you will") and its delivery, without a title', () => {
    const result = run(TRANSLATED);
    expect(result.verdict).toBe('pm');
    expect(evidenceFor(result, 'deployment in production').side).toBe('pm');
  });

  it('does not take "such as PMO reporting" for the role the ad names', () => {
    const result = run('Help with tasks such as PMO reporting, you will also file papers.');
    expect(result.evidence.some((e) => e.dimension === 'title')).toBe(false);
  });
});
