import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dimension, Side } from '../../../src/schema';
import {
  evidenceBySide,
  groupByDimension,
  splitReasons,
  strongestFirst,
  verdictSide,
  windowAround,
} from '../../../src/ui/popup-evidence';

const item = (side: Side, dimension: Dimension, weight: number, text = `${side}-${dimension}-${weight}`) => ({
  side,
  dimension,
  weight,
  text,
});

describe('which side the verdict stands on', () => {
  const classification = (dominant: 'pmo' | 'pm' | null) => ({ dominant }) as never;
  it('is the verdict itself for pmo, pm and neither', () => {
    expect(verdictSide({ verdict: 'pmo', lean: -0.2, classification: classification(null) })).toBe('pmo');
    expect(verdictSide({ verdict: 'pm', lean: 0.3, classification: classification(null) })).toBe('pm');
    expect(verdictSide({ verdict: 'neither', lean: 0, classification: classification(null) })).toBe(
      'neither',
    );
  });
  it('is the dominant side of a hybrid, else the side it leans to', () => {
    expect(verdictSide({ verdict: 'hybrid', lean: 0.4, classification: classification('pm') })).toBe('pm');
    expect(verdictSide({ verdict: 'hybrid', lean: 0.1, classification: classification(null) })).toBe('pmo');
    expect(verdictSide({ verdict: 'hybrid', lean: -0.1, classification: classification(null) })).toBe('pm');
  });
});

describe('reasons for and against', () => {
  const reasons = [
    item('pmo', 'reporting', 2),
    item('pm', 'title', 3),
    item('pmo', 'responsibilities', 3),
    item('pmo', 'tools', 0.5),
    item('neither', 'other_role', 1),
    item('pmo', 'scope', 2),
  ];
  it('takes the strongest of the verdict’s side, then the strongest of the others', () => {
    const { forVerdict, against } = splitReasons(reasons, 'pmo', 3, 1);
    expect(forVerdict.map((r) => r.text)).toEqual([
      'pmo-responsibilities-3',
      'pmo-reporting-2',
      'pmo-scope-2',
    ]);
    expect(against.map((r) => r.text)).toEqual(['pm-title-3']);
  });
  it('keeps the engine’s order between equal weights', () => {
    expect(
      strongestFirst(reasons)
        .map((r) => r.text)
        .slice(2, 4),
    ).toEqual(['pmo-reporting-2', 'pmo-scope-2']);
  });
});

describe('grouping by dimension', () => {
  it('orders groups by their strongest item and sums their weights', () => {
    const groups = groupByDimension([
      item('pmo', 'reporting', 1),
      item('pmo', 'responsibilities', 2.5),
      item('pmo', 'reporting', 2),
      item('pmo', 'responsibilities', 0.5),
    ]);
    expect(groups.map((g) => [g.dimension, g.weight])).toEqual([
      ['responsibilities', 3],
      ['reporting', 3],
    ]);
    expect(groups[1]?.items.map((i) => i.weight)).toEqual([2, 1]);
  });
  it('lists the verdict’s side first and leaves out sides with nothing', () => {
    const sides = evidenceBySide(
      [item('pmo', 'scope', 1), item('pm', 'title', 3), item('pm', 'tools', 1)],
      'pm',
    );
    expect(sides.map((s) => [s.side, s.count])).toEqual([
      ['pm', 2],
      ['pmo', 1],
    ]);
  });
});

describe('quote windows', () => {
  it('leaves a short sentence whole', () => {
    expect(windowAround('Run the PMO.', 8, 11, 100)).toEqual({ text: 'Run the PMO.', start: 8, end: 11 });
  });
  it('cuts a long sentence around its match, which still lies at the returned offsets', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 600 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 40, max: 300 }),
        (text, a, b, max) => {
          const start = a % text.length;
          const end = start + (b % Math.min(30, text.length - start + 1));
          const cut = windowAround(text, start, end, max);
          expect(cut.text.slice(cut.start, cut.end)).toBe(text.slice(start, end));
          // The window holds at most `max` characters of the sentence (plus the two ellipses).
          if (text.length > max && end - start <= max) expect(cut.text.length).toBeLessThanOrEqual(max + 2);
        },
      ),
    );
  });
  it('marks the cut ends with an ellipsis', () => {
    const text = `${'a'.repeat(200)} PMO ${'b'.repeat(200)}`;
    const cut = windowAround(text, 201, 204, 100);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
  });
});

describe('a sentence that matched several phrases', () => {
  it('is shown once, for its strongest match', () => {
    const { forVerdict } = splitReasons(
      [
        item('pmo', 'responsibilities', 3, 'Support project managers with templates.'),
        item('pmo', 'scope', 2.5, 'Support project managers with templates.'),
        item('pmo', 'reporting', 2, 'Produce the portfolio report.'),
      ],
      'pmo',
      3,
      1,
    );
    expect(forVerdict.map((r) => [r.text, r.dimension])).toEqual([
      ['Support project managers with templates.', 'responsibilities'],
      ['Produce the portfolio report.', 'reporting'],
    ]);
  });
});
