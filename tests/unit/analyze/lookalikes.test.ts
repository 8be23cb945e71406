/**
 * Pages and roles that borrow the PMO's words without doing PMO or PM work: a course page that
 * sells a PMO certification, a business analyst called a "project analyst", an office coordinator
 * whose title says "project". Each reads as neither, with or without its title.
 */
import { describe, expect, it } from 'vitest';
import { readTitle } from '../../../src/analyze/title';
import { run } from './helpers';

describe('a course page for a PMO certification', () => {
  const COURSE = `Certified Portfolio Office Professional – 2-day workshop
Want to build a PMO that leadership trusts? In two days you will learn to design portfolio governance and reporting.
Training objectives
By the end of the workshop, participants will be able to:
• Set up portfolio governance with stage gates and prioritisation criteria
• Design a portfolio dashboard and KPIs for the executive board
• Define PMO services, templates and methodology
Agenda
Day 1: PMO models, governance, portfolio prioritisation
Day 2: reporting, capacity management, PPM tools
Duration: 2 days (14 hours)
Fee: €1,450 per delegate, certification exam included
Next sessions: 3–4 March (Lyon), 12–13 May (online)
Register online to reserve a seat.`;

  it('is no job ad, with or without its title', () => {
    for (const title of [null, 'Certified Portfolio Office Professional – 2-day workshop']) {
      const result = run(COURSE, title);
      expect(result.verdict).toBe('neither');
      expect(result.looksLike).toBe('a training course page, not a job ad');
    }
  });
});

describe('a "project analyst" who does business analysis', () => {
  const ANALYST = `You will join the HR Systems team as the analyst between the business and our Workday partner.
What you will do
• Gather and analyse business requirements with payroll and HR process owners
• Map current and future state processes and spot improvement opportunities
• Write functional specifications and keep them current through the build
• Support the project managers with analysis; planning and reporting stay with them
What we look for
• 3+ years' experience as a business analyst or systems analyst`;

  it('reads as a business analyst, with or without its title', () => {
    for (const title of [null, 'Project Analyst (HR Systems)']) {
      const result = run(ANALYST, title);
      expect(result.verdict).toBe('neither');
      expect(result.looksLike).toBe('business analyst');
    }
  });
});

describe('an office coordinator whose title says "project"', () => {
  const OFFICE = `We are a small engineering consultancy looking for someone to keep our office running.
You will manage the directors' diaries and travel, answer the phones and greet clients, order supplies, keep holiday and sickness records, raise invoices, organise team events and help the project teams with printing and courier bookings.
You'll need a calm manner, great organisation and good Microsoft Office skills.`;

  it('reads as an office manager, with or without its title', () => {
    for (const title of [null, 'Office & Project Coordinator']) {
      const result = run(OFFICE, title);
      expect(result.verdict).toBe('neither');
      expect(result.looksLike).toBe('office manager');
    }
  });
});

describe('planners and schedulers of one job', () => {
  const SCHEDULER = `Reporting to the Construction Manager, you will keep the baseline programme for our new hospital wing in Primavera P6.
• Update progress weekly with the site team and issue three-week look-aheads
• Run critical path and float analysis and report slippage to the Project Director
• Assess delays with time impact analysis for variation claims
Requirements: 6+ years scheduling on building projects, expert P6 skills. Salary $140k, permanent.`;

  it('reads a scheduler on one build as neither, with or without the title', () => {
    for (const title of [null, 'Project Controls Scheduler']) {
      const result = run(SCHEDULER, title);
      expect(result.verdict).toBe('neither');
      expect(result.looksLike).toBe('a project planner or scheduler');
    }
  });

  it('still reads a planner who plans across the portfolio for the PMO as PMO support', () => {
    const result = run(
      `Join our PMO as planner for the capital portfolio of 60 projects.
You will maintain the integrated portfolio schedule in Primavera P6, run critical path checks on each project's plan, consolidate look-aheads and report schedule health to the portfolio board.
You will set the planning standards and templates all project managers follow.
Requirements: 4 years planning experience, P6. Salary $110k, permanent.`,
      'Portfolio Planner',
    );
    expect(result.verdict).toBe('pmo');
  });
});

