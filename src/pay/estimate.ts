/**
 * The expected pay for a posting: which figure applies (family, level, region, contract or not),
 * shown in the ad's own currency and period when it states pay, with its basis, sources and
 * assumptions, and a sentence setting the ad's pay against it.
 */
import type {
  Classification,
  ExpectedPay,
  PayEstimate,
  Period,
  Posting,
  Seniority,
  Settings,
  StatedPay,
} from '../schema';
import { INDUSTRY_MULTIPLIERS, SOURCES } from './bands';
import { canConvertCurrency, convertCurrency, FX_ASSUMPTION, periodFactor } from './convert';
import { detectEmployment } from './employment';
import { findStatedPay } from './find-stated';
import { formatRange } from './format';
import { detectIndustry } from './industry';
import { currencyOf, detectRegion, type Region, regionFromCode, regionFromCurrency } from './region';
import { type Band, buildBand, type Pick, pickCell, type RoleFamily, regionHasFigures } from './select';

const FAMILY_WORDS: Record<RoleFamily, string> = {
  pm: 'project managers',
  pmo_support: 'PMO support roles',
  pmo_lead: 'PMO leads',
};

const FAMILY_LABEL: Record<RoleFamily, string> = {
  pm: 'project manager',
  pmo_support: 'PMO support',
  pmo_lead: 'PMO lead',
};

/** Country names read with "the" in a sentence. */
const WITH_ARTICLE = new Set([
  'United Kingdom',
  'United States',
  'Netherlands',
  'United Arab Emirates',
  'Philippines',
]);

function inRegion(region: Region): string {
  return `in ${WITH_ARTICLE.has(region.name) ? 'the ' : ''}${region.name}`;
}

/** Experience bands of seed 002 (0–2, 3–5, 5+ years), used for the user's own years. */
function seniorityFromYears(years: number): Seniority {
  if (years <= 2) return 'junior';
  if (years <= 5) return 'mid';
  return 'senior';
}

interface FamilyReading {
  family: RoleFamily | null;
  why: string | null;
}

function pmoFamily(classification: Classification): RoleFamily {
  if (classification.pmoType === 'support') return 'pmo_support';
  if (classification.pmoType === 'lead') return 'pmo_lead';
  return classification.seniority === 'senior' || classification.seniority === 'lead'
    ? 'pmo_lead'
    : 'pmo_support';
}

export function familyOf(classification: Classification): FamilyReading {
  const { verdict, pmoType, dominant } = classification;
  if (verdict === 'neither') {
    const what = classification.looksLike
      ? `a ${classification.looksLike} role`
      : 'a role that is neither PMO nor project management';
    return { family: null, why: `No PMO/PM range is claimed for ${what}.` };
  }
  if (verdict === 'pm') return { family: 'pm', why: null };
  const family = pmoFamily(classification);
  const typeNote = pmoType === null ? ' (PMO sub-type not given, taken from seniority)' : '';
  if (verdict === 'pmo') return { family, why: typeNote ? `PMO role${typeNote}` : null };
  if (dominant === 'pmo')
    return {
      family,
      why: `hybrid role: the PMO side dominates, so ${FAMILY_LABEL[family]} figures${typeNote}`,
    };
  return { family: 'pm', why: 'hybrid role: the PM side dominates, so project manager figures' };
}

function regionFor(
  posting: Posting,
  stated: StatedPay | null,
  personal: Settings | null,
): { region: Region | null; why: string | null } {
  if (personal?.homeRegion) {
    const own = regionFromCode(personal.homeRegion);
    if (own) return { region: own, why: `region from your settings (${own.name})` };
  }
  const fromLocation = detectRegion(posting.location);
  if (fromLocation) return { region: fromLocation, why: null };
  const fromCurrency = stated ? regionFromCurrency(stated.currency) : null;
  return fromCurrency
    ? { region: fromCurrency, why: `region inferred from the stated pay's currency (${stated?.currency})` }
    : { region: null, why: null };
}

function industryFactor(
  posting: Posting,
  country: string,
): { factor: number; why: string; sources: string[] } | null {
  const known = INDUSTRY_MULTIPLIERS.filter((m) => m.region === country);
  const text = [posting.company, posting.title, posting.description].filter(Boolean).join('\n');
  const industry = detectIndustry(
    text,
    known.map((m) => m.industry),
  );
  const multiplier = known.find((m) => m.industry === industry);
  return multiplier ? { factor: multiplier.factor, why: multiplier.why, sources: multiplier.sources } : null;
}

/** Rounding for display: a band is an estimate, its pence are noise. */
const ROUND_TO: Record<Period, number> = { hour: 0.5, day: 5, week: 5, month: 10, year: 100 };

/** Rounded inwards, so rounding never widens the band past its limit. */
function roundInwards(min: number, max: number, period: Period): [number, number] {
  const step = ROUND_TO[period];
  return [Math.ceil(min / step - 1e-9) * step, Math.floor(max / step + 1e-9) * step];
}

interface Shown {
  min: number;
  max: number;
  currency: string;
  period: Period;
  assumptions: string[];
}

