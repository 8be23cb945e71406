import { describe, expect, it } from 'vitest';
import { detectRegion, regionFromCode, regionFromCurrency } from '../../../src/pay/region';

const TABLE: [string, string | null][] = [
  ['Austin, TX', 'US-TX'],
  ['Austin, TX 78701', 'US-TX'],
  ['San Francisco, CA', 'US-CA'],
  ['New York, NY, United States', 'US-NY'],
  ['Seattle, Washington', 'US-WA'],
  ['Washington, DC', 'US-DC'],
  ['Remote - US', 'US'],
  ['United States (Remote)', 'US'],
  ['Boston', 'US-MA'],
  ['New London, CT', 'US-CT'],
  ['London, England, United Kingdom', 'UK-London'],
  ['London', 'UK-London'],
  ['City of London, London', 'UK-CityLondon'],
  ['Canary Wharf', 'UK-London'],
  ['Manchester, UK', 'UK'],
  ['Leeds', 'UK'],
  ['Portsmouth, Hampshire', 'UK-Hampshire'],
  ['Cardiff, Wales', 'UK-Wales'],
  ['Remote (UK)', 'UK'],
  ['London, ON', 'CA'],
  ['London, Ontario, Canada', 'CA'],
  ['Toronto, ON, CA', 'CA'],
  ['AMER - Canada - Quebec - Montreal', 'CA'],
  ['Vancouver, BC', 'CA'],
  ['Paris, Île-de-France, France', 'FR-IDF'],
  ['La Défense', 'FR-IDF'],
  ['Lyon, France', 'FR'],
  ['Berlin, DE', 'DE'],
  ['München, Bayern, Deutschland', 'DE'],
  ['Amsterdam, North Holland, Netherlands', 'NL'],
  ['Zürich, Switzerland', 'CH'],
  ['Sydney NSW', 'AU-Sydney'],
  ['Melbourne VIC', 'AU'],
  ['Pune, Maharashtra, India', 'IN'],
  ['Bengaluru', 'IN'],
  ['Warszawa, Poland', 'PL'],
  ['Lagos, Nigeria', 'NG'],
  ['Dublin 2, Ireland', 'IE'],
  ['EMEA - Germany - Frankfurt', 'DE'],
  ['Remote', null],
  ['Hybrid', null],
  ['', null],
];

describe('detectRegion', () => {
  it.each(TABLE)('%s → %s', (location, code) => {
    expect(detectRegion(location)?.code ?? null).toBe(code);
  });

  it('names the state and the country', () => {
    expect(detectRegion('Austin, TX')?.name).toBe('Texas, US');
    expect(detectRegion('Austin, TX')?.country).toBe('US');
  });
});

describe('regionFromCurrency', () => {
  it('places currencies that belong to one country', () => {
    expect(regionFromCurrency('GBP')?.code).toBe('UK');
    expect(regionFromCurrency('INR')?.code).toBe('IN');
    expect(regionFromCurrency('CHF')?.code).toBe('CH');
  });

  it('does not guess a country for the euro', () => {
    expect(regionFromCurrency('EUR')).toBeNull();
  });
});

describe('regionFromCode', () => {
  it('reads the codes the settings store', () => {
    expect(regionFromCode('UK-London')?.name).toBe('London');
    expect(regionFromCode('US-TX')?.name).toBe('Texas, US');
    expect(regionFromCode('DE')?.country).toBe('DE');
    expect(regionFromCode('XX')).toBeNull();
  });
});
