import { describe, expect, it } from 'vitest';
import { findStatedPay } from '../../../src/pay/find-stated';
import type { StatedPay } from '../../../src/schema';
import { makePosting } from './factories';

const structured: StatedPay = {
  currency: 'USD',
  period: 'year',
  min: 100000,
  max: 120000,
  text: '100000-120000 USD YEAR',
  from: 'jsonld',
  note: null,
};

describe('findStatedPay', () => {
  it('prefers structured data', () => {
    const posting = makePosting({
      structuredPay: structured,
      payText: '$90,000 a year',
      description: 'Salary: $80,000',
    });
    expect(findStatedPay(posting)).toEqual(structured);
  });

  it('skips structured data with no amount', () => {
    const empty = { ...structured, min: null, max: null };
    const posting = makePosting({ structuredPay: empty, payText: '$90,000 - $95,000 a year' });
    expect(findStatedPay(posting)).toMatchObject({ min: 90000, max: 95000, from: 'board' });
  });

  it('reads the board pay element even when it mixes pay and job type', () => {
    const posting = makePosting({ payText: '$130,000 - $160,000 a year - Full-time' });
    expect(findStatedPay(posting)).toMatchObject({ min: 130000, max: 160000, period: 'year', from: 'board' });
  });

  it('falls back to the description when the board element holds no pay', () => {
    const description = [
      'About us',
      'We run 40 projects across 6 countries and a £12m change portfolio.',
      'The package',
      '• Salary: £42,000 - £46,000 per annum',
      '• 25 days holiday and a 6% pension',
    ].join('\n');
    const posting = makePosting({ payText: 'Permanent', description, location: 'Bristol' });
    expect(findStatedPay(posting)).toMatchObject({
      currency: 'GBP',
      min: 42000,
      max: 46000,
      from: 'description',
    });
  });

  it('returns null when nothing states pay', () => {
    const posting = makePosting({
      payText: 'Competitive',
      description: 'Competitive salary and benefits. Team of 12.',
    });
    expect(findStatedPay(posting)).toBeNull();
  });
});
