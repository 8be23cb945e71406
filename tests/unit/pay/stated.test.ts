import { describe, expect, it } from 'vitest';
import { parseStatedPay } from '../../../src/pay/stated';
import type { Period } from '../../../src/schema';

type Expected = [currency: string, period: Period, min: number | null, max: number | null] | null;

/** [text, location, expected parse]. Written for this project; no real ads copied. */
const TABLE: [string, string | null, Expected][] = [
  // US board and description forms
  ['$120,000 - $140,000 a year', null, ['USD', 'year', 120000, 140000]],
  ['$130,000 - $160,000 a year - Full-time', null, ['USD', 'year', 130000, 160000]],
  ['$55–65/hr', null, ['USD', 'hour', 55, 65]],
  ['$95/hr - $135/hr', null, ['USD', 'hour', 95, 135]],
  ['$48.50 an hour', null, ['USD', 'hour', 48.5, 48.5]],
  ['Pay: $85K-$105K per year', null, ['USD', 'year', 85000, 105000]],
  ['The base salary range for this role is $118,400 to $152,600.', null, ['USD', 'year', 118400, 152600]],
  ['Compensation: USD 140,000 - 165,000 annually plus equity', null, ['USD', 'year', 140000, 165000]],
  ['US$90,000/yr', null, ['USD', 'year', 90000, 90000]],
  ['$70 - $80 per hour on W2', 'Remote, US', ['USD', 'hour', 70, 80]],
  ['Salary: $98,000', 'Denver, CO', ['USD', 'year', 98000, 98000]],
  // Canada and Australia dollars
  ['$90,000 - $110,000 a year', 'Toronto, ON', ['CAD', 'year', 90000, 110000]],
  ['CA$105,000–125,000', null, ['CAD', 'year', 105000, 125000]],
  ['A$160k + super', null, ['AUD', 'year', 160000, 160000]],
  ['$900 per day', 'Sydney NSW', ['AUD', 'day', 900, 900]],
  // UK contract forms
  ['£500 per day outside IR35', null, ['GBP', 'day', 500, 500]],
  ['£450-£550 p/d', null, ['GBP', 'day', 450, 550]],
  ['£475 pd inside IR35', null, ['GBP', 'day', 475, 475]],
  ['Day rate: up to £600', null, ['GBP', 'day', null, 600]],
  ['Rate: £400 - £450 per day via umbrella', null, ['GBP', 'day', 400, 450]],
  ['£23.82ph', null, ['GBP', 'hour', 23.82, 23.82]],
  ['£18.50 per hour PAYE', null, ['GBP', 'hour', 18.5, 18.5]],
  ['6 month contract, £525 (outside IR35)', null, ['GBP', 'day', 525, 525]],
  // UK salaries
  ['£33,551- £35,564', null, ['GBP', 'year', 33551, 35564]],
  ['£45,000 - £55,000 per annum', null, ['GBP', 'year', 45000, 55000]],
  ['£40k-£45k + benefits', null, ['GBP', 'year', 40000, 45000]],
  ['£45-55k DOE', null, ['GBP', 'year', 45000, 55000]],
  ['up to £45k', null, ['GBP', 'year', null, 45000]],
  ['Up to £62,000 p.a.', null, ['GBP', 'year', null, 62000]],
  ['from £38,000', null, ['GBP', 'year', 38000, null]],
  ['Starting salary of £29,500', null, ['GBP', 'year', 29500, null]],
  ['£38,000+ per annum', null, ['GBP', 'year', 38000, null]],
  ['Salary: circa £50,000 pa', null, ['GBP', 'year', 50000, 50000]],
  ['between £40,000 and £48,000 per year', null, ['GBP', 'year', 40000, 48000]],
  ['£52,000 pro rata', null, ['GBP', 'year', 52000, 52000]],
  ['£72,000 - £80,000 + bonus', null, ['GBP', 'year', 72000, 80000]],
  ['c. £80,000 + bonus', null, ['GBP', 'year', 80000, 80000]],
  ['$175,000 - $215,000 + equity', null, ['USD', 'year', 175000, 215000]],
  ['Salary £45,000 plus £5,400 car allowance', null, ['GBP', 'year', 45000, 45000]],
  ['£50K - £78K (Glassdoor Est.)', null, ['GBP', 'year', 50000, 78000]],
  ['London £52,000, National £46,000', 'London, UK', ['GBP', 'year', 52000, 52000]],
  ['London £52,000, National £46,000', 'Leeds, UK', ['GBP', 'year', 46000, 46000]],
  ['£48,000 (London) / £42,500 (national)', 'Birmingham', ['GBP', 'year', 42500, 42500]],
  ['NHS Agenda for Change Band 6', null, ['GBP', 'year', 38682, 46580]],
  ['Band 7 – NHS, £47,810 - £54,710 per annum', null, ['GBP', 'year', 47810, 54710]],
  // Euro, French and German
  ['€60k', null, ['EUR', 'year', 60000, 60000]],
  ['45.000 € brut annuel', null, ['EUR', 'year', 45000, 45000]],
  ['60 000 € par an', null, ['EUR', 'year', 60000, 60000]],
  ['Rémunération : 48-55 k€ brut annuel', null, ['EUR', 'year', 48000, 55000]],
  ['de 45 000 à 55 000 € brut par an', null, ['EUR', 'year', 45000, 55000]],
  ['Salaire : 3 800 € brut mensuel', null, ['EUR', 'month', 3800, 3800]],
  ['TJM : 600 €', null, ['EUR', 'day', 600, 600]],
  ['60.000 bis 70.000 € pro Jahr', null, ['EUR', 'year', 60000, 70000]],
  ['Gehalt: 75.000 EUR brutto jährlich', null, ['EUR', 'year', 75000, 75000]],
  ['EUR 4,200 per month', null, ['EUR', 'month', 4200, 4200]],
  ['Salary: 45,000 - 55,000', 'Paris, France', ['EUR', 'year', 45000, 55000]],
  // Switzerland, India, South Africa, Poland
  ["CHF 120'000", null, ['CHF', 'year', 120000, 120000]],
  ["CHF 110'000 - 130'000 p.a.", null, ['CHF', 'year', 110000, 130000]],
  ['₹18-25 LPA', null, ['INR', 'year', 1800000, 2500000]],
  ['10 lakh per annum', null, ['INR', 'year', 1000000, 1000000]],
  ['₹12,00,000 - ₹15,00,000 per annum', null, ['INR', 'year', 1200000, 1500000]],
  ['CTC 14 LPA', null, ['INR', 'year', 1400000, 1400000]],
  ['₹65,000 per month', null, ['INR', 'month', 65000, 65000]],
  ['R650 000', null, ['ZAR', 'year', 650000, 650000]],
  ['R45 000 per month', null, ['ZAR', 'month', 45000, 45000]],
  ['15 000 - 19 000 PLN brutto miesięcznie', null, ['PLN', 'month', 15000, 19000]],
  // No pay stated
  ['competitive', null, null],
  ['Competitive salary + benefits', null, null],
  ['DOE', null, null],
  ['Salary negotiable', null, null],
  ['Permanent', null, null],
  ['Full-time', null, null],
  ['Salary: depending on experience', null, null],
  // Traps: numbers that are not pay
  ['You will manage a £5m portfolio of change projects.', null, null],
  ['Oversee a programme budget of £500,000.', null, null],
  ['10+ years of experience leading a team of 12.', null, null],
  ['Call 0800 123 456 or quote ref R12345.', null, null],
  ['Closing date 31/03/2026; start 01.05.2026.', null, null],
  ['Job reference: 204518', null, null],
  ['Up to 15% annual bonus and 25 days holiday', null, null],
  ['A £10,000 sign-on bonus is available.', null, null],
  ['Benefits include a £5,400 car allowance.', null, null],
  ['Our client turned over $2.5bn last year.', null, null],
  ['A $250,000 annual budget for tooling.', null, null],
  ['Salary review in 2026', 'London', null],
  ['£500 100% remote', null, ['GBP', 'day', 500, 500]],
];

