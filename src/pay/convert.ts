/**
 * Converting amounts between currencies and pay periods. Every conversion reports the constant it
 * used, so the estimate can name it in `assumptions`.
 */
import type { Period } from '../schema';

/**
 * Units of each currency per euro: the 2024 annual mean of the 256 daily ECB reference rates
 * (pay-data.md §9, file eurofxref-hist.csv; tag D from P). §9 recommends the 2024 mean because
 * most survey figures are from 2024 or earlier.
 */
const PER_EUR_2024_MEAN: Record<string, number> = {
  EUR: 1,
  USD: 1.0824,
  GBP: 0.8466,
  CHF: 0.9526,
  CAD: 1.4821,
  AUD: 1.6397,
  INR: 90.5563,
  PLN: 4.3058,
};

export const FX_ASSUMPTION =
  'Currencies converted at the 2024 annual mean of ECB euro reference rates (pay-data.md §9; ecb.europa.eu eurofxref-hist).';

export function canConvertCurrency(from: string, to: string): boolean {
  return from === to || (PER_EUR_2024_MEAN[from] !== undefined && PER_EUR_2024_MEAN[to] !== undefined);
}

/** null when either currency has no ECB rate in the table. */
export function convertCurrency(amount: number, from: string, to: string): number | null {
  if (from === to) return amount;
  const fromRate = PER_EUR_2024_MEAN[from];
  const toRate = PER_EUR_2024_MEAN[to];
  if (fromRate === undefined || toRate === undefined) return null;
  return (amount / fromRate) * toRate;
}

/**
 * Rough size of a currency unit against the euro, for judging magnitudes only (never to convert a
 * figure that is shown). Currencies missing from the ECB table above get an order of magnitude:
 * ZAR ≈ 20 and NZD ≈ 1.8 per euro (ECB reference rates, 2024, rounded).
 */
const MAGNITUDE_PER_EUR: Record<string, number> = { ...PER_EUR_2024_MEAN, ZAR: 20, NZD: 1.8 };

/** The amount in approximate euros, or null for a currency we cannot size. */
export function roughEuros(amount: number, currency: string): number | null {
  const rate = MAGNITUDE_PER_EUR[currency];
  return rate === undefined ? null : amount / rate;
}

/** BLS OEWS states annual pay as hourly × 2,080 hours (its May 2024 median $48.44/h = $100,750; pay-data §2.1). */
const HOURS_PER_YEAR = 2080;
/** ASSUMPTION: billable days a year for a day rate. pay-data §9: no source read gives this constant. */
const DAYS_PER_YEAR = 220;
/** ASSUMPTION: hours in a working day, used only between hourly and daily rates. */
const HOURS_PER_DAY = 8;

const PER_YEAR: Record<Period, number> = {
  hour: HOURS_PER_YEAR,
  day: DAYS_PER_YEAR,
  week: 52,
  month: 12,
  year: 1,
};

const PERIOD_ASSUMPTION: Record<Period, string | null> = {
  hour: `${HOURS_PER_YEAR} working hours a year (the BLS OEWS convention for hourly ↔ annual pay).`,
  day: `ASSUMPTION: ${DAYS_PER_YEAR} working days a year (no source gives a day-rate ↔ salary factor; pay-data.md §9).`,
  week: '52 weeks a year.',
  month: '12 months a year (French and German pay is often 13 months or more; not applied).',
  year: null,
};

const HOUR_DAY_ASSUMPTION = `ASSUMPTION: ${HOURS_PER_DAY} hours in a working day.`;

export interface PeriodConversion {
  factor: number;
  assumptions: string[];
}

/** Multiply an amount per `from` by `factor` to get the amount per `to`. */
export function periodFactor(from: Period, to: Period): PeriodConversion {
  if (from === to) return { factor: 1, assumptions: [] };
  if (from === 'hour' && to === 'day') return { factor: HOURS_PER_DAY, assumptions: [HOUR_DAY_ASSUMPTION] };
  if (from === 'day' && to === 'hour')
    return { factor: 1 / HOURS_PER_DAY, assumptions: [HOUR_DAY_ASSUMPTION] };
  const assumptions = [PERIOD_ASSUMPTION[from], PERIOD_ASSUMPTION[to]].filter((a): a is string => a !== null);
  return { factor: PER_YEAR[from] / PER_YEAR[to], assumptions };
}

/** The amount expressed per year (for magnitude checks). */
export function perYear(amount: number, period: Period): number {
  return amount * PER_YEAR[period];
}
