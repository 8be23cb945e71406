/**
 * Round fifteen of the classifier: a stated split whose minor part is a quarter or less (a side
 * task, not a second job), PMO work someone else does ("looked after by the PMO Manager", "the Head
 * of Portfolio Office is the sponsor", workshops run with the office), a programme office head whose
 * ad rules out delivery accountability, PMUs (project management units), Singapore's project
 * executives, and consultancies selling PMO services in their own words.
 */
import { describe, expect, it } from 'vitest';
import { readNotAnAd } from '../../../src/analyze/sections';
import { readTitle } from '../../../src/analyze/title';
import { evidenceFor, run } from './helpers';

describe('a stated split with a minor part', () => {
  it('reads 75% own projects and 25% PMO help as a PM, not a hybrid', () => {
    const result = run(`What you'll do
- About 75%: managing two or three small projects at a time, writing the project plan, tracking the budget and reporting to the sponsor.
- About 25%: helping the PMO with the weekly portfolio status roll-up and keeping project pages up to date.`);
    expect(result.verdict).toBe('pm');
  });

  it('still reads a 60/40 split as a hybrid', () => {
    const result = run(`What you'll do
- About 60%: managing two or three small projects at a time, writing the project plan, tracking the budget and reporting to the sponsor.
- About 40%: helping the PMO with the weekly portfolio status roll-up, maintaining the portfolio dashboard and preparing the governance board papers.`);
    expect(result.verdict).toBe('hybrid');
  });
});

describe('PMO work someone else does', () => {
  it('reads portfolio reporting "looked after by the PMO Manager" as another post’s work', () => {
    const result = run(
      'Please note this is a delivery role: portfolio reporting and governance are looked after by the PMO Manager.',
    );
    expect(evidenceFor(result, 'portfolio reporting').context).toContain('describes the organisation');
  });

  it('reads the Head of Portfolio Office who is the sponsor, and workshops run with the office, as not running it', () => {
    const result = run(
      'You will sit alongside the Portfolio Office team but your job is to run this one project: the Head of Portfolio Office is the sponsor. Run workshops with the Portfolio Office and project managers to define requirements.',
    );
    expect(evidenceFor(result, 'Head of Portfolio Office').context).toContain('works for the PMO lead');
    expect(evidenceFor(result, 'Run workshops with the Portfolio Office').side).toBe('pm');
  });
});

describe('a programme office head with no delivery accountability', () => {
  it('reads the "Programme Manager" who runs the programme office as PMO lead', () => {
    const result = run(
      `In this role you will
- Lead the Program Office (two Program Analysts and a Document Controller) and set its direction
- Own the capital works project lifecycle, gateway checklists and templates, and make sure project managers apply them
- Prepare consolidated reporting for the Capital Management Committee
- Maintain the program schedule and the dependencies between projects
Please note this role does not have direct project delivery accountability.`,
      'Programme Manager, Capital Works',
    );
    expect(result.verdict).toBe('pmo');
  });
});

describe('names of the office and the role in other markets', () => {
  it('reads a project management unit’s analyst as PMO support', () => {
    const result = run(`Key performance areas
- Collect monthly progress, expenditure and milestone data from project managers across departments
- Compile monthly and quarterly performance reports for the PMU Manager
- Check that project files comply with PMU standards
- Coordinate PMU steering committee meetings and prepare minutes`);
    expect(result.verdict).toBe('pmo');
  });

  it('reads a Singapore project executive as a project manager', () => {
    expect(readTitle('Project Executive (Interior Fit-Out)')?.side).toBe('pm');
    const result = run(`Job Responsibilities
- Handle interior fit-out projects for offices and retail shops from site possession to handover
- Prepare work programmes and monitor progress on site daily
- Coordinate subcontractors and suppliers`);
    expect(result.verdict).toBe('pm');
  });

  it('reads a consultancy’s PMO services page in its own words as a services page', () => {
    const text = `PMO Services – Establishing and Operating Project Management Offices
Helping entities deliver: Axis helps them build the Project Management Offices that keep initiatives on track.
Our PMO services
1. PMO Establishment: maturity assessment and governance framework.
2. PMO as a Service: our consultants operate your PMO on your behalf.
Why Axis
- More than 60 PMO engagements.
Contact our PMO practice to arrange a free maturity assessment.`;
    expect(readNotAnAd(text)).toBe("a consultancy's services page, not a job ad");
  });
});
