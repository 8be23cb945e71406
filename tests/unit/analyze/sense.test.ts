/**
 * "Programme", "PM" and "PMO" in other trades: an events programme, a school's activities
 * programme, preventive maintenance, a property management office. The role's own activities
 * decide the sense; an ad about projects keeps the project sense.
 */
import { describe, expect, it } from 'vitest';
import { readOtherSense } from '../../../src/analyze/sense';
import { readTitle } from '../../../src/analyze/title';
import { run } from './helpers';

const CONFERENCE = `Our annual summit brings 3,000 delegates to Lisbon each spring.
You will shape and deliver the conference programme: invite keynote speakers, build the line-up for four stages, and oversee the programme from call for papers to the closing session.
You will manage the venue relationship and work with ticketing on audience numbers.`;

const COLLEGE = `Our sixth-form college serves 900 learners.
You will plan and run our programme of lessons, workshops and visits that sit beside the curriculum.
You will agree the timetable with teachers, keep parents informed and manage the programme budget.`;

const PLANT = `You will plan and schedule the PM programme for the bottling plant.
• Raise work orders in the CMMS and allocate them to shift technicians
• Track breakdowns, spare parts stock and calibration due dates
• Report compliance with the PM schedule to the engineering manager`;

const LETTINGS = `Our PMO (Property Management Office) looks after 600 flats across the city.
• Agree tenancies and lease renewals with tenants
• Chase rent arrears and arrange inspections with landlords
• Log repairs reported by residents`;

describe('programme, PM and PMO in another trade', () => {
  it('reads an events programme as an events programmer, not a programme manager', () => {
    const result = run(CONFERENCE, 'Programme Manager');
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('an events programmer');
  });

  it('reads a school activities programme as an education coordinator', () => {
    const result = run(COLLEGE, 'Programme Coordinator');
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('an education or activities coordinator');
  });

  it('reads PM as preventive maintenance when the work is work orders and equipment', () => {
    const result = run(PLANT, 'PM Planner');
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('a maintenance planner');
  });

  it('reads a PMO spelled out as a property management office as property management', () => {
    const result = run(LETTINGS, 'PMO Assistant');
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('a property manager');
  });

  it('takes the sense an ad spells out for its acronym, in either order', () => {
    expect(readOtherSense('The PMO (Property Management Office) answers calls.')?.sense.id).toBe('property');
    expect(readOtherSense('You will run planned maintenance (PM) on the line.')?.sense.id).toBe(
      'maintenance',
    );
    expect(readOtherSense('The PMO (Project Management Office) sets standards.')).toBeNull();
  });

  it('damps the ambiguous word and says which sense it took', () => {
    const title = run(CONFERENCE, 'Programme Manager').evidence.find((e) => e.dimension === 'title');
    expect(title?.weight).toBeLessThan(1);
    expect(title?.context).toContain('“Programme” in the events sense');
  });

  it('keeps the project sense when the ad is about projects in that trade', () => {
    const itProject = `You will manage the project to replace our festival ticketing system, one of three projects this year.
Run the project plan, budget and risks; report to the project board; lead the project team through testing with venues, artists' agents and audiences.`;
    expect(readOtherSense(itProject)).toBeNull();
    expect(run(itProject, 'Project Manager').verdict).toBe('pm');
  });
});

describe('a title naming a PMO role and a delivery role', () => {
  it('reads "Project Manager & Portfolio Lead" as a hybrid title', () => {
    expect(readTitle('Project Manager & Portfolio Lead')?.side).toBe('hybrid');
  });

  it('keeps a PMO title with a served area as PMO', () => {
    expect(readTitle('Portfolio Analyst – Capital Projects')?.side).toBe('pmo');
  });
});

describe('a PMO builder who also leads one named project', () => {
  const BOTH = `Our council will spend £40 million on change over five years and needs a way to choose and track it. This role does both.
Portfolio
• Establish the governance framework for the change portfolio, including a stage-gate process and investment criteria
• Introduce portfolio reporting to the leadership team covering every project
• Set project management standards and coach project managers to apply them
• Chair the portfolio board and advise directors on capacity across the portfolio
Delivery
• Lead the Waste Collection Rounds project through procurement and go-live
• Manage the project budget and the supplier
• Manage project risks and issues`;

  it('reads it as a hybrid when the ad says the role does both', () => {
    expect(run(BOTH).verdict).toBe('hybrid');
  });

  it('stays PMO without the named project it leads', () => {
    const noProject = BOTH.replace(
      '• Lead the Waste Collection Rounds project through procurement and go-live\n',
      '',
    );
    expect(run(noProject).verdict).toBe('pmo');
  });
});

describe('a short delivery ad with no title', () => {
  it('counts "plan the migration" as delivery, so a two-line PM ad is not too thin to judge', () => {
    const short = `We are replacing our booking system this year. You will plan the migration, manage our implementation partner and sign off the cutover.`;
    const result = run(short);
    expect(result.verdict).toBe('pm');
    expect(result.evidence.some((e) => e.match.toLowerCase() === 'plan the migration')).toBe(true);
  });

  it('does not count planning a portfolio as delivery', () => {
    const result = run('You will plan the portfolio review cycle with the PMO lead.');
    expect(result.evidence.some((e) => e.side === 'pm' && /plan the portfolio/i.test(e.match))).toBe(false);
  });
});

