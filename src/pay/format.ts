/** Money and range formatting shared by the pay stage, the popup and the CLI. */
import type { Period } from '../schema';

/** Symbols placed before the amount; codes without one are written as "CHF 120,000". */
const PREFIX_SYMBOL: Record<string, string> = {
  USD: '$',
  GBP: '£',
  EUR: '€',
  INR: '₹',
  CAD: 'CA$',
  AUD: 'A$',
  NZD: 'NZ$',
  ZAR: 'R',
};

/** Symbols written after the amount, as they are locally. */
const SUFFIX_SYMBOL: Record<string, string> = { PLN: ' zł' };

const PERIOD_SUFFIX: Record<Period, string> = {
  hour: '/hour',
  day: '/day',
  week: '/week',
  month: '/month',
  year: '/year',
};

/** Below this, amounts keep their pence/cents (hourly rates such as £23.82). */
const CENTS_BELOW = 100;

/**
 * "45,000", "23.82": by hand rather than with toLocaleString, whose first call loads the ICU
 * number data (about 25 ms in a fresh process here) for a format this simple.
 */
function digits(amount: number): string {
  const keepCents = amount < CENTS_BELOW && !Number.isInteger(amount);
  const fixed = keepCents ? amount.toFixed(2) : Math.round(amount).toString();
  const [whole = '', cents] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return cents === undefined ? grouped : `${grouped}.${cents}`;
}

/** "£45,000", "$48.44", "CHF 120,000", "12,000 zł". */
export function formatMoney(amount: number, currency: string): string {
  const prefix = PREFIX_SYMBOL[currency];
  if (prefix) return `${prefix}${digits(amount)}`;
  const suffix = SUFFIX_SYMBOL[currency];
  if (suffix) return `${digits(amount)}${suffix}`;
  return `${currency} ${digits(amount)}`;
}

/** "£450–£550/day", "up to £45,000/year", "from £38,000/year", "£45,000/year". */
export function formatRange(
  min: number | null,
  max: number | null,
  currency: string,
  period: Period,
): string {
  const per = PERIOD_SUFFIX[period];
  if (min !== null && max !== null && min !== max) {
    return `${formatMoney(min, currency)}–${formatMoney(max, currency)}${per}`;
  }
  if (min !== null && max !== null) return `${formatMoney(min, currency)}${per}`;
  if (max !== null) return `up to ${formatMoney(max, currency)}${per}`;
  if (min !== null) return `from ${formatMoney(min, currency)}${per}`;
  return 'not stated';
}
