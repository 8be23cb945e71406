import { describe, expect, it } from 'vitest';
import { ratio, sample, sampleInterleaved, summarize } from '../../../bench/stats';

describe('summarize', () => {
  it('gives the middle value of an odd count, whatever the order', () => {
    expect(summarize([9, 1, 5])).toEqual({ median: 5, min: 1, max: 9, runs: 3 });
  });

  it('averages the two middle values of an even count', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('refuses an empty list rather than inventing a figure', () => {
    expect(() => summarize([])).toThrow(/no samples/);
  });
});

describe('sample', () => {
  it('makes the warm-up calls plus at least minRuns timed ones', async () => {
    let calls = 0;
    const result = await sample(
      () => {
        calls++;
      },
      { warmup: 2, minRuns: 5, maxRuns: 5, budgetMs: 10_000 },
    );
    expect(result.runs).toBe(5);
    expect(calls).toBe(7);
  });

  it('stops at maxRuns even with budget left, and awaits async calls', async () => {
    const result = await sample(() => new Promise((resolve) => setTimeout(resolve, 2)), {
      warmup: 0,
      minRuns: 1,
      maxRuns: 3,
      budgetMs: 10_000,
    });
    expect(result.runs).toBe(3);
    expect(result.min).toBeGreaterThanOrEqual(1);
  });

  it('stops adding runs once the time budget is spent', async () => {
    const result = await sample(() => new Promise((resolve) => setTimeout(resolve, 5)), {
      warmup: 0,
      minRuns: 2,
      maxRuns: 1_000,
      budgetMs: 30,
    });
    expect(result.runs).toBeGreaterThanOrEqual(2);
    expect(result.runs).toBeLessThan(20);
  });
});

describe('ratio', () => {
  it('compares medians', () => {
    expect(ratio(summarize([10, 20, 30]), summarize([4, 5, 6]))).toBe(4);
  });
});

describe('sampleInterleaved', () => {
  it('alternates the tasks round by round, with each task’s calls per round', async () => {
    const order: string[] = [];
    const [a, b] = await sampleInterleaved(
      [
        { fn: () => order.push('a'), perRound: 2 },
        { fn: () => order.push('b'), perRound: 1 },
      ],
      { warmup: 1, rounds: 3 },
    );
    expect(order.join('')).toBe(`ab${'aab'.repeat(3)}`);
    expect(a?.runs).toBe(6);
    expect(b?.runs).toBe(3);
  });
});
