/**
 * Round two of the classifier: the hybrid boundary decided on duties, the readings it rests on
 * (section headings, two-role titles, clause limits, processes about projects), and an explanation
 * that never quotes one sentence for both sides.
 */
import { describe, expect, it } from 'vitest';
import {
  type DecideOptions,
  decide,
  dutyTotals,
  HYBRID_MIN_DUTIES,
  type Scored,
} from '../../../src/analyze/score';
import { splitSections } from '../../../src/analyze/sections';
import { readTitle } from '../../../src/analyze/title';
import { evidenceFor, run } from './helpers';

describe('section headings', () => {
  it('reads a heading that gives a share of the working time as duties', () => {
    const text = `Project coordination (about half your time)
• Run weekly project meetings
PMO analysis – 40% of the role
• Produce the monthly portfolio report`;
    const sections = splitSections(text);
    const kindOf = (phrase: string) =>
      sections.find((s) => text.slice(s.start, s.end).includes(phrase))?.kind;
    expect(kindOf('Run weekly project meetings')).toBe('duties');
    expect(kindOf('monthly portfolio report')).toBe('duties');
  });

  it('reads "Your tasks" as duties', () => {
    const text = 'Your tasks\n• Lead the warehouse opening project';
    expect(splitSections(text).map((s) => s.kind)).toEqual(['duties']);
  });
});

describe('two-role titles', () => {
  it('reads "project(s)" joined to the PMO as a second role', () => {
    expect(readTitle('Project & PMO Manager (m/f/d)')).toMatchObject({ side: 'hybrid' });
    expect(readTitle('Head of Projects and PMO')).toMatchObject({ side: 'hybrid' });
    expect(readTitle('Project Coordinator / PMO Analyst')).toMatchObject({ side: 'hybrid' });
  });

  it('reads the projects a PMO serves as its area, not a second role', () => {
    expect(readTitle('PMO Analyst - Capital Projects')).toMatchObject({ side: 'pmo', pmoType: 'support' });
  });
});

describe('phrases stay within their clause', () => {
  it('does not join a verb to an object in the next clause', () => {
    const result = run(
      'The analyst keeps our governance processes running, and helps our project managers follow the standards we set.',
    );
    expect(result.evidence.some((e) => e.side === 'pm' && /running/.test(e.match))).toBe(false);
  });

  it('reads standards the role helps others follow as its own, not as a PM following them', () => {
    const result = run(
      'The analyst keeps our governance processes running, and helps our project managers follow the standards we set.',
    );
    const governance = evidenceFor(result, 'governance processes');
    expect(governance.side).toBe('pmo');
    expect(governance.context).toContain('ensures others comply');
  });
});

describe('a process about projects', () => {
  it('reads "run the project intake process" as a process, not a project delivered', () => {
    const result = run('Run the project intake process and schedule new requests for prioritisation.');
    const intake = evidenceFor(result, 'Run the project');
    expect(intake.context).toContain('a process about projects');
    expect(intake.weight).toBeLessThan(1);
  });

  it('still reads "run the project" as delivery when a project follows', () => {
    const result = run('Run the project from initiation to handover.');
    expect(evidenceFor(result, 'Run the project').context).not.toContain('a process about projects');
  });
});

describe('PMO support phrases', () => {
  it('reads compiling a single report and keeping an issue log as PMO support', () => {
    const result = run(
      'You will compile the programme highlight report and keep the programme risk and issue log up to date.',
    );
    expect(evidenceFor(result, 'compile the programme highlight report').side).toBe('pmo');
    expect(evidenceFor(result, 'risk and issue log').side).toBe('pmo');
  });

  it('reads Microsoft Project Online as the portfolio tool it is', () => {
    const result = run('Administer Microsoft Project Online for the change portfolio.');
    expect(evidenceFor(result, 'Microsoft Project Online').side).toBe('pmo');
  });
});

const PMO_DUTIES = `Responsibilities
• Produce the monthly portfolio dashboard for the executive team
• Maintain the RAID logs across all projects in the portfolio
• Define and embed project management standards and templates`;

