import { describe, expect, it } from 'vitest';
import type { ExpectedPay, StatedPay } from '../../../src/schema';
import { markMessage } from '../../../src/ui/popup-mark';
import { comparable, payScale } from '../../../src/ui/popup-pay';

const expected: ExpectedPay = {
  currency: 'GBP',
  period: 'year',
  min: 40000,
  max: 60000,
  basis: 'test basis',
  sources: [],
  assumptions: [],
  region: 'UK',
  family: 'pmo_support',
  seniority: 'mid',
  employment: 'perm',
};
const stated = (min: number | null, max: number | null, over: Partial<StatedPay> = {}): StatedPay => ({
  currency: 'GBP',
  period: 'year',
  min,
  max,
  text: 'as written',
  from: 'board',
  note: null,
  ...over,
});

describe('the pay bar', () => {
  it('places an ad’s range inside the band when it lies inside it', () => {
    const scale = payScale(expected, stated(45000, 50000));
    expect(scale.stated?.from).toBeGreaterThan(scale.band.from);
    expect(scale.stated?.to).toBeLessThan(scale.band.to);
  });
  it('widens the scale to show an ad’s pay below the band, with room at both ends', () => {
    const scale = payScale(expected, stated(30000, 32000));
    expect(scale.stated?.from).toBeGreaterThan(0);
    expect(scale.stated?.to).toBeLessThan(scale.band.from);
    expect(scale.band.to).toBeLessThan(100);
  });
  it('draws a one-sided amount as a point', () => {
    const scale = payScale(expected, stated(null, 55000));
    expect(scale.stated?.from).toBe(scale.stated?.to);
  });
  it('leaves the ad’s pay off the bar in other units', () => {
    expect(payScale(expected, stated(450, 550, { period: 'day' })).stated).toBeNull();
    expect(payScale(expected, stated(45000, 50000, { currency: 'EUR' })).stated).toBeNull();
    expect(comparable(expected, stated(null, null))).toBe(false);
    expect(payScale(expected, null).stated).toBeNull();
  });
});

describe('what the popup says after marking', () => {
  const request = (quotes: number, focus: number | null) => ({
    type: 'highlight' as const,
    quotes: Array.from({ length: quotes }, (_, i) => ({ text: `s${i}`, match: `m${i}` })),
    focus,
  });
  const reply = (found: number | null, focused = false) => ({ type: 'highlighted' as const, found, focused });
  it('counts what was found, and says whether it scrolled to the chosen sentence', () => {
    expect(markMessage(reply(3), request(4, null))).toBe('Marked 3 of 4 sentences on the page.');
    expect(markMessage(reply(4, true), request(4, 1))).toBe(
      'Marked 4 of 4 sentences on the page, and scrolled to the one you chose.',
    );
    expect(markMessage(reply(3, false), request(4, 1))).toMatch(/the one you chose is not on the page now/);
  });
  it('says when nothing was found, when marks were cleared, and when the browser cannot mark', () => {
    expect(markMessage(reply(0), request(2, 0))).toMatch(/None of these sentences/);
    expect(markMessage(reply(0), request(0, null))).toBe('Marks cleared.');
    expect(markMessage(reply(null), request(2, 0))).toMatch(/cannot mark/);
  });
});
