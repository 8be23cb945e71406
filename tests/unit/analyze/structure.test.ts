import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/analyze/language';
import { readsLikeArticle, splitSections } from '../../../src/analyze/sections';
import { readSeniority, yearsAsked } from '../../../src/analyze/seniority';
import { splitSentences } from '../../../src/analyze/sentences';
import { readTitle } from '../../../src/analyze/title';

describe('sections', () => {
  const text = `We are looking for a PMO analyst.
Key responsibilities
• Maintain the RAID log
Requirements:
• Advanced Excel
Desirable
• P3O
About us
Acme is a leading insurer.
What we offer
• Pension and 25 days holiday
Acme is an equal opportunity employer.`;
  const sections = splitSections(text);
  const kindOf = (phrase: string) => sections.find((s) => text.slice(s.start, s.end).includes(phrase))?.kind;

  it('reads headings into section kinds', () => {
    expect(kindOf('We are looking')).toBe('other');
    expect(kindOf('Maintain the RAID log')).toBe('duties');
    expect(kindOf('Advanced Excel')).toBe('requirements');
    expect(kindOf('leading insurer')).toBe('about');
    expect(kindOf('Pension')).toBe('benefits');
    expect(kindOf('equal opportunity')).toBe('legal');
  });

  it('marks a "Desirable" section as hedged', () => {
    expect(sections.find((s) => text.slice(s.start, s.end).includes('P3O'))?.hedged).toBe(true);
  });

  it('reads an inline heading ("Responsibilities: …")', () => {
    const inline = 'Responsibilities: maintain the RAID log and collate reports.';
    const [section] = splitSections(inline);
    expect(section?.kind).toBe('duties');
    expect(inline.slice(section?.start, section?.end)).toBe('maintain the RAID log and collate reports.');
  });

  it('reads "You\'ll have" and "You will need" as requirements, "You will" as duties', () => {
    const ad = `You will
• Run the reporting cycle
You'll have
• Experience in a PMO
You will need
• Advanced Excel`;
    const parts = splitSections(ad);
    const kind = (phrase: string) => parts.find((s) => ad.slice(s.start, s.end).includes(phrase))?.kind;
    expect(kind('Run the reporting cycle')).toBe('duties');
    expect(kind('Experience in a PMO')).toBe('requirements');
    expect(kind('Advanced Excel')).toBe('requirements');
  });

  it('finds boilerplate in a text with no headings', () => {
    const plain =
      'You will run the project.\nWe are an equal opportunity employer and welcome all applicants.';
    expect(splitSections(plain).map((s) => s.kind)).toEqual(['other', 'legal']);
  });
});

describe('sentences', () => {
  it('splits blocks and sentences, keeping offsets and skipping bullets and abbreviations', () => {
    const text = 'Plan the work, e.g. the budget. Then deliver it!\n• Report to the PMO';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Plan the work, e.g. the budget.',
      'Then deliver it!',
      'Report to the PMO',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a wall of text so no sentence is unbounded', () => {
    const wall = 'word '.repeat(1000);
    expect(Math.max(...splitSentences(wall).map((s) => s.text.length))).toBeLessThanOrEqual(600);
  });
});

describe('language', () => {
  it('tells English from French, German and Spanish', () => {
    expect(detectLanguage('You will manage the project and report to the board with our team.')).toBe('en');
    expect(
      detectLanguage(
        'Vous piloterez le projet et les équipes pour nos clients dans le cadre du programme avec une forte autonomie.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Sie leiten das Projekt und die Teams mit unseren Kunden für eine bessere Zukunft im Unternehmen und der Region.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Buscamos un jefe de proyecto para el equipo con experiencia en la gestión de los proyectos y por supuesto con inglés.',
      ),
    ).toBe('es');
  });

  it('does not call English with a few loan words foreign', () => {
    expect(
      detectLanguage('The PMO will define the standards de facto for all projects in the portfolio.'),
    ).toBe('en');
  });
});

describe('seniority', () => {
  it('reads title words first', () => {
    expect(readSeniority('Junior PMO Analyst', '10 years of experience')).toBe('junior');
    expect(readSeniority('Head of PMO', '')).toBe('lead');
    expect(readSeniority('Senior Project Manager', '')).toBe('senior');
  });

  it('falls back to the years of experience asked', () => {
    expect(yearsAsked('At least 3-5 years of experience in a PMO')).toBe(3);
    expect(readSeniority('PMO Analyst', '5+ years experience supporting projects')).toBe('senior');
    expect(readSeniority('PMO Analyst', '2 years experience in a PMO')).toBe('mid');
    expect(readSeniority('Project Manager', 'Founded 40 years ago.')).toBe('unknown');
  });
});

describe('title', () => {
  it('reads PMO, PM, hybrid and other-role titles', () => {
    expect(readTitle('Senior PMO Analyst')).toMatchObject({ side: 'pmo', pmoType: 'support' });
    expect(readTitle('Head of PMO')).toMatchObject({ side: 'pmo', pmoType: 'lead' });
    expect(readTitle('IT Project Manager')).toMatchObject({ side: 'pm' });
    expect(readTitle('Project Manager - PMO')).toMatchObject({ side: 'hybrid' });
    expect(readTitle('Scrum Master')).toMatchObject({ side: 'neither', looksLike: 'scrum master' });
    expect(readTitle('Chef de projet IT (H/F)')).toMatchObject({ side: 'pm' });
    expect(readTitle('PMO Trainer')).toMatchObject({ side: 'neither', looksLike: 'trainer' });
    expect(readTitle('Barista')).toBeNull();
  });

  it('reads portfolio or project governance and assurance titles as PMO roles', () => {
    expect(readTitle('Portfolio Governance Lead')).toMatchObject({ side: 'pmo', pmoType: 'lead' });
    expect(readTitle('Project Assurance Analyst')).toMatchObject({ side: 'pmo', pmoType: 'support' });
    expect(readTitle('VP, Project Manager & Portfolio Governance Lead')).toMatchObject({ side: 'hybrid' });
  });

  it('reads brand and production managers as other roles', () => {
    expect(readTitle('Brand Manager – Oncology')).toMatchObject({
      side: 'neither',
      looksLike: 'marketing role',
    });
    expect(readTitle('Production Manager – Drama')).toMatchObject({
      side: 'neither',
      looksLike: 'production manager',
    });
    expect(readTitle('Project Manager – Production Systems')).toMatchObject({ side: 'pm' });
  });

  it('gives offsets of the deciding words', () => {
    const title = 'Lead PMO Analyst (contract)';
    const reading = readTitle(title);
    expect(reading && title.slice(reading.start, reading.end)).toBe(reading?.match);
  });
});

describe('not a job ad', () => {
  it('recognises an article about the roles', () => {
    const article = `The PMO is a central unit that oversees projects. Project managers are responsible for delivery.
The PMO sets standards for the organisation. A project manager focuses on one project.
PMOs often provide templates. Project managers usually report to sponsors.`;
    expect(readsLikeArticle(article)).toBe(true);
    expect(readsLikeArticle('You will run the PMO. The PMO is new. We are looking for a leader.')).toBe(
      false,
    );
  });
});

describe('requirements headings in translated ads', () => {
  it('reads "Desired Profile" and "Our expectations" as requirements', () => {
    for (const heading of ['Desired Profile', 'Our expectations', 'What we expect']) {
      const text = `${heading}\n• 5+ years in a PMO`;
      expect(splitSections(text).map((s) => s.kind)).toEqual(['requirements']);
    }
  });
});
