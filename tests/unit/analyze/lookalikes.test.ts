/**
 * Pages and roles that borrow the PMO's words without doing PMO or PM work: a course page that
 * sells a PMO certification, a business analyst called a "project analyst", an office coordinator
 * whose title says "project". Each reads as neither, with or without its title.
 */
import { describe, expect, it } from 'vitest';
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
