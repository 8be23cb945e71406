/**
 * Published public pay scales an ad may name instead of (or next to) an amount.
 *
 * NHS Agenda for Change, England, 2025/26 (3.6% award from 1 April 2025): the first and last pay
 * point of each band as published by NHS Employers ("Pay scales for 2025/26",
 * https://www.nhsemployers.org/articles/pay-scales-202526); the same figures are reproduced by
 * https://nhstakehomepaycalculator.co.uk/guides/nhs-pay-bands-2025-26 (read 2026-11-22). Band 1 is
 * closed and paid at Band 2. Scotland, Wales and Northern Ireland have their own tables: not included.
 *
 * UK Civil Service grades (AO, EO, HEO, SEO, Grade 7, Grade 6, SCS) are named but carry no figures:
 * each department sets its own ranges, so there is no national scale to quote.
 */
import { z } from 'zod';
import '../schema';

const ScaleBandSchema = z
  .object({ band: z.string(), min: z.number().positive(), max: z.number().positive() })
  .refine((b) => b.max >= b.min, { message: 'band max below min' });

export const NHS_AFC_SCALE = {
  name: 'NHS Agenda for Change',
  year: '2025/26',
  area: 'England',
  source: 'NHS Employers, Pay scales for 2025/26',
  url: 'https://www.nhsemployers.org/articles/pay-scales-202526',
  bands: z.array(ScaleBandSchema).parse([
    { band: '2', min: 24465, max: 24465 },
    { band: '3', min: 24937, max: 26598 },
    { band: '4', min: 27485, max: 30162 },
    { band: '5', min: 31049, max: 37796 },
    { band: '6', min: 38682, max: 46580 },
    { band: '7', min: 47810, max: 54710 },
    { band: '8a', min: 55690, max: 62682 },
    { band: '8b', min: 64455, max: 74896 },
    { band: '8c', min: 76965, max: 88682 },
    { band: '8d', min: 91342, max: 105337 },
    { band: '9', min: 109179, max: 125637 },
  ]),
} as const;

export interface NamedScale {
  /** "NHS AfC Band 6": what the ad names. */
  name: string;
  /** "NHS AfC Band 6 (2025/26, England)": the scale the figures below come from. */
  label: string;
  /** The band's annual range in GBP, or null when the scale has no national figures. */
  min: number | null;
  max: number | null;
}

const NHS_CONTEXT = /\b(?:NHS|Agenda for Change|AfC)\b/;
const NHS_BAND = /\b(?:AfC\s+|Agenda for Change\s+)?Band\s*(\d[abcd]?)\b/i;
const CIVIL_SERVICE_CONTEXT = /\bcivil service\b/i;
const CIVIL_SERVICE_GRADE = /\b(Grade\s*[67]|SCS(?:\s*(?:PB)?\s*[1-4])?|HEO|SEO|EO|AA|AO)\b/;

/** The published scale the text names, if any. */
export function findNamedScale(text: string): NamedScale | null {
  if (NHS_CONTEXT.test(text)) {
    const band = NHS_BAND.exec(text)?.[1]?.toLowerCase();
    const row = band ? NHS_AFC_SCALE.bands.find((b) => b.band === band) : undefined;
    if (row) {
      return {
        name: `NHS AfC Band ${row.band}`,
        label: `NHS AfC Band ${row.band} (${NHS_AFC_SCALE.year}, ${NHS_AFC_SCALE.area})`,
        min: row.min,
        max: row.max,
      };
    }
  }
  if (CIVIL_SERVICE_CONTEXT.test(text)) {
    const grade = CIVIL_SERVICE_GRADE.exec(text)?.[1];
    if (grade) {
      const name = `UK Civil Service grade ${grade.replace(/\s+/g, ' ')}`;
      return {
        name,
        label: `UK Civil Service grade ${grade.replace(/\s+/g, ' ')} (departmental pay; no national scale)`,
        min: null,
        max: null,
      };
    }
  }
  return null;
}
