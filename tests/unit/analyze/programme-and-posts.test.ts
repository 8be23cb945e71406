/**
 * Round twelve of the classifier: whose programme it is (an agile delivery lead who leads one
 * programme's delivery; a "Programme Manager" hired to run a transformation office that rules
 * out running workstreams), a project officer whose week is split between one project and the
 * trust's portfolio, a blog post that names itself as one, and a services firm's project finance analyst.
 */
import { describe, expect, it } from 'vitest';
import { readsLikeArticle } from '../../../src/analyze/sections';
import { evidenceFor, run } from './helpers';

describe('whose programme it is', () => {
  it('reads an agile delivery lead who leads one programme’s delivery as its manager, under a title naming another role', () => {
    const result = run(
      `You will lead delivery of the programme across three multidisciplinary teams.
What You'll Do
- Plan the delivery roadmap with the service owner and keep it realistic
- Run the programme's governance with the client: show-and-tells and the monthly programme board
- Manage the delivery budget and forecast accurately
- Coach the teams' delivery managers and help them improve flow`,
      'Agile Delivery Lead',
    );
    expect(evidenceFor(result, "programme's governance").side).toBe('pm');
    expect(evidenceFor(result, "Coach the teams' delivery managers").side).toBe('pm');
    expect(result.verdict).toBe('pm');
  });

  it('reads a "Programme Manager" who will not run a workstream as the office it runs', () => {
    const result = run(
      `They are looking for an experienced Programme Manager to establish and lead the Transformation Office that will sit over the program. You won't be running a workstream or managing a delivery team.
What you'll be doing
- Set up the Transformation Office: governance structure, reporting cadence and decision log
- Define the program's standards and templates for planning, RAID and stage gates
- Run quarterly prioritisation of change requests across the program
- Recruit and lead a team of 3 PMO analysts`,
      'Programme Manager',
    );
    expect(evidenceFor(result, "Define the program's standards").side).toBe('pmo');
    expect(result.verdict).toBe('pmo');
  });
});

describe('a project officer with a split week', () => {
  it('reads one project run for a funder and the portfolio support beside it as a hybrid', () => {
    const result = run(
      "Our Project Officer will split their time between two jobs. Half of the week you will run our Foundation Phase Reading Coaches project: planning the coaching calendar, managing the project's budget and writing the quarterly report to the funder. The other half you will support our Head of Programmes across all eleven projects, keeping the portfolio tracker and the donor reporting calendar, chasing project leads for their reports and preparing the quarterly portfolio review.",
    );
    expect(evidenceFor(result, 'writing the quarterly report to the funder').side).toBe('pm');
    expect(result.verdict).toBe('hybrid');
  });
});

describe('posts and finance roles', () => {
  it('reads a post that calls itself a blog post with a read time and related posts as an article', () => {
    const text = `Does your scale-up need a PMO?
Stackwise Blog · 6 min read
A PMO is not a team of project managers. It gives leadership a view across all the work.
Signs you need one: nobody can list what is in flight; every team reports status differently.
Related posts: "The minimum viable stage gate"`;
    expect(readsLikeArticle(text)).toBe(true);
  });

  it('reads a services firm’s project finance analyst as an accountant, without a title', () => {
    const result = run(`Responsibilities
- Own month-end close for professional services: revenue recognition under ASC 606
- Calculate work-in-progress, unbilled revenue and deferred revenue; prepare journal entries
- Raise customer invoices based on milestones and timesheets`);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('accountant');
  });
});
