import { describe, expect, it } from 'vitest';
import { detectEmployment } from '../../../src/pay/employment';
import { estimatePay } from '../../../src/pay/index';
import type { PayEstimate } from '../../../src/schema';
import { PayEstimateSchema } from '../../../src/schema';
import { makeClassification, makePosting, makeSettings, pm, pmoLead, pmoSupport } from './factories';

function expected(estimate: PayEstimate) {
  const range = estimate.expected;
  if (!range) throw new Error(`no expected range: ${estimate.note}`);
  expect(range.max / range.min).toBeLessThanOrEqual(1.8);
  expect(PayEstimateSchema.safeParse(estimate).success).toBe(true);
  return range;
}

const sourceIds = (estimate: PayEstimate) => estimate.expected?.sources.map((s) => s.id) ?? [];

describe('estimatePay', () => {
  it('US project manager: BLS median, Texas, compared with the stated salary', () => {
    const estimate = estimatePay(
      makePosting({ location: 'Austin, TX', payText: '$110,000 - $130,000 a year - Full-time' }),
      pm(),
    );
    const range = expected(estimate);
    expect(range).toMatchObject({
      currency: 'USD',
      period: 'year',
      region: 'US-TX',
      family: 'pm',
      employment: 'perm',
    });
    expect(sourceIds(estimate)).toContain('bls24');
    expect(range.basis).toContain('BLS OEWS May 2024');
    expect(range.min).toBeLessThan(110000);
    expect(range.max).toBeGreaterThan(120000);
    expect(estimate.comparison).toMatch(
      /^Stated \$110,000–\$130,000\/year sits in the upper half of the usual \$[\d,]+–\$[\d,]+\/year for project managers in Texas, US/,
    );
  });

  it('US PMO lead: PMI Director of PMO quartiles, not the seed or the executive figure', () => {
    const estimate = estimatePay(
      makePosting({ location: 'New York, NY', description: 'Salary: $150,000 - $175,000 per year.' }),
      pmoLead('lead'),
    );
    const range = expected(estimate);
    expect(range.family).toBe('pmo_lead');
    expect(sourceIds(estimate)).toEqual(['pmi10dir']);
    expect(range.min).toBe(116000);
    expect(estimate.comparison).toContain('heads of PMO');
  });

  it('UK PMO support contract day rate: the seed day-rate band, in the stated period', () => {
    const posting = makePosting({
      location: 'Manchester',
      description: 'Day rate: £450-£550 p/d outside IR35. Initial 6 month contract.',
    });
    const estimate = estimatePay(posting, pmoSupport());
    const range = expected(estimate);
    expect(estimate.stated).toMatchObject({
      currency: 'GBP',
      period: 'day',
      min: 450,
      max: 550,
      note: 'outside IR35',
    });
    expect(range).toMatchObject({
      currency: 'GBP',
      period: 'day',
      min: 400,
      max: 600,
      employment: 'contract',
    });
    expect(sourceIds(estimate)).toEqual(['seed_uk']);
    expect(estimate.comparison).toBe(
      'Stated £450–£550/day sits in the middle of the usual £400–£600/day for PMO support roles on contract in the United Kingdom (seed source).',
    );
  });

  it('UK London PM, permanent: London figures, lower half for a modest salary', () => {
    const estimate = estimatePay(
      makePosting({ location: 'London, UK', description: 'Salary £60,000 - £66,000 per annum' }),
      pm(),
    );
    const range = expected(estimate);
    expect(range.region).toBe('UK-London');
    expect(sourceIds(estimate)).toContain('itjw_city_pm');
    expect(estimate.comparison).toContain('lower half');
  });

  it('France: the band rises with seniority', () => {
    const at = (seniority: 'junior' | 'mid' | 'senior') =>
      expected(estimatePay(makePosting({ location: 'Lyon, France' }), pm(seniority)));
    const [junior, mid, senior] = [at('junior'), at('mid'), at('senior')];
    expect(junior.currency).toBe('EUR');
    expect(junior.max).toBeLessThanOrEqual(mid.min);
    expect(mid.max).toBeLessThanOrEqual(senior.min);
    expect(senior.sources.map((s) => s.id)).toEqual(['fr_cdp']);
  });

  it('France: a stated annual salary turns the monthly figure into a yearly one, saying so', () => {
    const estimate = estimatePay(
      makePosting({ location: 'Lyon, France', description: 'Rémunération : 36 000 € brut annuel' }),
      pm('junior'),
    );
    const range = expected(estimate);
    expect(range).toMatchObject({ period: 'year', min: 33600, max: 38400 });
    expect(range.assumptions.join(' ')).toContain('12 months');
  });

  it('Paris gets the Île-de-France ratio', () => {
    const paris = expected(estimatePay(makePosting({ location: 'Paris' }), pm('senior')));
    const lyon = expected(estimatePay(makePosting({ location: 'Lyon' }), pm('senior')));
    expect(paris.min / lyon.min).toBeCloseTo(1.11, 1);
    expect(paris.basis).toContain('Île-de-France');
  });

  it('Germany: GPM levels', () => {
    const estimate = estimatePay(
      makePosting({ location: 'Berlin, Germany', description: 'Gehalt: 70.000 - 85.000 € pro Jahr' }),
      pm('mid'),
    );
    const range = expected(estimate);
    expect(range.currency).toBe('EUR');
    expect(sourceIds(estimate)).toContain('gpm19');
    expect(range.min).toBeLessThan(77500);
    expect(range.max).toBeGreaterThan(77500);
  });

  it('hybrid: the dominant side decides and the basis says so', () => {
    const hybrid = makeClassification({
      verdict: 'hybrid',
      dominant: 'pmo',
      pmoType: 'support',
      seniority: 'mid',
    });
    const range = expected(estimatePay(makePosting({ location: 'Leeds, UK' }), hybrid));
    expect(range.family).toBe('pmo_support');
    expect(range.basis).toContain('hybrid role: the PMO side dominates');
    const pmSide = makeClassification({ verdict: 'hybrid', dominant: 'pm', pmoType: 'support' });
    expect(expected(estimatePay(makePosting({ location: 'Leeds, UK' }), pmSide)).family).toBe('pm');
  });

  it('neither: no range is claimed', () => {
    const estimate = estimatePay(
      makePosting({ location: 'London', description: 'Salary £70,000' }),
      makeClassification({ verdict: 'neither', looksLike: 'product manager' }),
    );
    expect(estimate.expected).toBeNull();
    expect(estimate.note).toBe('No PMO/PM range is claimed for a product manager role.');
    expect(estimate.stated?.min).toBe(70000);
  });

  it('a region with no figures gets a note, never a number', () => {
    const estimate = estimatePay(
      makePosting({ location: 'Lagos, Nigeria', description: 'Salary: ₦9,000,000' }),
      pm(),
    );
    expect(estimate.expected).toBeNull();
    expect(estimate.note).toBe('No reliable figure for Nigeria.');
  });

  it('a region with figures for PMs only says which family is missing', () => {
    const estimate = estimatePay(makePosting({ location: 'Amsterdam, Netherlands' }), pmoSupport());
    expect(estimate.expected).toBeNull();
    expect(estimate.note).toBe('No reliable figure for PMO support roles in the Netherlands.');
  });

  it('personalised settings override the region, currency and seniority', () => {
    const posting = makePosting({ location: 'Austin, TX' });
    const settings = makeSettings({ personalise: true, homeRegion: 'UK-London', currency: 'EUR', years: 8 });
    const range = expected(estimatePay(posting, pm('junior'), settings));
    expect(range).toMatchObject({ region: 'UK-London', currency: 'EUR', seniority: 'senior' });
    expect(range.assumptions.join(' ')).toContain('ECB');
    expect(range.basis).toContain('your settings');
    const ignored = expected(estimatePay(posting, pm('junior'), { ...settings, personalise: false }));
    expect(ignored).toMatchObject({ region: 'US-TX', currency: 'USD', seniority: 'junior' });
  });

  it('US hourly contract: a permanent figure as an hourly equivalent, with the hours named', () => {
    const posting = makePosting({
      location: 'Chicago, IL',
      payText: '$55 - $65 an hour',
      employmentType: 'Contract',
    });
    const estimate = estimatePay(posting, pm());
    const range = expected(estimate);
    expect(range).toMatchObject({ period: 'hour', employment: 'perm' });
    expect(range.assumptions.join(' ')).toContain('2080');
    expect(estimate.comparison).toContain('permanent-salary equivalent');
  });

  it('one-sided stated pay is compared by its open end', () => {
    const estimate = estimatePay(
      makePosting({ location: 'Leeds', description: 'Salary up to £30,000' }),
      pmoSupport('mid'),
    );
    expect(estimate.comparison).toMatch(/^Stated up to £30,000\/year tops out within/);
    const high = estimatePay(
      makePosting({ location: 'Leeds', description: 'Salary from £60,000' }),
      pmoSupport('mid'),
    );
    expect(high.comparison).toMatch(/starts above/);
  });

  it('takes the region from the stated currency when the location says nothing', () => {
    const range = expected(
      estimatePay(makePosting({ location: 'Remote', description: 'Salary: ₹18-25 LPA' }), pm()),
    );
    expect(range.region).toBe('IN');
    expect(range.basis).toContain('currency');
  });

  it('with neither location nor pay, says why there is no range', () => {
    const estimate = estimatePay(makePosting({ location: null }), pm());
    expect(estimate.expected).toBeNull();
    expect(estimate.note).toContain('No location');
  });

  it('applies a sourced industry ratio only where the ad names one industry', () => {
    const base = expected(estimatePay(makePosting({ location: 'Denver, CO' }), pm('mid')));
    const pharma = expected(
      estimatePay(
        makePosting({ location: 'Denver, CO', description: 'A mid-size pharmaceutical company is hiring.' }),
        pm('mid'),
      ),
    );
    expect(pharma.min / base.min).toBeCloseTo(1.15, 1);
    expect(pharma.basis).toContain('industry');
  });
});

describe('detectEmployment', () => {
  it('reads the board, the stated period and the ad', () => {
    expect(detectEmployment(makePosting({ employmentType: 'CONTRACTOR' }), null).employment).toBe('contract');
    expect(detectEmployment(makePosting({ employmentType: 'Full-time' }), null).employment).toBe('perm');
    expect(detectEmployment(makePosting({ employmentType: 'Fixed-term contract' }), null).employment).toBe(
      'perm',
    );
    expect(
      detectEmployment(makePosting({ description: 'This is an interim role until March.' }), null).employment,
    ).toBe('contract');
    expect(detectEmployment(makePosting({ description: 'Outside IR35, 6 months.' }), null).employment).toBe(
      'contract',
    );
    expect(
      detectEmployment(makePosting({ description: 'A permanent role in our PMO.' }), null).employment,
    ).toBe('perm');
  });
});