describe('the hybrid boundary is decided on duties', () => {
  it('does not call a PMO job hybrid for delivery experience it asks of the candidate', () => {
    const result = run(`${PMO_DUTIES}
Requirements
• Experience managing projects end to end, on time and on budget
• Experience leading delivery teams and managing project budgets
• A track record of delivering IT projects from initiation to closure
• Experience managing stakeholders, scope and project risks
• Strong leadership skills and a PMP or APM PMQ
• PRINCE2 Practitioner`);
    expect(result.verdict).toBe('pmo');
  });

  it('calls a job hybrid when it asks for delivery duties beside the PMO duties', () => {
    const result = run(`${PMO_DUTIES}
• Lead the delivery of the CRM replacement project: plan, budget and go-live
• Manage the project team and the suppliers day to day`);
    expect(result.verdict).toBe('hybrid');
    expect(result.dominant).toBe('pmo');
    const duties = dutyTotals(
      result.evidence.map((evidence) => ({ evidence, source: '', pmoType: null, looksLike: null })),
    );
    expect(Math.min(duties.pmo, duties.pm)).toBeGreaterThanOrEqual(HYBRID_MIN_DUTIES);
  });

  it('takes "two linked responsibilities" as a declared split role', () => {
    const result = run(`We are looking for a senior professional to take on two linked responsibilities.
You will lead the delivery of our smart metering programme and manage its budget and contractors.
You will also lead our company PMO and own the quarterly portfolio report to the executive.`);
    expect(result.verdict).toBe('hybrid');
  });
});

describe('the explanation of the losing side', () => {
  it('never quotes a sentence listed as PMO evidence as the strongest project-manager sign', () => {
    const result = run(`Responsibilities
• Produce the monthly portfolio reporting pack and dashboards for the Portfolio Board
• Administer our planning tool: set up new projects in MS Project, manage templates and user access
• Support project managers in applying the PMO standards and stage-gate checklists`);
    expect(result.verdict).toBe('pmo');
    const pmoSentences = result.evidence.filter((e) => e.side === 'pmo').map((e) => e.text);
    const quoted = /strongest project-manager sign, “([^”]*)”/.exec(result.summary)?.[1];
    if (quoted !== undefined) {
      const plain = quoted.replace(/…/g, '');
      expect(pmoSentences.some((s) => s.includes(plain))).toBe(false);
    } else {
      expect(result.summary).toMatch(/project-manager signs stand in sentences that read as PMO evidence/);
    }
  });
});

describe('a PMO lead who also delivers a project personally', () => {
  const PMO_LEAD = `You will build and run our new PMO: define the project management framework, set up stage gates, and introduce monthly portfolio reporting to the executive committee.
For the first year you will also personally lead our largest project, the move to a new head office: you will own its plan, budget, suppliers and the move weekend itself.`;

  it('reads as a hybrid, led by the PMO side', () => {
    const result = run(PMO_LEAD);
    expect(result.verdict).toBe('hybrid');
    expect(result.dominant).toBe('pmo');
  });

  it('does not count personal delivery that the ad rules out', () => {
    const result = run(PMO_LEAD.replace('you will also personally lead', 'you will not personally lead'));
    expect(result.verdict).toBe('pmo');
  });
});

describe('"project management" as a discipline', () => {
  it('does not read "deliver our project management academy" as delivering a project', () => {
    const result = run('Design and deliver our project management academy for 300 project managers.');
    expect(result.evidence.some((e) => e.side === 'pm' && e.weight >= 1)).toBe(false);
  });
});

describe('a PMO project manager named in the first line', () => {
  it('reads managing projects "end to end" beside the reporting cycle as a hybrid', () => {
    const result = run(`PMO Project Manager
• Manage a portfolio of small business-change projects end to end, owning scope, plan and budget
• Run the PMO's monthly reporting cycle: collate highlight reports from all project managers and produce the portfolio dashboard
• Maintain the portfolio risk register and lessons learned log`);
    expect(evidenceFor(result, 'projects end to end').side).toBe('pm');
    expect(result.verdict).toBe('hybrid');
  });
});

