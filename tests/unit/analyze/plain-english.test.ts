/**
 * Round eight of the classifier: ads written the way many real ones are, by people for whom
 * English is a second language or by public bodies in their own register. Duties put as nouns
 * ("Management of the IT PMO", "Coordination with the vendors"), a post named in the third person,
 * headings of other traditions ("Job Contents", "Position Summary", "We expect from you"), jobs that
 * say they are two jobs in their own words, and the look-alikes that borrow the PMO's vocabulary
 * (a PPM vendor's product manager, a contractor's project engineer, an executive assistant).
 */
import { describe, expect, it } from 'vitest';
import { readNotAnAd, splitSections } from '../../../src/analyze/sections';
import { readRoleInSentence, readTitle } from '../../../src/analyze/title';
import { evidenceFor, run } from './helpers';

const kindOf = (text: string, phrase: string) =>
  splitSections(text).find((s) => text.slice(s.start, s.end).includes(phrase))?.kind;

describe('duties put as nouns', () => {
  const RUNS_THE_OFFICE = `Your responsibilities
- Management of the group PMO with 3 project managers and an analyst
- Responsibility for the project portfolio of the group: yearly planning, prioritisation and reporting
- Further development of the project management methods and the project handbook`;

  it('reads managing the PMO, owning the portfolio and developing the methods as PMO lead work', () => {
    const result = run(RUNS_THE_OFFICE);
    expect(evidenceFor(result, 'Management of the group PMO').side).toBe('pmo');
    expect(result.verdict).toBe('pmo');
    expect(result.pmoType).toBe('lead');
  });

  const DELIVERS_ONE = `[Job description]
In this position you will be in charge of the project to open our new cold-store depot in Osaka.
- Making the master schedule of the project and managing the progress
- Management of the budget of the project
- Coordination with the building contractor, the refrigeration equipment vendors and the WMS vendor
- Planning of the tests, the staff training and the start of operation`;

  it('reads being in charge of one project, its schedule, budget and vendors as PM work', () => {
    const result = run(DELIVERS_ONE);
    expect(result.verdict).toBe('pm');
    expect(evidenceFor(result, 'in charge of the project').side).toBe('pm');
    expect(evidenceFor(result, 'Management of the budget of the project').dimension).toBe('resources_risk');
  });
});

describe('a post named in the third person', () => {
  it('reads "the Manager, Program Management Office is responsible for" as the role', () => {
    const found = readRoleInSentence(
      'Reporting to the Executive Director, the Manager, Program Management Office is responsible for establishing the PMO.',
    );
    expect(found?.reading.side).toBe('pmo');
    expect(found?.name).toBe('Manager, Program Management Office');
  });

  it('does not read "the company needs to build its Programme Office" as hiring for that office', () => {
    expect(readRoleInSentence('The company needs to build its Programme Office this year.')).toBeNull();
  });
});

describe('titles', () => {
  it('reads a Program Management Office in the title as a PMO role', () => {
    expect(readTitle('Manager, Program Management Office – Metro Line Extension')).toMatchObject({
      side: 'pmo',
      pmoType: 'lead',
    });
  });

  it('reads "Portfolio and Delivery Manager" as two roles, not an agile delivery manager', () => {
    expect(readTitle('Portfolio and Delivery Manager')?.side).toBe('hybrid');
    expect(readTitle('Delivery Manager')?.side).toBe('neither');
  });
});

describe('headings of other traditions', () => {
  it('reads "Position Summary" and "Job Contents" as duties, "Required" and "We expect from you" as requirements', () => {
    const text = `Position Summary
The post holder runs the monthly portfolio report.
■ Job Contents
・Collect progress data from the sub-projects
■ Required
・Five years in IT projects
We expect from you
• Experience in portfolio management`;
    expect(kindOf(text, 'monthly portfolio report')).toBe('duties');
    expect(kindOf(text, 'Collect progress data')).toBe('duties');
    expect(kindOf(text, 'Five years in IT projects')).toBe('requirements');
    expect(kindOf(text, 'Experience in portfolio management')).toBe('requirements');
  });
});

