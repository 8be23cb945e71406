import { describe, expect, it } from 'vitest';
import type { LabelledAd } from '../../../scripts/ads';
import { score, titleKeywordVerdict, withoutTitle, wordCountVerdict } from '../../../scripts/eval-metrics';

function ad(title: string, body: string): LabelledAd {
  return {
    id: 'x-01',
    label: 'pm',
    pmoType: 'none',
    title,
    company: 'Example Ltd',
    location: 'Leeds, UK',
    notes: 'test',
    body,
    file: 'x-01.txt',
    part: 'dev',
  };
}

describe('withoutTitle', () => {
  it('drops a heading that restates the title, with or without qualifiers', () => {
    const body =
      'PMO Officer - Regulatory Change Programme\nRate: £450 p/d\n\nKey responsibilities\n• Own the RAID log';
    expect(withoutTitle(ad('PMO Officer - 6 month contract', body))).toBe(
      'Rate: £450 p/d\n\nKey responsibilities\n• Own the RAID log',
    );
  });

  it('drops "Job Title:" lines and a first-block heading sharing most title words', () => {
    const body = 'Job Title: PMO Analyst\nCTC: 8-12 LPA';
    expect(withoutTitle(ad('PMO Analyst', body))).toBe('CTC: 8-12 LPA');
    const npi = 'Project Manager New Product Introduction (m/f/d)\nStuttgart\n\nYour tasks';
    expect(withoutTitle(ad('Project Manager NPI (m/f/d)', npi))).toBe('Stuttgart\n\nYour tasks');
  });

  it('keeps sentences and bullets that mention the role', () => {
    const body =
      'About the role\n\nAs PMO Analyst you will support forty project managers.\n• Work with the PMO Analyst team';
    expect(withoutTitle(ad('PMO Analyst', body))).toBe(body);
  });

  it('keeps later headings that share only some words with the title', () => {
    const body = 'Intro line.\n\nProject delivery (about 60%)\n• Lead projects';
    expect(withoutTitle(ad('Project Manager, Operations', body))).toBe(body);
  });
});

describe('titleKeywordVerdict (baseline a)', () => {
  it.each([
    ['PMO Analyst', 'pmo'],
    ['Head of Portfolio Management Office', 'pmo'],
    ['Project Support Officer', 'pmo'],
    ['Senior Project Manager', 'pm'],
    ['IT Program Manager', 'pm'],
    ['PMO Project Manager', 'hybrid'],
    ['Project Manager - PMO', 'hybrid'],
    ['Scrum Master', 'neither'],
    ['Project Engineer', 'neither'],
    ['Portfolio Analyst', 'neither'],
  ] as const)('%s → %s', (title, verdict) => {
    expect(titleKeywordVerdict(title)).toBe(verdict);
  });

  it('says neither without a title', () => {
    expect(titleKeywordVerdict(null)).toBe('neither');
  });
});

describe('wordCountVerdict (baseline b)', () => {
  it('follows whichever side has more words', () => {
    expect(wordCountVerdict('Portfolio governance, standards, templates and the PMO dashboard.')).toBe('pmo');
    expect(wordCountVerdict('Deliver the project on time: schedule, budget, scope and the team.')).toBe('pm');
    expect(
      wordCountVerdict('Set portfolio standards and governance; deliver the schedule, budget and team.'),
    ).toBe('hybrid');
  });

  it('falls for a PM ad that names the PMO as a stakeholder (the trap the classifier must avoid)', () => {
    const text =
      'Follow PMO standards and governance, use the PMO templates and framework, report to the PMO portfolio dashboard, and deliver the project budget.';
    expect(wordCountVerdict(text)).toBe('pmo');
  });

  it('says neither when there are too few role words', () => {
    expect(wordCountVerdict('Facilitate sprint planning and retrospectives for two squads.')).toBe('neither');
  });
});

describe('score', () => {
  const pairs = [
    { label: 'pmo', verdict: 'pmo' },
    { label: 'pmo', verdict: 'pm' },
    { label: 'pm', verdict: 'pm' },
    { label: 'pm', verdict: 'pm' },
    { label: 'hybrid', verdict: 'pmo' },
    { label: 'neither', verdict: 'neither' },
  ] as const;
  const m = score([...pairs]);

  it('counts accuracy over all ads and over the clear pmo/pm ads', () => {
    expect(m).toMatchObject({ n: 6, correct: 4, clearN: 4, clearCorrect: 3 });
    expect(m.accuracy).toBeCloseTo(4 / 6);
    expect(m.clearAccuracy).toBeCloseTo(3 / 4);
  });

  it('fills the confusion matrix by label then verdict', () => {
    expect(m.confusion.pmo).toEqual({ pmo: 1, pm: 1, hybrid: 0, neither: 0 });
    expect(m.confusion.hybrid.pmo).toBe(1);
  });

  it('gives per-class precision and recall, null when undefined', () => {
    expect(m.perClass.pmo).toEqual({ support: 2, predicted: 2, precision: 0.5, recall: 0.5 });
    expect(m.perClass.pm.precision).toBeCloseTo(2 / 3);
    expect(m.perClass.pm.recall).toBe(1);
    expect(m.perClass.hybrid).toEqual({ support: 1, predicted: 0, precision: null, recall: 0 });
  });
});
