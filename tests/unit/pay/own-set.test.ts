/**
 * How often the stated midpoint falls inside the expected range, on a set of realistic
 * (family, seniority, region, stated pay) cases written for this project (not copied from ads).
 * The issue asks for at least 60% on real ads; this set is the project's own check of that.
 */
import { describe, expect, it } from 'vitest';
import { estimatePay } from '../../../src/pay/index';
import type { Classification } from '../../../src/schema';
import { makePosting, pm, pmoLead, pmoSupport } from './factories';

interface Case {
  role: Classification;
  location: string;
  pay: string;
  employmentType?: string;
}

const CASES: Case[] = [
  { role: pm('mid'), location: 'Austin, TX', pay: '$95,000 - $120,000 a year' },
  { role: pm('senior'), location: 'Boston, MA', pay: '$135,000 - $160,000 a year' },
  { role: pm('junior'), location: 'Columbus, OH', pay: '$65,000 - $80,000 a year' },
  { role: pm('unknown'), location: 'Chicago, IL', pay: '$60 - $75 an hour', employmentType: 'Contract' },
  { role: pmoSupport('mid'), location: 'Atlanta, GA', pay: '$70,000 - $90,000 a year' },
  { role: pmoLead('mid'), location: 'Charlotte, NC', pay: '$115,000 - $140,000 a year' },
  { role: pmoLead('lead'), location: 'New York, NY', pay: '$160,000 - $190,000 a year' },
  { role: pm('unknown'), location: 'Leeds, UK', pay: '£45,000 - £52,000 per annum' },
  { role: pm('senior'), location: 'London, UK', pay: '£65,000 - £75,000 per annum' },
  { role: pm('unknown'), location: 'Manchester', pay: '£500 - £575 per day outside IR35' },
  { role: pmoSupport('mid'), location: 'Bristol', pay: '£32,000 - £38,000 per annum' },
  { role: pmoSupport('junior'), location: 'Nottingham', pay: '£26,000 - £29,000 per annum' },
  { role: pmoSupport('unknown'), location: 'London', pay: '£425 - £475 per day inside IR35' },
  { role: pmoLead('mid'), location: 'Birmingham', pay: '£55,000 - £65,000 per annum' },
  { role: pmoLead('lead'), location: 'London', pay: '£90,000 - £105,000 per annum' },
  { role: pm('junior'), location: 'Lyon, France', pay: '38 000 € brut annuel' },
  { role: pm('senior'), location: 'Paris', pay: '58 000 - 65 000 € brut annuel' },
  { role: pm('mid'), location: 'Munich, Germany', pay: '70.000 - 82.000 € pro Jahr' },
  { role: pm('unknown'), location: 'Toronto, ON', pay: '$95,000 - $115,000 a year' },
  { role: pm('unknown'), location: 'Pune, India', pay: '₹18-25 LPA' },
  { role: pm('unknown'), location: 'Zürich, Switzerland', pay: "CHF 120'000 - 140'000" },
  { role: pm('unknown'), location: 'Sydney NSW', pay: 'A$140,000 - A$160,000' },
];

function midpointInside(c: Case): boolean | null {
  const posting = makePosting({
    location: c.location,
    payText: c.pay,
    employmentType: c.employmentType ?? null,
  });
  const { stated, expected } = estimatePay(posting, c.role);
  if (!stated || !expected || stated.min === null || stated.max === null) return null;
  expect(stated.currency).toBe(expected.currency);
  expect(stated.period).toBe(expected.period);
  const mid = (stated.min + stated.max) / 2;
  return mid >= expected.min && mid <= expected.max;
}

describe('own set: stated midpoint inside the expected range', () => {
  it('every case gets a stated pay and an expected range in the same units', () => {
    for (const c of CASES) expect(midpointInside(c), `${c.location} ${c.pay}`).not.toBeNull();
  });

  it('at least 60% of midpoints fall inside', () => {
    const results = CASES.map(midpointInside);
    const inside = results.filter((r) => r === true).length;
    const outside = CASES.filter((_, i) => results[i] === false).map((c) => `${c.location} ${c.pay}`);
    console.info(`own set: ${inside}/${CASES.length} inside; outside: ${outside.join(' | ') || 'none'}`);
    expect(inside / CASES.length).toBeGreaterThanOrEqual(0.6);
  });
});
