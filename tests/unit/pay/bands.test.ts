import { describe, expect, it } from 'vitest';
import {
  AREA_MULTIPLIERS,
  BLS_SHAPE,
  CELLS,
  CellSchema,
  INDUSTRY_MULTIPLIERS,
  SENIORITY_MULTIPLIERS,
  SOURCES,
} from '../../../src/pay/bands';
import { detectRegion, regionFromCode } from '../../../src/pay/region';
import { buildBand, MAX_BAND_RATIO, pickCell, type RoleFamily } from '../../../src/pay/select';
import type { Employment, Seniority } from '../../../src/schema';

describe('pay table', () => {
  it('every cell validates and names a known source', () => {
    for (const cell of CELLS) {
      expect(CellSchema.safeParse(cell).success).toBe(true);
      expect(SOURCES[cell.source], `${cell.region}/${cell.family}: ${cell.source}`).toBeDefined();
    }
  });

  it('every multiplier names known sources and is marked derived', () => {
    const all = [...SENIORITY_MULTIPLIERS, ...AREA_MULTIPLIERS, ...INDUSTRY_MULTIPLIERS, BLS_SHAPE];
    for (const multiplier of all) {
      expect(multiplier.derived).toBe(true);
      for (const id of multiplier.sources) expect(SOURCES[id], id).toBeDefined();
    }
  });

  it('rejects a cell with no figure to centre on', () => {
    const bad = {
      region: 'US',
      family: 'pm',
      seniority: 'all',
      employment: 'perm',
      currency: 'USD',
      period: 'year',
      basis: 'median',
      asof: '2024',
      source: 'bls24',
    };
    expect(CellSchema.safeParse(bad).success).toBe(false);
    expect(CellSchema.safeParse({ ...bad, p50: 100750 }).success).toBe(true);
  });

  it('keeps the executive Salary.com figure out of estimates', () => {
    const exec = CELLS.find((c) => c.source === 'salarycom_pmo');
    expect(exec?.use).toBe('context');
  });
});

const REGIONS = [
  'US',
  'US-CA',
  'US-TX',
  'UK',
  'UK-London',
  'UK-CityLondon',
  'UK-Hampshire',
  'UK-Wales',
  'FR',
  'FR-IDF',
  'DE',
  'NL',
  'CH',
  'CA',
  'AU',
  'AU-Sydney',
  'IN',
  'PL',
];
const FAMILIES: RoleFamily[] = ['pm', 'pmo_support', 'pmo_lead'];
const LEVELS: Seniority[] = ['junior', 'mid', 'senior', 'lead', 'unknown'];
const EMPLOYMENTS: Employment[] = ['perm', 'contract'];

describe('every band the table can produce', () => {
  it(`satisfies max ≤ ${MAX_BAND_RATIO} × min and min > 0`, () => {
    let built = 0;
    for (const code of REGIONS) {
      const region = regionFromCode(code) ?? detectRegion(code);
      expect(region, code).not.toBeNull();
      if (!region) continue;
      for (const family of FAMILIES) {
        for (const seniority of LEVELS) {
          for (const employment of EMPLOYMENTS) {
            const pick = pickCell(region, family, seniority, employment, null);
            if (!pick) continue;
            const band = buildBand(pick, null);
            built++;
            expect(band.min, `${code} ${family} ${seniority} ${employment}`).toBeGreaterThan(0);
            expect(band.max / band.min, `${code} ${family} ${seniority} ${employment}`).toBeLessThanOrEqual(
              MAX_BAND_RATIO + 1e-9,
            );
            expect(band.max).toBeGreaterThanOrEqual(band.min);
          }
        }
      }
    }
    expect(built).toBeGreaterThan(100);
  });

  it('prefers published figures over seed figures', () => {
    const us = regionFromCode('US');
    if (!us) throw new Error('US region');
    const pick = pickCell(us, 'pmo_lead', 'lead', 'perm', 'USD');
    expect(SOURCES[pick?.cell.source ?? '']?.quality).not.toBe('Seed');
  });

  it('falls back to seed figures only when nothing else applies', () => {
    const uk = regionFromCode('UK');
    if (!uk) throw new Error('UK region');
    expect(pickCell(uk, 'pmo_support', 'unknown', 'contract', 'GBP')?.cell.source).toBe('seed_uk');
    expect(pickCell(uk, 'pm', 'unknown', 'contract', 'GBP')?.cell.source).toBe('itjw_uk_contract');
  });
});