describe('parseStatedPay: the table', () => {
  it('has at least 60 examples', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('%s (location %s)', (text, location, expected) => {
    const pay = parseStatedPay(text, { location });
    if (expected === null) {
      expect(pay).toBeNull();
      return;
    }
    expect(pay).not.toBeNull();
    const [currency, period, min, max] = expected;
    expect({ currency: pay?.currency, period: pay?.period, min: pay?.min, max: pay?.max }).toEqual({
      currency,
      period,
      min,
      max,
    });
  });
});

describe('parseStatedPay: notes and text', () => {
  it('keeps the IR35 status in the note', () => {
    expect(parseStatedPay('£500 per day outside IR35')?.note).toContain('outside IR35');
    expect(parseStatedPay('£450 per day, inside IR35')?.note).toContain('inside IR35');
  });

  it('says whether London weighting is included or on top', () => {
    expect(parseStatedPay('£28,407 - £31,066 (inc. London Weighting)')?.note).toContain(
      'includes London weighting',
    );
    expect(parseStatedPay('£45,000 pa + £3,000 London weighting')).toMatchObject({
      min: 45000,
      note: 'plus London weighting',
    });
  });

  it('says when the period was inferred', () => {
    expect(parseStatedPay('£45,000')?.note).toContain('inferred');
    expect(parseStatedPay('£45,000 per annum')?.note ?? '').not.toContain('inferred');
  });

  it('infers a day rate from contract words', () => {
    const pay = parseStatedPay('Contract role, 6 months. £450 via umbrella.');
    expect(pay?.period).toBe('day');
    expect(pay?.note).toContain('day rate');
  });

  it('names the NHS band and the scale year', () => {
    expect(parseStatedPay('NHS Band 6 (Agenda for Change)')?.note).toContain('NHS AfC Band 6 (2025/26');
    expect(parseStatedPay('Band 7, NHS trust. £47,810 - £54,710 pa')?.note).toContain('Band 7');
  });

  it('names a civil-service grade without inventing figures', () => {
    expect(parseStatedPay('Civil Service, Grade 7')).toBeNull();
    expect(parseStatedPay('Civil Service SEO, £45,000 - £52,000')?.note).toContain('SEO');
  });

  it('keeps the other location in the note when two are stated', () => {
    const pay = parseStatedPay('London £52,000, National £46,000', { location: 'Leeds' });
    expect(pay?.note).toContain('London rate £52,000/year also stated');
  });

  it('marks a board estimate as an estimate', () => {
    expect(parseStatedPay('£50K - £78K (Glassdoor Est.)', { from: 'board' })?.note).toContain(
      'Glassdoor estimate',
    );
  });

  it('keeps the words it read the pay from', () => {
    expect(parseStatedPay('Salary: up to £45k DOE')?.text).toBe('up to £45k');
    expect(parseStatedPay('We pay £450-£550 p/d for this role')?.text).toBe('£450-£550 p/d');
  });

  it('prefers the pay sentence over other amounts', () => {
    const text = 'You will own a £2m budget.\nSalary: £55,000 - £60,000 per annum plus 10% bonus.';
    expect(parseStatedPay(text)).toMatchObject({ min: 55000, max: 60000, period: 'year' });
  });
});
