/**
 * Round fourteen of the classifier: the PMO's kind of task done for the role's own project (its
 * risk register, its analysts, its budget's actuals), templates set by the PMO, a PMO "which sets"
 * the standards, time spent leading the project managers of one programme, and pages and roles that
 * borrow the vocabulary (blog posts that name themselves, job-alert e-mails, project accountants who
 * sit in Finance, the ERP workstream's finance words, a head of agile coaching).
 */
import { describe, expect, it } from 'vitest';
import { readsLikeArticle } from '../../../src/analyze/sections';
import { looksLikeJobAd } from '../../../src/extract/job-ad-cues';
import { evidenceFor, run } from './helpers';

describe('the PMO’s kind of task done for the role’s own project', () => {
  it('reads the project risk register, the project’s analysts and its budget actuals as the PM’s', () => {
    const result = run(`Responsibilities
- Lead the payments modernisation project through its full lifecycle
- Manage a project budget of approximately $9M and report actuals and forecasts monthly
- Coach junior project managers and analysts assigned to the project
- Support risk workshops and keep the project risk register up to date`);
    expect(evidenceFor(result, 'Coach junior project managers').context).toContain(
      'for the role’s own project',
    );
    expect(evidenceFor(result, 'keep the project risk register').side).toBe('pm');
    expect(result.verdict).toBe('pm');
  });

  it('still reads a risk register kept across all projects as PMO work', () => {
    const result = run('- Keep the risk register up to date across all projects in the portfolio');
    expect(result.evidence.some((e) => e.side === 'pmo')).toBe(true);
    expect(result.evidence.every((e) => !e.context.includes('for the role’s own project'))).toBe(true);
  });

  it('reads templates set by the PMO and a PMO "which sets" the standards as the PMO’s', () => {
    const result =
      run(`- Enter monthly status updates for your projects into our portfolio system, following the templates set by our PMO
- You report progress to the steering committee and work in close coordination with our PMO, which sets reporting standards for all company projects`);
    expect(evidenceFor(result, 'set by our PMO').side).toBe('pm');
    expect(evidenceFor(result, 'sets reporting standards').side).toBe('pm');
    expect(evidenceFor(result, 'for all company projects').context).toContain(
      'describes the PMO the role works with',
    );
  });
});

describe('a programme manager who leads its project managers', () => {
  it('reads leading a team of project managers as delivering the programme', () => {
    const result = run(
      'You will lead a team of three project managers, a business analyst and a change lead, and deliver the programme to its business case.',
      'Programme Manager – Digital Transformation',
    );
    expect(evidenceFor(result, 'lead a team of three project managers').side).toBe('pm');
  });
});

describe('pages and look-alikes of round fourteen', () => {
  it('reads an opinion post with a read time, related reading and a subscribe line as an article', () => {
    const text = `Why your PMO deserves a seat at the executive table
The Portfolio Practitioner · Opinion · 7 min read
Reporting is not the product. Governance should be proportionate.
Related reading: five lessons from a government portfolio office.
Subscribe for a new article every fortnight.`;
    expect(readsLikeArticle(text)).toBe(true);
  });

  it('refuses a job-alert e-mail listing new jobs as not a job ad', () => {
    const text = `27 new jobs for "PMO Analyst" near Chicago, IL
Your daily alert · Manage alerts · Unsubscribe
Hi Jordan, here are the newest jobs that match your saved search.
PMO Analyst – Lakefront Capital – $70,000 a year · Easily apply
Support the PMO in portfolio reporting for 25 technology initiatives. Posted 1 day ago
Junior Project Coordinator – Great Lakes Logistics – $24 an hour
Coordinate schedules and documentation for warehouse projects. Posted 2 days ago`;
    expect(looksLikeJobAd(text).isJobAd).toBe(false);
  });

  it('reads a project accountant who sits in Finance as an accountant', () => {
    const result = run(`- Reconcile project costs, labor and subconsultant invoices
- Support month-end close, including revenue recognition entries
- Run standard financial reports for project managers
This role sits in Finance and does not manage projects or schedules.`);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('accountant');
  });

  it('reads an ERP workstream’s finance words as what the project covers, not an accountant', () => {
    const result = run(
      'You will be placed on the client team as the project manager for the Finance workstream, which covers general ledger, accounts payable and accounts receivable.',
    );
    expect(evidenceFor(result, 'general ledger').context).toContain('what the project delivers');
  });

  it('does not read leading a team of agile coaches as a delivery team', () => {
    const result = run(
      '- Lead a team of 12 enterprise agile coaches and scrum masters, and set the coaching strategy',
    );
    expect(evidenceFor(result, 'Lead a team').context).toContain('leads agile coaches');
  });
});