describe('production, brand portfolios and conference programmes in their own trades', () => {
  it('reads a film or TV production manager as a production role, not a project manager', () => {
    const shoot = `We need a Production Manager for a six-part documentary series for a streaming broadcaster.
• Set and manage the production budget with the executive producer
• Hire crew and book equipment for a two-week location shoot
• Prepare call sheets and filming schedules with the line producer
• Deliver the edit and post-production deliverables to the broadcaster on time`;
    const result = run(shoot, 'Production Manager');
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toMatch(/production manager/);
    expect(run(shoot).verdict).toBe('neither');
    expect(run(shoot).looksLike).toBe('a film or broadcast production manager');
  });

  it('reads a brand portfolio in pharma or consumer marketing as brand management', () => {
    const brands = `Lead our respiratory portfolio of four brands.
• Own the annual brand plan and the promotional strategy
• Grow market share through campaigns with key opinion leaders
• Brief the sales force and medical representatives on brand messages
• Manage the brand budget and track prescription data`;
    const result = run(brands, 'Brand Manager – Respiratory Portfolio');
    expect(result.verdict).toBe('neither');
    expect(run(brands).verdict).toBe('neither');
    expect(run(brands).looksLike).toBe('a brand or product marketing manager');
  });

  it('reads a conference programme of keynotes, panels and speakers as events programming', () => {
    const agenda = `You will own the content of our annual cybersecurity summit.
• Build the agenda of keynotes, panels and roundtables
• Recruit and brief 80 speakers and moderators
• Work with sponsorship sales on sponsored sessions`;
    const result = run(agenda, 'Conference Programme Manager');
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('an events programmer');
  });

  it('keeps the project sense for a project manager in a broadcaster or a drug company', () => {
    const broadcasterIt = `You will manage the project to move our playout systems to the cloud, one of four projects in the broadcast technology programme.
• Own the project plan, budget and risks, and report to the project board
• Lead the project team of engineers and the supplier through testing and cutover before the next series goes to air`;
    expect(run(broadcasterIt, 'Project Manager').verdict).toBe('pm');
  });
});

describe('a title that spells out PMO or PM as another role', () => {
  it('reads "PMO (Principal Medical Officer)" as the medical post it names', () => {
    const reading = readTitle('PMO (Principal Medical Officer) – Community Health Centre');
    expect(reading?.side).toBe('neither');
    expect(reading?.looksLike).toBe('principal medical officer');
    expect(readTitle('Senior Medical Officer (SMO)')).toBeNull();
    expect(readTitle('Principal Medical Officer (PMO), Taluk Hospital')?.side).toBe('neither');
  });

  it('keeps the PMO sense when the spelled-out words are about projects, or are not its initials', () => {
    expect(readTitle('PMO (Project Management Office) Analyst')?.side).toBe('pmo');
    expect(readTitle('Portfolio Management Office (PMO) Lead')?.side).toBe('pmo');
    expect(readTitle('Head of Governance (PMO)')?.side).toBe('pmo');
  });

  it('calls a clinical post titled "PMO" neither, not a PMO job', () => {
    const clinic = `Applications are invited for one post on a one-year contract.
• Supervise the medical officers and nursing staff of the hospital
• Ensure drugs and consumables are available
• Submit monthly returns to the district health office`;
    const result = run(clinic, 'PMO (Principal Medical Officer)');
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('principal medical officer');
  });
});

describe('a charity or social-care "programme" that is an ongoing service', () => {
  const SERVICE = `We are looking for a Programme Manager to run our Family Links programme for 250 families a year.
• Line manage four support workers and recruit and train volunteers
• Oversee the caseload, referrals from social services and each family's support plan
• Lead on safeguarding and report outcomes to our funders
• Manage the programme budget`;

  it('reads it as service management, not a programme manager', () => {
    const result = run(SERVICE, 'Programme Manager – Family Links');
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('a service manager in a charity or social care');
  });

  it('keeps the project sense for a charity that hires a PM to deliver projects', () => {
    const result = run(
      `Our charity supports 3,000 young people and their families through volunteers and outreach.
We need a Project Manager to deliver our new case management system project: plan the project, manage the project budget and supplier, and lead the project to go-live on time.`,
      'Project Manager',
    );
    expect(result.verdict).toBe('pm');
  });
});

describe('maintenance planning named by its work, not by "preventive maintenance"', () => {
  it('reads a plant planner of maintenance work, SAP PM and shutdowns as a maintenance planner', () => {
    const result = run(`Plan and schedule corrective and routine maintenance work for the rolling mill.
• Build the weekly maintenance schedule in SAP PM and issue it to the artisans
• Plan the annual shutdowns: job lists, critical path in MS Project and contractor manpower
• Report weekly on schedule compliance and backlog`);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('a maintenance planner');
  });
});

describe('a funder’s programme officer', () => {
  it('reads a portfolio of grants as grant-making, not a PMO', () => {
    const result = run(
      `The Programme Officer will manage a portfolio of about 25 active health grants.
• Run calls for proposals and support applicants to develop proposals, budgets and results frameworks
• Carry out due diligence on shortlisted organisations and prepare grant agreements
• Monitor grantees through site visits and reports, and approve disbursements
• Report on the portfolio to the board of our philanthropic trust`,
      'Programme Officer – Health Grants',
    );
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('a grants officer');
  });
});