describe('a project manager who sits in a department called the PMO', () => {
  const DELIVERY = `About the role
We are hiring a Project Manager in our PMO to lead a Salesforce rollout for a retail client.
Responsibilities
• Own end-to-end delivery of the rollout to 300 stores: scope, schedule, cost and quality
• Build the project plan and track progress with the workstream leads
• Manage a team of 12 consultants, onshore and offshore
• Run client steering meetings and manage change requests`;

  it('reads it as PM: where the role sits is not a PMO duty, even under a two-role title', () => {
    expect(run(DELIVERY, 'PMO – Project Manager (CRM)').verdict).toBe('pm');
  });

  it('still calls it hybrid when the role does PMO work beside the project', () => {
    const both = `${DELIVERY}
• Run the monthly portfolio reporting cycle for all delivery projects`;
    expect(run(both, 'PMO – Project Manager (CRM)').verdict).toBe('hybrid');
  });
});

describe('a two-role title in another language', () => {
  it('reads a German PM title beside the PMO as two roles', () => {
    expect(readTitle('Projektleiter / PMO (m/w/d)')).toMatchObject({ side: 'hybrid' });
    expect(readTitle('Projektleiter (m/w/d)')).toMatchObject({ side: 'pm' });
  });

  it('reads a translated ad that leads one rollout and builds a PMO as a hybrid', () => {
    const result = run(
      `Ihre Aufgaben
• You lead the rollout of our new transport management system at two depots
• You plan milestones and budget and coordinate the software vendor
• You set up a project management office for the group
• You prepare the prioritisation of new projects with the board and train project leaders in the methods`,
      'Projektleiter / PMO (m/w/d)',
    );
    expect(result.verdict).toBe('hybrid');
    expect(evidenceFor(result, 'plan milestones').side).toBe('pm');
    expect(evidenceFor(result, 'coordinate the software vendor').side).toBe('pm');
    expect(evidenceFor(result, 'prioritisation of new projects').side).toBe('pmo');
  });
});

describe('a council project manager who also sets up the PMO', () => {
  const COUNCIL = `This new position will deliver the depot rebuild and, alongside it, set up a Project Management Office for the council.
Key responsibilities
• Project manage the depot rebuild from design through handover
• Manage contractors, budget and risks for the rebuild
• Lead the yearly prioritisation of the five-year capital works programme with the executive team
• Mentor and support project officers and project managers across the council`;

  it('reads setting up the PMO, ranking the capital programme and coaching project officers as PMO duties', () => {
    const result = run(COUNCIL, 'Senior Project Manager');
    expect(evidenceFor(result, 'set up a Project Management Office').side).toBe('pmo');
    expect(evidenceFor(result, 'prioritisation of the five-year capital').side).toBe('pmo');
    expect(evidenceFor(result, 'Mentor and support project officers').side).toBe('pmo');
    expect(result.verdict).toBe('hybrid');
  });
});

describe('a head of PMO whose standards name delivery practices', () => {
  const HEAD = `Head the group PMO for our portfolio of plant expansion projects.
• Standardise scheduling, cost control and progress reporting practices across all plants
• Chair monthly portfolio reviews with the executive team
• Lead and coach a team of five project controllers and planners
• Drive continuous improvement in project delivery practices`;

  it('reads the standardised practices and the PMO team as PMO lead work, not delivery', () => {
    const result = run(HEAD);
    expect(evidenceFor(result, 'Lead and coach a team').side).toBe('pmo');
    expect(evidenceFor(result, 'portfolio reviews').side).toBe('pmo');
    expect(result.evidence.filter((e) => e.side === 'pm' && e.weight >= 1)).toEqual([]);
    expect(result.verdict).toBe('pmo');
    expect(result.pmoType).toBe('lead');
  });

  it('still reads leading a delivery team as delivery', () => {
    const result = run('Lead and coach a team of five engineers to deliver the plant upgrade project.');
    expect(evidenceFor(result, 'Lead and coach a team').side).toBe('pm');
  });
});

