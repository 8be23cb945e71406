/**
 * Round nine of the classifier: whose work a phrase describes. A project manager drawn from an
 * enterprise PMO's pool sits in it, reports in its tool and is assigned by its director, without
 * doing its work; a PMO chief's staff management and the delivery the bureaus stay accountable for
 * are not the chief's delivery; a consultancy PM who coaches the consultants on their own engagements
 * is leading a delivery team, not serving all projects.
 */
import { describe, expect, it } from 'vitest';
import { readTitle } from '../../../src/analyze/title';
import { evidenceFor, run } from './helpers';

describe('a project manager who sits in an enterprise PMO', () => {
  const PM_IN_THE_EPMO = `Job Summary
The Project Manager is a member of the Enterprise Project Management Office and is assigned by the EPMO Director to lead two or three clinical or IT projects at a time.
Responsibilities
• Lead assigned projects through initiation, planning, execution and closure.
• Develop project charters, work plans and budgets with project sponsors.
• Identify and manage risks and issues; escalate to sponsors as needed.
• Report status, budget and risks in the EPMO's portfolio tool each month.`;

  it('reads working for the EPMO director as working in the PMO, not running it', () => {
    const director = evidenceFor(run(PM_IN_THE_EPMO), 'EPMO Director');
    expect(director.context).toContain('works for the PMO lead');
  });

  it('reads reporting into the EPMO’s tool as a stakeholder’s use of it', () => {
    const result = run(PM_IN_THE_EPMO);
    expect(evidenceFor(result, "in the EPMO's").side).toBe('pm');
    expect(evidenceFor(result, 'portfolio tool').context).toContain('describes the PMO the role works with');
  });

  it('reads membership of the EPMO as where the role sits, and the job as a PM, even under a two-role title', () => {
    const result = run(PM_IN_THE_EPMO, 'PMO Project Manager');
    expect(evidenceFor(result, 'Enterprise Project Management Office').context).toContain(
      'where the role sits',
    );
    expect(result.verdict).toBe('pm');
  });
});

describe('a PMO chief in a federal department', () => {
  const CHIEF = `Duties
Serves as Chief of the Enterprise PMO, directing a staff responsible for IT portfolio governance.
- Plans and directs the Department's capital planning and investment control process for the IT portfolio.
- Establishes Department-wide project and program management policy, standards and templates; ensures bureau compliance with OMB Circular A-11, FITARA and the Department's governance framework.
- Supervises IT portfolio analysts and contractor staff: assigns work, evaluates performance and develops staff.
The incumbent does not manage individual IT projects; program and project managers within the bureaus remain accountable for delivery.`;

  it('reads making the bureaus comply with a long list of rules as enforcing them', () => {
    expect(evidenceFor(run(CHIEF), 'governance framework').side).toBe('pmo');
  });

  it('reads assigning work to its own staff as line management and the bureaus’ accountability as theirs', () => {
    const result = run(CHIEF);
    expect(evidenceFor(result, 'assigns work').context).toContain('line management');
    expect(evidenceFor(result, 'accountable for delivery').context).toContain("others' delivery");
    expect(result.verdict).toBe('pmo');
  });

  it('reads the working title in brackets over the series title', () => {
    expect(readTitle('Program Manager (Enterprise PMO Chief)')).toMatchObject({
      side: 'pmo',
      pmoType: 'lead',
    });
    expect(readTitle('Project Coordinator (PMO)')?.side).toBe('hybrid');
  });
});

describe('a consultancy project manager', () => {
  it('reads mentoring the consultants on the role’s own engagements as leading its delivery team', () => {
    const result = run(`What You'll Do
• Lead one large ERP implementation for our clients from planning to go-live.
• Where the client has its own PMO, align our reporting with their templates and governance calendar.
• Mentor project managers and consultants on your engagements.`);
    expect(evidenceFor(result, 'Mentor project managers').context).toContain('on the role’s own projects');
    expect(evidenceFor(result, 'governance calendar').side).toBe('pm');
    expect(result.verdict).toBe('pm');
  });
});

describe('an analyst who prepares notes for the PMO manager', () => {
  it('reads the PMO manager as the role’s boss, not the role', () => {
    const result = run('• Analyze portfolio trends and prepare briefing notes for the PMO Manager.');
    expect(evidenceFor(result, 'PMO Manager').context).toContain('works for the PMO lead');
  });
});