describe('a job that says it is two jobs', () => {
  const PMO_DUTIES = `What you will do
• Lead the team of 5 project managers and 2 PMO analysts
• Define and improve our delivery methodology, templates and metrics
• Follow the health of all client projects with a monthly review presented to the board`;

  it('reads acting as project manager of one project beside running the PMO as a hybrid', () => {
    const text = `${PMO_DUTIES}
• Additionally, you will act as project manager of the project with our largest client: planning of releases, management of the scope and changes, status meetings with the client and coordination of the team of 20 people`;
    const result = run(text);
    expect(result.verdict).toBe('hybrid');
    expect(result.dominant).toBe('pmo');
  });

  it('still reads the PMO duties alone as PMO', () => {
    expect(run(PMO_DUTIES).verdict).toBe('pmo');
  });

  it('reads "on the portfolio side … on the delivery side" as a two-part job', () => {
    const text = `On the portfolio side, you will run the quarterly portfolio planning and the monthly portfolio board, and maintain our stage gates and reporting model.
On the delivery side, you will personally lead our biggest initiative, the renewal of the billing platform: planning the releases with the vendor and running its steering group.`;
    expect(run(text).verdict).toBe('hybrid');
  });

  it('reads "you take two roles" with a PMO part and a named project part as a hybrid', () => {
    const text = `■ Job Contents
You will join the policy administration renewal programme of an insurer. In this programme, you take two roles.
(1) PMO member
・Collect progress and quality data from 5 sub-projects and create the weekly programme report
・Prepare the materials and minutes of the weekly PMO meeting
(2) Project manager of the document migration
・Plan and manage the document migration sub-project with a team of 6
・Report to the programme manager`;
    expect(run(text).verdict).toBe('hybrid');
  });

  it('reads a duties part named for one programme, with its share of time, as the delivery half', () => {
    const text = `Key Responsibilities
PMO Leadership (approx. 60%)
- Establish the governance framework for all projects: intake, prioritisation and stage reviews
- Publish the monthly portfolio dashboard for the centre head
- Lead a team of 3 PMO analysts
Relocation Program (approx. 40%)
- Manage end-to-end the move of the centre to the new campus
- Prepare and track the integrated plan, budget and risks
- Report progress weekly to the centre leadership team`;
    expect(run(text).verdict).toBe('hybrid');
  });
});

describe('look-alikes', () => {
  it('reads a PPM vendor’s product manager as a product manager, not PMO work, without a title', () => {
    const text = `About the role
As Senior Product Manager for our Portfolio area, you'll own the product experience for portfolio leaders: intake, capacity planning and executive portfolio dashboards.
What you'll do
- Own the vision, strategy and roadmap for the Portfolio product area
- Run discovery with customers and turn what you learn into features our engineers build
- Define success metrics and track usage analytics after launch
What you'll bring
- Understanding of how PMOs work (having worked in one is a big plus)`;
    const result = run(text);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('product manager');
  });

  it('reads a general contractor’s project engineer as a project engineer, without a title', () => {
    const text = `Reporting to the Project Manager, you will support the build of a 6-storey office block.
Responsibilities
• Manage the RFI and submittal process with the consultants and subcontractors
• Review shop drawings against the specifications
• Keep drawing revisions and document control on site
• Help with quantity take-offs and deficiency lists
• Attend site meetings and take minutes`;
    const result = run(text);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('project engineer');
  });

  it('reads an executive assistant to a transformation office head as office work, without a title', () => {
    const text = `Responsibilities
• Provide secretarial support to the Head of the Transformation Office, including diary management
• Collate committee papers prepared by the portfolio managers and distribute them on time
• Manage the office budget for stationery and team events, and coordinate onboarding of new team members
Requirements
• 5+ years' experience as an executive assistant to senior leaders`;
    const result = run(text);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('office manager');
  });

  it('still reads delivering a service on time as delivery', () => {
    const result = run(
      'We need a Project Manager to deliver the new permits service on time for its launch.',
    );
    expect(evidenceFor(result, 'deliver the new permits service on time').side).toBe('pm');
  });

  it('reads a course page in Indian training-provider wording as a course page', () => {
    const text = `PMO Analyst Certification – Live Online
Who should join?
• Project coordinators who want to move into a PMO
What you will learn
• Portfolio dashboards, RAID logs and governance calendars
Program fee: ₹19,999 + GST
Next batches: weekend batch starts on the 5th
Certificate of completion and interview preparation included.
[Enroll Now] [Download Brochure]`;
    expect(readNotAnAd(text)).toBe('a training course page, not a job ad');
  });
});