describe('confidence in a hybrid', () => {
  const duty = (side: 'pmo' | 'pm', weight: number): Scored => ({
    evidence: {
      text: 'a duty',
      match: 'duty',
      start: 2,
      end: 6,
      side,
      dimension: 'responsibilities',
      weight,
      section: 'duties',
      reason: 'a duty of that side',
      context: [],
    },
    source: `${side}.test`,
    pmoType: null,
    looksLike: null,
  });
  const options: DecideOptions = {
    hybridTitle: false,
    splitRole: false,
    namedProject: false,
    noOwnDelivery: false,
    foreign: false,
    notAnAd: null,
  };

  it('grows with the balance of the two sides, so a hybrid just past the threshold is not sure of itself', () => {
    const barely = decide([duty('pm', 20), duty('pmo', 10)], options);
    const balanced = decide([duty('pm', 15), duty('pmo', 15)], options);
    expect(barely.verdict).toBe('hybrid');
    expect(balanced.verdict).toBe('hybrid');
    expect(barely.confidence).toBeLessThan(0.7);
    expect(balanced.confidence).toBeGreaterThan(barely.confidence + 0.1);
  });
});

describe('a job whose duties come in a PMO part and a delivery part', () => {
  const PMO_PART = `• Compile the monthly portfolio report and dashboards for the leadership team
• Keep the project register and the PPM tool up to date for all projects
• Run the stage-gate calendar and check business cases against the project management framework
• Support project managers with templates and risk workshops`;
  const DELIVERY_PART = `• Plan and deliver two small system upgrades a year
• Manage their scope, budget and suppliers`;

  it('reads sub-headings naming each side as a declared two-part role', () => {
    const result = run(`What you'll do
Portfolio office
${PMO_PART}
Project management
${DELIVERY_PART}`);
    expect(result.verdict).toBe('hybrid');
    expect(result.dominant).toBe('pmo');
  });

  it('reads a share of the time given to each side as a declared split', () => {
    const result =
      run(`About two-thirds of your time is portfolio support; the rest of your time goes on small projects of your own.
What you'll do
${PMO_PART}
${DELIVERY_PART}`);
    expect(result.verdict).toBe('hybrid');
  });

  it('stays PMO when the same duties come without the delivery part', () => {
    const result = run(`What you'll do
Portfolio office
${PMO_PART}
Reporting
• Prepare the quarterly board pack`);
    expect(result.verdict).toBe('pmo');
  });
});

describe('a portfolio manager who also leads one sizeable project', () => {
  it('reads "Project & Portfolio Manager" as a two-role title, and PPM as a discipline', () => {
    expect(readTitle('Project & Portfolio Manager')).toMatchObject({ side: 'hybrid' });
    expect(readTitle('Project and Portfolio Management Analyst')?.side).not.toBe('hybrid');
  });

  it('reads a project described by its team and budget as the one project the role leads', () => {
    const result = run(
      'You will lead our new plant, a project with a budget of €25 million and a team of 30.',
    );
    expect(evidenceFor(result, 'a project with a budget of').side).toBe('pm');
  });
});

describe('a programme manager who delivers one programme', () => {
  const PROGRAMME = `You will lead the programme that replaces our rail ticketing platform and be accountable for delivering it.
The programme brings together four projects: back office, retail app, gates and data migration.
• Manage the four project managers and the business change lead day to day
• Own the programme plan, budget (€22m) and risks, and resolve dependencies between the projects
• Report the status of the programme to the Programme Board every month
• Prepare the programme for its gate reviews with the sponsor
• Make sure stations and staff are ready for each go-live and the cutover from the old system`;

  it('is a PM: steering its projects and reporting its status deliver that one programme', () => {
    for (const title of ['Programme Manager – Ticketing Replacement', null]) {
      const result = run(PROGRAMME, title);
      expect(result.verdict).toBe('pm');
      expect(evidenceFor(result, 'dependencies between the projects').side).toBe('pm');
    }
  });

  it('leaves a programme office manager’s work for one programme on the PMO side', () => {
    const result = run(PROGRAMME, 'Programme Office Manager');
    expect(evidenceFor(result, 'dependencies between the projects').side).toBe('pmo');
  });
});

