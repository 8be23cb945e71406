import { describe, expect, it } from 'vitest';
import { formatMoney, formatRange } from '../../../src/pay/format';

describe('formatMoney', () => {
  it('writes symbols and thousands separators', () => {
    expect(formatMoney(45000, 'GBP')).toBe('£45,000');
    expect(formatMoney(120000, 'USD')).toBe('$120,000');
    expect(formatMoney(60000, 'EUR')).toBe('€60,000');
    expect(formatMoney(1800000, 'INR')).toBe('₹1,800,000');
    expect(formatMoney(120000, 'CHF')).toBe('CHF 120,000');
    expect(formatMoney(15000, 'PLN')).toBe('15,000 zł');
  });

  it('keeps pence on small amounts and rounds large ones', () => {
    expect(formatMoney(23.82, 'GBP')).toBe('£23.82');
    expect(formatMoney(55, 'USD')).toBe('$55');
    expect(formatMoney(45000.4, 'GBP')).toBe('£45,000');
  });
});

describe('formatRange', () => {
  it('writes ranges, single amounts and one-sided amounts', () => {
    expect(formatRange(450, 550, 'GBP', 'day')).toBe('£450–£550/day');
    expect(formatRange(45000, 45000, 'GBP', 'year')).toBe('£45,000/year');
    expect(formatRange(null, 45000, 'GBP', 'year')).toBe('up to £45,000/year');
    expect(formatRange(38000, null, 'GBP', 'year')).toBe('from £38,000/year');
    expect(formatRange(null, null, 'GBP', 'year')).toBe('not stated');
  });
});