/** The band in the wanted currency and period, with the constants used named. */
function showIn(
  band: Band,
  from: { currency: string; period: Period },
  to: { currency: string; period: Period },
): Shown {
  const assumptions: string[] = [];
  const currency = canConvertCurrency(from.currency, to.currency) ? to.currency : from.currency;
  if (currency !== to.currency)
    assumptions.push(`Shown in ${from.currency}: no ECB rate for ${to.currency} in the table.`);
  else if (currency !== from.currency) assumptions.push(FX_ASSUMPTION);
  const { factor, assumptions: periodAssumptions } = periodFactor(from.period, to.period);
  assumptions.push(...periodAssumptions);
  const convert = (v: number) => (convertCurrency(v, from.currency, currency) ?? v) * factor;
  const [min, max] = roundInwards(convert(band.min), convert(band.max), to.period);
  return { min, max, currency, period: to.period, assumptions };
}

function position(stated: StatedPay, shown: Shown): string | null {
  const convert = (v: number | null) => {
    if (v === null) return null;
    const money = convertCurrency(v, stated.currency, shown.currency);
    return money === null ? null : money * periodFactor(stated.period, shown.period).factor;
  };
  const min = convert(stated.min);
  const max = convert(stated.max);
  const centre = (shown.min + shown.max) / 2;
  if (min !== null && max !== null) {
    const mid = (min + max) / 2;
    if (mid < shown.min) return 'is below';
    if (mid > shown.max) return 'is above';
    if (Math.abs(mid - centre) < (shown.max - shown.min) * 0.05) return 'sits in the middle of';
    return mid < centre ? 'sits in the lower half of' : 'sits in the upper half of';
  }
  if (min !== null) {
    if (min > shown.max) return 'starts above';
    return min < shown.min ? 'starts below' : 'starts within';
  }
  if (max !== null) {
    if (max < shown.min) return 'tops out below';
    return max > shown.max ? 'tops out above' : 'tops out within';
  }
  return null;
}

function whoWords(family: RoleFamily, seniority: Seniority, contract: boolean): string {
  const onContract = contract ? ' on contract' : '';
  if (family === 'pmo_lead' && seniority === 'lead') return `heads of PMO${onContract}`;
  const level =
    seniority === 'unknown' || seniority === 'mid'
      ? ''
      : `${seniority === 'lead' ? 'lead-level' : seniority} `;
  return `${level}${FAMILY_WORDS[family]}${onContract}`;
}

function comparisonSentence(
  stated: StatedPay,
  expected: ExpectedPay,
  region: Region,
  pick: Pick,
): string | null {
  const where = position(stated, expected);
  if (!where) return null;
  const statedText = formatRange(stated.min, stated.max, stated.currency, stated.period);
  const usual = formatRange(expected.min, expected.max, expected.currency, expected.period);
  const who = whoWords(expected.family, expected.seniority, expected.employment === 'contract');
  const source = SOURCES[pick.cell.source]?.short ?? pick.cell.source;
  const converted = stated.currency !== expected.currency ? ` (converted to ${expected.currency})` : '';
  const permNote = pick.employmentFallback
    ? '; a permanent-salary equivalent, as no contract figure exists'
    : '';
  return `Stated ${statedText}${converted} ${where} the usual ${usual} for ${who} ${inRegion(region)} (${source}${permNote}).`;
}

function noFigure(region: Region, family: RoleFamily): string {
  return regionHasFigures(region)
    ? `No reliable figure for ${FAMILY_WORDS[family]} ${inRegion(region)}.`
    : `No reliable figure for ${region.name}.`;
}

export function estimatePay(
  posting: Posting,
  classification: Classification,
  settings?: Settings | null,
): PayEstimate {
  const stated = findStatedPay(posting);
  const { family, why: familyWhy } = familyOf(classification);
  if (!family) return { stated, expected: null, comparison: null, note: familyWhy };

  const personal = settings?.personalise ? settings : null;
  const { region, why: regionWhy } = regionFor(posting, stated, personal);
  if (!region) {
    return {
      stated,
      expected: null,
      comparison: null,
      note: 'No location in the ad, so no regional figure applies.',
    };
  }
  const seniority = personal?.years != null ? seniorityFromYears(personal.years) : classification.seniority;
  const employment = detectEmployment(posting, stated);
  const localCurrency = currencyOf(region.country);
  const pick = pickCell(region, family, seniority, employment.employment, localCurrency);
  if (!pick) return { stated, expected: null, comparison: null, note: noFigure(region, family) };

  const industry = industryFactor(posting, pick.area?.parent ?? region.country);
  const band = buildBand(pick, industry);
  const target = {
    currency: personal?.currency ?? stated?.currency ?? localCurrency ?? pick.cell.currency,
    period: stated?.period ?? pick.cell.period,
  };
  const shown = showIn(band, pick.cell, target);

  const context = [
    familyWhy,
    pick.route.label,
    regionWhy,
    personal?.years != null ? `seniority from your settings (${personal.years} years)` : null,
    pick.employmentFallback ? `no contract figure: permanent salary shown per ${target.period}` : null,
    `${employment.employment === 'contract' ? 'contract' : 'permanent'} because ${employment.why}`,
  ].filter((s): s is string => s !== null);
  const expected: ExpectedPay = {
    currency: shown.currency,
    period: shown.period,
    min: shown.min,
    max: shown.max,
    basis: `${[...band.steps, ...context].join('; ')}.`,
    sources: band.sources.flatMap((id) => {
      const source = SOURCES[id];
      return source
        ? [{ id, title: source.title, url: source.url, asof: source.asof, quality: source.quality }]
        : [];
    }),
    assumptions: shown.assumptions,
    region: region.code,
    family,
    seniority,
    employment: pick.employmentFallback ? 'perm' : employment.employment,
  };
  const comparison = stated ? comparisonSentence(stated, expected, region, pick) : null;
  return { stated, expected, comparison, note: null };
}
