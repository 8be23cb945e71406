/**
 * Round thirteen of the classifier: a PMO title that misleads (a "PMO Analyst" or "PMO Consultant"
 * hired to run one implementation), another post's duties in a clause of their own, an office named in
 * a title's brackets, time shares written as words ("about two thirds", "a third of the role"),
 * personal delivery said as "take on the project management of", and the look-alikes of the round
 * (a PMP bootcamp page, a sales team's coordinator).
 */
import { describe, expect, it } from 'vitest';
import { readNotAnAd, splitSections } from '../../../src/analyze/sections';
import { readTitle } from '../../../src/analyze/title';
import { evidenceFor, run } from './helpers';

describe('a PMO title that misleads', () => {
  it('reads a "PMO Analyst" hired to run one named implementation as a PM', () => {
    const result = run(
      `We are replacing our old ERP and are hiring a PMO Analyst to run this implementation.
What you will do
- Plan and manage the Epicor implementation from kickoff through go-live: build the project plan and keep the workstreams on schedule.
- Manage the implementation partner day to day.
- Track the project budget and raise change requests when scope moves.
- Lead weekly team meetings and the steering meeting with our CFO.`,
      'PMO Analyst',
    );
    expect(evidenceFor(result, 'build the project plan').side).toBe('pm');
    expect(result.verdict).toBe('pm');
  });

  it('reads a clause about what the PMO Manager handles as another post’s work', () => {
    const result = run(
      "You'll be one of four project managers assigned out of the PMO; the PMO Manager handles portfolio reporting and standards, and your job is to get this release out the door.",
    );
    expect(evidenceFor(result, 'portfolio reporting').context).toContain('describes the organisation');
  });

  it('does not read a go/no-go meeting as a negation', () => {
    const result = run('• Run wave readiness reviews and go/no-go meetings for each cut-over weekend.');
    expect(evidenceFor(result, 'cut-over').context).not.toContain('negated');
  });
});

describe('titles', () => {
  it('reads a manager of an office named in brackets as the office’s lead', () => {
    expect(readTitle('Program Manager (Capital Program Management Office)')).toMatchObject({
      side: 'pmo',
      pmoType: 'lead',
    });
  });

  it('reads "PMO & Delivery" and a project delivery office as named for the PMO', () => {
    expect(readTitle('Head of PMO & Delivery (m/f/d)')?.side).toBe('hybrid');
    expect(readTitle('Manager, Project Delivery Office')?.side).toBe('pmo');
  });
});

describe('time shares written as words', () => {
  it('reads "(about two thirds)", "(about one third)" and a long "how your time will be split" heading as duties', () => {
    const text = `About us
We store frozen food at the port.
The Role and How Your Time Will Be Split
This is a dual role.
PMO (about two thirds)
- Maintain the overview of all running projects
Project lead (about one third)
- Lead smaller internal projects yourself`;
    const kindOf = (phrase: string) =>
      splitSections(text).find((s) => text.slice(s.start, s.end).includes(phrase))?.kind;
    expect(kindOf('This is a dual role')).toBe('duties');
    expect(kindOf('Maintain the overview')).toBe('duties');
    expect(kindOf('Lead smaller internal projects')).toBe('duties');
  });

  it('reads "a third of the role" beside PMO support as a two-part job', () => {
    const result = run(
      'Most of your week will be spent supporting the PMO: collecting updates from project managers, maintaining the portfolio tracker and RAID logs and producing the fortnightly portfolio report. Alongside that you will take full ownership of the smaller internal projects, planning them, managing the budget, coordinating suppliers and seeing them through to completion, which is likely to be around a third of the role.',
    );
    expect(result.verdict).toBe('hybrid');
  });

  it('reads taking on the project management of two projects yourself beside running the office as a hybrid', () => {
    const result = run(
      'We are looking for a Head of Project Management to lead our project office. You lead a team of five project managers, define the processes, methods and templates, run the multi-project planning and capacity coordination, and prepare the monthly project portfolio report for the board. You will also take on the project management of the two largest customer projects yourself, including planning, budget responsibility and direct customer contact.',
    );
    expect(evidenceFor(result, 'take on the project management of').side).toBe('pm');
    expect(result.verdict).toBe('hybrid');
  });
});

describe('look-alikes of round thirteen', () => {
  it('reads a PMP bootcamp page as a course page', () => {
    const text = `PMP Exam Prep Bootcamp
Course code: PMGT-1009 · 40 contact hours · Tuition: $1,295
What you'll learn
- How to plan, execute, monitor and close a project
Who should enroll
Working project managers and PMO staff.
Upcoming cohorts: Tuesdays and Thursdays. Register online.`;
    expect(readNotAnAd(text)).toBe('a training course page, not a job ad');
  });

  it('reads a coordinator who supports a sales department as an administrator', () => {
    const result = run(
      'Savanna Foods is looking for a Project Coordinator to support our Sales and Marketing department. You will organise trade events and supermarket activations, book promoters, order branded materials, prepare weekly sales-visit schedules, compile daily sales returns, process petty cash and handle correspondence and filing.',
    );
    expect(result.verdict).toBe('neither');
  });
});
