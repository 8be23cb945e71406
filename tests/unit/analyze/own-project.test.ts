/**
 * Round ten of the classifier: a project manager's own project, told apart from the PMO it answers
 * to. Infrastructure PMs administer a head contract and prepare their own gate papers; they make
 * their package comply with the programme PMO's standards, apply the enterprise PMO's framework
 * and work with the analyst it assigns. A transformation office's stage list and its own team stay
 * the office's. Plus the wording of ads from other traditions (a typical week, a part's share of
 * time in a long heading, "preparing of project timing").
 */
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/analyze/sections';
import { evidenceFor, run } from './helpers';

const kindOf = (text: string, phrase: string) =>
  splitSections(text).find((s) => text.slice(s.start, s.end).includes(phrase))?.kind;

describe('an infrastructure project manager under a programme PMO', () => {
  const PACKAGE_PM = `Key responsibilities
• Lead delivery of the station upgrade against approved scope, programme and budget
• Manage the design consultant and the head contractor, including variations, extensions of time and progress claims
• Develop the project programme with the scheduler and manage the critical path through possession windows
• Ensure the package complies with the programme controls standards issued by the Programme PMO, including monthly reporting and document control
• Prepare monthly project reports and submit them to the Portfolio PMO
• Prepare gate review documentation when the project reaches Gate 4`;

  it('reads contract administration, the critical path and its own reports as delivery', () => {
    const result = run(PACKAGE_PM);
    expect(evidenceFor(result, 'Lead delivery of').side).toBe('pm');
    expect(evidenceFor(result, 'extensions of time').side).toBe('pm');
    expect(evidenceFor(result, 'manage the critical path').side).toBe('pm');
    expect(evidenceFor(result, 'Prepare gate review documentation').side).toBe('pm');
  });

  it('reads making its own package comply with the PMO’s standards as following them, and the job as a PM', () => {
    const result = run(PACKAGE_PM);
    expect(evidenceFor(result, 'document control').context).not.toContain('ensures others comply');
    expect(result.verdict).toBe('pm');
  });
});

describe('a project manager who applies an enterprise PMO’s framework', () => {
  it('reads the PMO’s framework, template and assigned analyst as the PMO’s, not the role’s', () => {
    const result = run(`What you'll be doing
- Leading the ERP project end to end, from mobilisation of the integrator through cutover and hypercare
- Building and managing the integrated project plan and budget
- Applying the Enterprise PMO's project management framework, monthly status reports in the EPMO template and the benefits register, and working with the EPMO analyst assigned to the project`);
    expect(evidenceFor(result, 'project management framework').side).toBe('pm');
    expect(evidenceFor(result, 'in the EPMO').side).toBe('pm');
    expect(result.verdict).toBe('pm');
  });
});

describe('a transformation office head', () => {
  it('reads a stage list after a lifecycle framework, cross-initiative dependencies and the office’s team as the office’s', () => {
    const result = run(`What you'll do
• Own the initiative lifecycle framework (idea, validated, planned, executing, realised) and the criteria for moving between stages
• Identify cross-initiative dependencies and resource conflicts, and broker solutions with business-unit leaders
• Produce the monthly transformation dashboard and committee papers
• Lead, develop and motivate the TMO team of analysts and managers`);
    expect(evidenceFor(result, 'planned, executing').context).toContain('a process about projects');
    expect(evidenceFor(result, 'Identify cross-initiative dependencies').context).toContain(
      "others' delivery",
    );
    expect(evidenceFor(result, 'motivate the TMO team').side).toBe('pmo');
    expect(result.verdict).toBe('pmo');
  });
});

describe('a junior professional who also manages a few projects', () => {
  it('reads managing two to three projects, preparing their budgets and taking corrective action as delivery', () => {
    const result = run(`Project management
- Manage two to three regional training projects: plan activities, prepare budgets and report on results to donors
- Monitor the progress of these projects and take corrective action with national counterparts`);
    expect(evidenceFor(result, 'Manage two to three regional training projects').side).toBe('pm');
    expect(evidenceFor(result, 'prepare budgets').side).toBe('pm');
    expect(evidenceFor(result, 'take corrective action').side).toBe('pm');
  });
});

describe('headings of other traditions, round ten', () => {
  it('reads a long heading with a share of time, "Why this role exists" and "Your typical week" as duties', () => {
    const text = `About us
We supply heat to a million homes.
Why this role exists
The programme needs a PMO and its largest project needs a manager.
Your tasks – Senior Project Manager Electrolyser (about half of your time)
• Lead the electrolyser project through permitting and tendering
Your typical week (approximate split of time)
- 40% – maintain the project tracker for the department's portfolio`;
    expect(kindOf(text, 'needs a PMO')).toBe('duties');
    expect(kindOf(text, 'Lead the electrolyser project')).toBe('duties');
    expect(kindOf(text, 'maintain the project tracker')).toBe('duties');
  });
});

describe('a junior project manager’s ad in second-language English', () => {
  it('reads project timing, following milestones and reporting of project status as PM work', () => {
    const result = run(`What you will do:
- managing of smaller customer projects from request until serial production
- preparing of project timing and follow the milestones
- communication with customer and reporting of project status`);
    expect(result.verdict).toBe('pm');
    expect(evidenceFor(result, 'project timing').side).toBe('pm');
    expect(evidenceFor(result, 'reporting of project status').side).toBe('pm');
  });
});

describe('a product manager who says it is not a project manager', () => {
  it('reads backlog prioritisation, A/B tests and years of product management as product work', () => {
    const result = run(`What you'll do
- Own the checkout experience end-to-end: from basket to first successful payment
- Define the product vision and a quarterly roadmap for your cross-functional team
- Define success metrics (conversion rate, time to pay) and be accountable for moving them
- Run A/B tests with design
- Prioritise the backlog with your engineering lead
What you'll bring
- 5+ years of product management in B2B SaaS
- Strong analytical skills (SQL)`);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('product manager');
  });
});