describe('a hedge said with emphasis', () => {
  it('reads "is a big plus" as a hedge', () => {
    const result = run(`Requirements
• Experience running a PMO is a big plus`);
    expect(evidenceFor(result, 'running a PMO').context).toContain('hedged');
  });
});

describe('round nine: scraped paragraphs, trades and finance words', () => {
  it('keeps the duties of a one-paragraph ad that ends with an equality sentence', () => {
    const text = `We are looking for a Head of PMO to lead our project controls and programme office function. You will head a team of around 20 planners, cost engineers and PMO analysts and will be accountable for the standards every one of our 60 schemes uses for scheduling, cost forecasting, risk and change. You will own the integrated portfolio reporting to the client's sponsor and to the alliance board each period, and lead the periodic portfolio review where scheme managers are held to account. You won't be delivering schemes yourself. Salary £85,000 to £95,000 with car allowance and a contributory pension. We are committed to equality, diversity and inclusion and welcome applications from everyone.`;
    const result = run(text);
    expect(evidenceFor(result, 'portfolio reporting').section).not.toBe('legal');
    expect(result.verdict).toBe('pmo');
  });

  it('reads a blog post whose generic sentences name kinds of PMO as an article', () => {
    const text = `What does a PMO do? – Insights – 5 min read
The supportive PMO provides templates and training to project managers. The controlling PMO sets standards and expects projects to follow them. The directive PMO manages projects directly. A project manager delivers one project. Related articles: portfolio reporting mistakes.`;
    expect(readNotAnAd(text)).toBe('an article about project roles, not a job ad');
  });

  it('reads a contractor’s project accountant as an accountant, without a title', () => {
    const result = run(`Key responsibilities
- Prepare monthly cost-value reconciliations (CVRs) for 12 live contracts
- Maintain job costing in the ERP system
- Prepare work-in-progress, accruals and prepayments for month-end
Essential criteria
- Part or fully qualified ACCA or CIMA`);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('accountant');
  });

  it('does not read a rail alliance’s track renewals as customer success', () => {
    const result = run(
      'Cairnline is the alliance delivering track, signalling and structures renewals for the route.',
    );
    expect(result.evidence.some((e) => e.match.toLowerCase() === 'renewals')).toBe(false);
  });

  it('reads a post that splits its time and manages small projects itself as a hybrid', () => {
    const text = `The Project Analyst is part of the PMO and splits their time between supporting the portfolio and managing small projects.
Key responsibilities
· Collect monthly cost and schedule data from project managers and prepare the corporate portfolio report.
· Maintain the PMO's templates and procedures, and support project managers in using them.
· Manage small capital projects from initiation to closeout: scope, schedule, budget and contractor coordination.`;
    expect(run(text).verdict).toBe('hybrid');
  });

  it('reads a coordinator who manages two or three projects yourself beside PMO work as a hybrid', () => {
    const text = `As Project Coordinator you will spend most of your week supporting the PMO: you will keep the project register up to date, collect monthly updates from project leads and turn them into the portfolio report for the Executive Team, and prepare papers for the Change Board. Alongside this, you will manage two or three smaller projects yourself each year, taking them from plan to completion and reporting to a sponsor.`;
    expect(run(text).verdict).toBe('hybrid');
  });

  it('reads a remodeler’s job list as project management without a title', () => {
    const text = `We need a Project Manager to run about eight jobs at a time once the contract is signed. You'll order materials, schedule our carpenters and subcontractors, keep homeowners updated every week, handle change orders and watch the budget.`;
    const result = run(text);
    expect(result.verdict).toBe('pm');
    expect(evidenceFor(result, 'handle change orders').side).toBe('pm');
  });
});