describe('a programme office for one large programme', () => {
  const OFFICE = `Reporting to the Programme Director, you will make sure the programme is governed, planned and reported consistently.
• Set up and run the programme governance: steering committee, change control board and workstream reviews
• Define programme standards for planning, RAID, change requests and status reporting
• Own the integrated programme plan and manage dependencies across the 9 workstreams
• Run programme financial control: budget, forecast, vendor invoices and variance analysis with Finance
• Produce the consolidated programme dashboard and monthly reports for the steering committee
• Lead a team of 4 planners and analysts`;

  it('is PMO work: its plan, finances and own team are the office’s, not delivery', () => {
    const result = run(OFFICE, 'Programme Office Manager – ERP Replacement');
    expect(result.verdict).toBe('pmo');
    expect(evidenceFor(result, 'Lead a team').side).toBe('pmo');
  });

  it('leaves a project manager leading a delivery team on the PM side', () => {
    const result = run(
      `Lead the project team of developers and testers through build and go-live.
Manage the project plan, budget and risks.`,
      'PMO Manager',
    );
    expect(evidenceFor(result, 'Lead the project team').side).toBe('pm');
  });

  it('reads a bracketed list of developers and testers as a delivery team', () => {
    const result = run(
      `Lead a team of 8 (business analysts, developers, testers) through build and go-live.
Manage the project plan, budget and risks.`,
      'PMO Manager',
    );
    expect(evidenceFor(result, 'Lead a team').side).toBe('pm');
  });
});

describe('a transformation office lead', () => {
  const OFFICE = `You will run the Transformation Office, the governance body for our 30 strategic initiatives.
• Define and enforce the initiative lifecycle with stage gates (idea, business case, plan, execute, benefits realised)
• Prepare the consolidated transformation dashboard and executive reports for the board
• Maintain the integrated roadmap and manage dependencies between initiatives
• Lead a team of 3 analysts and coordinate with external consultants`;

  it('is a PMO lead: stages named in brackets and the office’s own analysts are no delivery', () => {
    const result = run(OFFICE, 'Transformation Office Lead');
    expect(result.verdict).toBe('pmo');
    expect(readTitle('Transformation Office Lead')).toMatchObject({ side: 'pmo' });
    expect(evidenceFor(result, 'plan, execute').context).toContain('a process about projects');
    expect(evidenceFor(result, 'Lead a team').side).toBe('pmo');
  });
});

describe('a supervisory IT portfolio lead in government', () => {
  const FEDERAL = `Lead the annual IT portfolio selection and prioritisation process and present the ranked portfolio to the investment board.
• Direct the agency's Capital Planning and Investment Control (CPIC) process across all IT investments
• Conduct program health reviews of troubled investments and recommend corrective action to senior leadership
• Supervise a staff of 9 IT specialists; assign work, evaluate performance and develop staff
• Champion the maturity of the program management workforce through a community of practice`;

  it('is a PMO lead: a named process, health reviews and line management are no delivery', () => {
    const result = run(FEDERAL, 'Supervisory IT Specialist (Portfolio Management)');
    expect(result.verdict).toBe('pmo');
    expect(evidenceFor(result, 'assign work').context).toContain('line management');
  });
});

describe('a declared two-role job whose delivery half is one change', () => {
  const TWO_ROLES = `• Maintain the R&D portfolio dashboard for all 35 development projects in Power BI
• Run the governance calendar of stage-gate and portfolio reviews and chase teams for their submissions
• Prepare the monthly Portfolio Review Committee pack and track its actions
• Track resource allocation across projects and flag over-allocation to department heads
• Manage the rollout of the new sample-tracking system to the two labs: plan, training and go-live`;

  it('is a hybrid: one change delivered beside the office work, as with a named project', () => {
    expect(run(TWO_ROLES, 'Project Manager – PMO').verdict).toBe('hybrid');
  });
});

