/**
 * Roles whose own work is to teach, sell or invest, in words a PMO also uses: a project-management
 * trainer, a PPM vendor's customer-success manager, an investment portfolio analyst. Their PMO and
 * PM words are what they work on, not what they do. Each reads as neither without its title.
 */
import { describe, expect, it } from 'vitest';
import { evidenceFor, run } from './helpers';

describe('a trainer teaching PMO and PM courses', () => {
  const TRAINER = `We are an accredited training organisation delivering project, programme and portfolio management courses.
What you'll do
• Deliver accredited courses including PRINCE2 Foundation and Practitioner, APM PMQ and P3O Foundation
• Tailor in-house courses for corporate clients, including workshops for their PMO teams on governance and portfolio reporting
• Coach delegates through exams and maintain high pass rates
• Develop and update course materials and exercises
About you
• Practical experience of project management, and ideally of working in a PMO`;

  it('reads as neither (a trainer) from the description alone', () => {
    const result = run(TRAINER);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('trainer');
  });

  it('keeps the course topics as evidence, marked as what the trainer works on', () => {
    const topic = evidenceFor(run(TRAINER), 'portfolio reporting');
    expect(topic.context).toContain('what the trainer works on');
    expect(topic.weight).toBeLessThan(1);
  });

  it('does not discount delivery words that stand before the other role’s words', () => {
    const result = run('Ensure a smooth handover to customer success at go-live.');
    expect(evidenceFor(result, 'handover to').context).not.toContain(
      'what the customer success manager works on',
    );
  });
});

describe('a PPM vendor’s customer-success manager', () => {
  it('reads the customers’ PMO governance as what the role works on', () => {
    const result = run(
      "Help customers get value from our platform: understand their PMO's goals, governance process and reporting needs.",
    );
    const governance = evidenceFor(result, 'governance process');
    expect(governance.context).toContain('what the customer success manager works on');
    expect(governance.weight).toBeLessThan(1);
  });
});

describe('an investment portfolio analyst', () => {
  const INVESTMENT = `We are looking for a Portfolio Analyst to support our investment managers.
• Monitor client portfolios against their mandates and asset allocation targets
• Help maintain our portfolio management system and data
• Prepare rebalancing trades and check them before execution`;

  it('reads "portfolio" in the investment sense throughout, and the ad as neither', () => {
    const result = run(INVESTMENT);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('investment analyst');
    expect(evidenceFor(result, 'portfolio management system').context).toContain('an investment portfolio');
  });

  it('keeps the PMO sense when the ad speaks of a portfolio of projects', () => {
    const result = run(`${INVESTMENT}
• Produce the monthly report on the portfolio of projects that modernise our trading platforms`);
    expect(evidenceFor(result, 'portfolio management system').context).not.toContain(
      'an investment portfolio',
    );
  });
});

describe('an agency recruiter for project roles', () => {
  const RECRUITER = `• Recruit project managers, PMO analysts and programme directors for our clients in financial services
• Build candidate pipelines and manage a team of four recruiters
• Track placements, fees and candidate feedback`;

  it('reads as neither (a recruiter) from the description alone', () => {
    const result = run(RECRUITER);
    expect(result.verdict).toBe('neither');
    expect(result.looksLike).toBe('recruiter');
  });

  it('leaves a PMO lead who recruits their own team alone', () => {
    const result = run(`• Recruit and develop a team of PMO analysts
• Set the governance framework and portfolio reporting for all projects`);
    expect(result.verdict).toBe('pmo');
  });
});
