/**
 * Round eleven of the classifier: construction's delivery words (buyout, OAC meetings, pay
 * applications, an assistant PM who assists the senior ones), a PM drawn from an enterprise PMO
 * who applies its standards, a consultancy selling PMO services, a research funder's programme
 * officer, and a transformation office lead who also leads one programme by the ad's own layout.
 */
import { describe, expect, it } from 'vitest';
import { readNotAnAd, splitSections } from '../../../src/analyze/sections';
import { evidenceFor, run } from './helpers';

describe('construction delivery', () => {
  it('reads managing one sized project from buyout to closeout as delivery, not project engineering', () => {
    const result = run(`The Role:
- Manage a 200+ unit senior living project from buyout through closeout
- Own the budget, schedule and subcontractor buyout
- Run OAC meetings and handle change orders, RFIs and submittals`);
    expect(evidenceFor(result, 'from buyout through closeout').side).toBe('pm');
    expect(result.verdict).toBe('pm');
  });

  it('reads an assistant PM’s support of the senior PMs as junior delivery, and a duties list after "you will:" as duties', () => {
    const text = `About you
You'll have a degree in civil engineering. You'll start by supporting senior project managers and later lead smaller schemes yourself. In the role you will:
- prepare and update project programmes in MS Project
- track costs against budget
- administer NEC4 contracts: early warnings, compensation events and payment assessments`;
    const result = run(text);
    expect(evidenceFor(result, 'supporting senior project managers').context).toContain(
      'assists a project manager',
    );
    expect(evidenceFor(result, 'track costs').section).toBe('duties');
    expect(result.verdict).toBe('pm');
  });

  it('still reads supporting the project managers across the portfolio as PMO work', () => {
    const result = run(
      '• Support the project managers across the portfolio with templates, reporting and RAID logs',
    );
    expect(evidenceFor(result, 'Support the project managers').side).toBe('pmo');
  });
});

describe('a split PMO coordinator and assistant PM', () => {
  it('reads the assistant-PM half (serving as APM, pay applications, buyout) and the PMO half as a hybrid', () => {
    const text = `We're hiring a coordinator to split time between our operations PMO and one of our project teams.
- Run the monthly operations reporting cycle: collect cost-to-complete and schedule updates from every project team
- Maintain the company's template library and help train new project engineers on it
- Serve as Assistant Project Manager on a $40M clinic building
- Track owner change orders, help prepare pay applications and buy out subcontracts`;
    const result = run(text);
    expect(evidenceFor(result, 'Serve as Assistant Project Manager on').side).toBe('pm');
    expect(result.verdict).toBe('hybrid');
  });
});

describe('a project manager in an enterprise PMO', () => {
  it('reads applying EPMO standards as following them, and the EPMO providing PMs as the organisation', () => {
    const result =
      run(`The Enterprise Project Management Office (EPMO) provides project managers to lead projects across the system.
Responsibilities
- Lead assigned projects through the full lifecycle
- Build project schedules and budgets with sponsors
- Apply EPMO standards and share lessons learned to help improve them`);
    expect(evidenceFor(result, 'EPMO standards').side).toBe('pm');
    expect(evidenceFor(result, 'Enterprise Project Management Office').context).toContain(
      'describes the organisation',
    );
    expect(result.verdict).toBe('pm');
  });
});

describe('pages and look-alikes', () => {
  it('reads a consultancy selling PMO set-up as a services page', () => {
    const text = `PMO Services – Design and Run Your Project Office
Fenwater Advisory · Services › PMO
Our PMO services
PMO design: we assess your maturity and design your PMO's operating model.
PMO-as-a-Service: experienced PMO managers and analysts on a managed-service basis.
Case study: a regional water utility
Talk to us: complete the enquiry form and a practice lead will be in touch.`;
    expect(readNotAnAd(text)).toBe("a consultancy's services page, not a job ad");
  });

  it('reads a research funder’s programme officer as a grants role', () => {
    const result = run(
      'Our research team is looking for a Programme Officer to help run our grant schemes. You will manage funding rounds from call launch to award, recruit peer reviewers and prepare papers for our funding committees, then monitor active grants through annual reports.',
    );
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('a grants officer');
  });

  it('reads checking project schedules against standards as assurance, not running a project', () => {
    const result = run(
      "• Run monthly checks of project schedules and cost reports against the portfolio office's controls standards",
    );
    expect(result.evidence.filter((e) => e.side === 'pm' && e.weight >= 1)).toEqual([]);
  });
});

describe('an office lead whose ad lays the job out in two parts', () => {
  it('keeps the programme it leads as delivery, even though the title names only the office', () => {
    const text = `The role has two parts: running the transformation office and, because of its importance, directly leading one regulatory programme.
A. Leading the Transformation Office (about 60% of time)
1. Own the bank's change governance framework: intake, business case standards and stage gates
2. Run the quarterly portfolio prioritisation with the Executive Committee
3. Produce the monthly transformation dashboard for the Executive Committee
B. Leading the capital reforms programme (about 40% of time)
1. Lead the programme to meet the regulator's timelines
2. Own the integrated programme plan and budget, and direct workstream leads
3. Manage programme risks and issues, and lead go-live readiness`;
    const result = run(text, 'Transformation Office Lead');
    expect(evidenceFor(result, 'Own the integrated programme plan').side).toBe('pm');
    expect(result.verdict).toBe('hybrid');
    expect(splitSections(text).some((s) => s.kind === 'duties')).toBe(true);
  });
});