describe('US "Essential Functions" headings', () => {
  it('reads "Essential Functions – PMO" and "– Project Management" as the duties of a two-part job', () => {
    const result = run(
      `Essential Functions – PMO
• Run project intake and prepare requests for the IT steering committee
• Keep the project management standards and templates current
• Produce the monthly portfolio dashboard for the CIO

Essential Functions – Project Management
• Plan, execute and close two or three assigned projects
• Develop project schedules, budgets and communication plans
• Manage risks, issues and scope changes and report status to sponsors

Qualifications
• Five years of project management experience; PMP preferred`,
      'PMO Project Manager',
    );
    expect(result.verdict).toBe('hybrid');
  });

  it('keeps a portfolio finance analyst under "Essential Functions" as PMO: a plan for the portfolio and benefits after closure are no delivery', () => {
    const result = run(
      `Our project office oversees about 90 capital projects across the health system.

Essential Functions
- Maintains the financial plan for the capital project portfolio, with monthly forecasts and variance analysis by project
- Produces the monthly portfolio financial report for the CFO and the capital steering committee
- Tracks realised benefits after project closure and reports them to leadership
- Prepares cost models for proposed projects in the annual portfolio prioritisation`,
      'Portfolio Financial Analyst',
    );
    expect(result.verdict).toBe('pmo');
  });
});

describe('a two-role title whose delivery half is acting as one project’s manager', () => {
  it('reads "Projects and PMO Manager" who acts as project manager for one build as a hybrid', () => {
    const result = run(
      `Set up the PMO (most of the role)
- Design a project management framework for all capital projects: stage gates, business case templates and reporting
- Lead the annual prioritisation of the capital portfolio with the executive team
- Present portfolio reporting to the board's investment committee
- Set up the portfolio reporting tool and run the monthly portfolio review
- Coach the project managers in the new standards

The depot upgrade
- Act as project manager for the $30m depot upgrade, managing the designer and the builder
- Own the project budget and risks, and report to the project steering group`,
      'Projects and PMO Manager',
    );
    expect(result.verdict).toBe('hybrid');
  });
});

describe('an ad that rules out a delivery half', () => {
  it('reads a two-role title as PMO when the ad says the role runs no project itself', () => {
    const result = run(
      `You'll join our new portfolio office. You won't be managing projects yourself: you will build how 20 teams plan and deliver.
- Set up one intake and prioritisation process for cross-team initiatives
- Create a light delivery framework with stages and decision points
- Run the monthly portfolio review with the leadership team
- Build the portfolio dashboard so leadership sees status and dependencies at a glance
- Manage risks and issues raised by the squads and escalate to the COO`,
      'Senior Project Manager, Portfolio Office',
    );
    expect(result.verdict).toBe('pmo');
  });
});

describe('a programme office member who also manages one sub-project', () => {
  it('reads gathering data from the sub-projects and the minutes of the PMO meeting as the PMO half', () => {
    const result = run(
      `You take two roles in the customer's billing renewal programme.
(1) Programme office member
- Collect progress and defect data from the 5 sub-projects and create the weekly programme report
- Prepare the minutes of the weekly PMO meeting and the monthly steering committee
(2) Project manager of the interface sub-project
- Plan and manage the interface sub-project with a team of 6
- Manage the schedule and quality of the interfaces`,
      'PMO / Project Manager',
    );
    const pmoMatches = result.evidence.filter((e) => e.side === 'pmo').map((e) => e.match);
    expect(pmoMatches.some((m) => /from the 5 sub-projects$/.test(m))).toBe(true);
    expect(pmoMatches).toContain('minutes of the weekly PMO meeting');
  });
});

describe('an ad that says outright the role manages a project itself', () => {
  it('reads the job as two halves without a title', () => {
    const result =
      run(`You'll set up our first project office and, while it is small, also manage one of our largest projects yourself.

Set up the PMO
- Design a project management framework for all capital projects: stage gates, business case templates and reporting
- Lead the annual prioritisation of the capital portfolio with the executive team
- Present portfolio reporting to the board's investment committee
- Set up the portfolio reporting tool and run the monthly portfolio review

The depot upgrade
- Act as project manager for the $30m depot upgrade, managing the designer and the builder
- Own the project budget and risks, and report to the project steering group`);
    expect(result.verdict).toBe('hybrid');
  });
});

describe("leading the transformation office's own analysts", () => {
  it('reads a team of TO analysts as the office’s staff, not a delivery team', () => {
    const result = run(`You will run the transformation office for our 30 change initiatives.
- Run the monthly transformation steering committee and the consolidated dashboard
- Lead a team of 3 TO analysts and coordinate with the external advisers`);
    expect(evidenceFor(result, 'Lead a team').side).toBe('pmo');
  });
});
