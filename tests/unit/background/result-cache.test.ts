import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../../src/background/result-cache';
import type { Posting, Result } from '../../../src/schema';

const posting = (jobKey: string, chars = 100): Posting => ({
  title: 'PMO Analyst',
  company: null,
  location: null,
  url: null,
  jobKey,
  source: 'linkedin',
  description: 'x'.repeat(chars),
  descriptionChars: chars,
  truncated: false,
  payText: null,
  structuredPay: null,
  employmentType: null,
  datePosted: null,
  fieldsFound: [],
});
const result = (id: string) => ({ id }) as unknown as Result;

describe('result cache', () => {
  it('finds a job read before, and only with the same text', () => {
    const cache = new ResultCache();
    cache.set(posting('1'), result('a'));
    expect(cache.get(posting('1'))?.id).toBe('a');
    expect(cache.get(posting('1', 250))).toBeNull();
    expect(cache.get(posting('2'))).toBeNull();
  });

  it('forgets the least recently used job past its limit', () => {
    const cache = new ResultCache();
    for (let i = 0; i < 100; i++) cache.set(posting(String(i)), result(String(i)));
    cache.get(posting('0'));
    cache.set(posting('100'), result('100'));
    expect(cache.get(posting('0'))?.id).toBe('0');
    expect(cache.get(posting('1'))).toBeNull();
    expect(cache.get(posting('100'))?.id).toBe('100');
  });
});