describe('pages about PMOs that hire nobody', () => {
  const PRODUCT = `Portfolio clarity for every PMO
Home · Features · Pricing · Log in
One live view of all projects, resources and budgets. Replace status decks with dashboards your portfolio board trusts.
Stage gates, RAID logs and benefits tracking, configured around your governance.
Trusted by 400 project offices worldwide.
Integrations with Jira, Microsoft Project and Power BI out of the box.
Pricing
Starter: €25 per user per month. Scale: €45 per user per month.
Start your free trial today, no credit card needed, or book a demo with our team.`;
  const EVENT = `Portfolio Office Day 2026 – Agenda
09:00 Welcome coffee
09:30 Keynote: from status reports to investment decisions
10:30 Breakout sessions: Track 1 governance and stage gates, Track 2 PPM tooling
12:30 Lunch
14:00 Panel discussion: the PMO of the future
Tickets: early bird €250. Sponsors and exhibitors welcome. Venue: Congress Centre, Ghent.`;

  it('reads a PPM vendor page and a PMO event agenda as no job ads', () => {
    expect(run(PRODUCT).looksLike).toBe('a software product page, not a job ad');
    expect(run(PRODUCT).verdict).toBe('neither');
    expect(run(EVENT).looksLike).toBe('an event or conference page, not a job ad');
    expect(run(EVENT, 'Portfolio Office Day 2026').verdict).toBe('neither');
  });

  it("reads a consultancy's PMO services page as no job ad, with or without its title", () => {
    const SERVICES = `Project offices that work
Our services
Portfolio set-up: we help organisations choose and rank their projects with criteria the board can defend.
Interim PMO: our consultants run your reporting cycle, RAID reviews and steering packs while you hire.
Case studies
A water utility cut its project list by a third in one planning round.
Why Ferrowell?
Twenty years of project governance across utilities and local government.
Contact us for a free consultation with one of our PMO advisers.`;
    for (const title of [null, 'PMO Services']) {
      const result = run(SERVICES, title);
      expect(result.looksLike).toBe("a consultancy's services page, not a job ad");
      expect(result.verdict).toBe('neither');
    }
  });

  it('still reads an ad for an events PMO lead, which names the conference and its sponsors, as an ad', () => {
    const result = run(`We are looking for a PMO Manager to join our events business.
You will set portfolio governance and reporting standards for all 40 conference projects each year and run the portfolio dashboard for the board.
Responsibilities include managing the sponsorship and ticketing project pipeline and supporting event project managers with templates.
Requirements: 5 years of PMO experience. Salary £60,000, permanent, based in London.`);
    expect(result.verdict).toBe('pmo');
  });
});

describe('a bare "Delivery Manager" in an agile team', () => {
  const AGILE = `We are looking for a Delivery Manager to join one of our digital service teams.
• Facilitate agile ceremonies: sprint planning, stand-ups and retrospectives
• Remove blockers so the team can focus on its goals
• Help the team improve its ways of working and track its flow in Jira
• Work with the product manager to manage dependencies with other teams`;

  it('is the agile team role, not a project manager', () => {
    const result = run(AGILE, 'Delivery Manager');
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('agile delivery manager');
    expect(readTitle('Project Delivery Manager – Data Centre')).toMatchObject({ side: 'pm' });
    expect(readTitle('Delivery Manager & PMO Lead')).toMatchObject({ side: 'hybrid' });
  });
});

describe('titles that name another trade beside project words', () => {
  it('reads cost controllers, maintenance planners and executive assistants as other roles', () => {
    expect(readTitle('Senior Cost Controller – Rail Depot')).toMatchObject({ looksLike: 'cost controller' });
    expect(readTitle('Planner: Outages and Projects (Plant Maintenance)')).toMatchObject({
      looksLike: 'a maintenance planner',
    });
    expect(readTitle('Executive Assistant to the Head of PMO')).toMatchObject({
      side: 'neither',
      looksLike: 'executive assistant',
    });
    expect(readTitle('Project Planner PMO (Primavera P6)')).toMatchObject({ side: 'pmo' });
  });

  it('lets the title decide a thin ad of project-cost duties', () => {
    const result = run(
      `Prepare the cost breakdown structure and the control budget for the new terminal.
Monitor and record actual costs and commitments against the budget every month.
Manage the project budget forecast and report cost variances to the project manager.`,
      'Senior Cost Controller',
    );
    expect(result.verdict).toBe('neither');
  });
});

describe('another trade named in the body of an ad without a title', () => {
  it('counts as much as its title would', () => {
    const result = run(`We are looking for a Senior Cost Controller for a new hospital project.
Responsibilities:
• Prepare and maintain the cost breakdown structure and the control budget
• Monitor and record actual costs and commitments against the budget
• Manage the project budget forecast and report cost variances to the project manager`);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('cost controller');
  });
});
