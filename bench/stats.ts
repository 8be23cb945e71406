/** Repeated timing and its summary: median, min, max and how many runs it rests on. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: sorted.length };
}

export interface SamplingPlan {
  /** Calls made first and thrown away (JIT, caches, lazy module state). */
  warmup: number;
  minRuns: number;
  maxRuns: number;
  /** Stop adding runs once this much time was spent timing (minRuns are always made). */
  budgetMs: number;
}

/** Times `fn` repeatedly in this process; the figure is the whole call, awaited when it is async. */
export async function sample(fn: () => unknown, plan: SamplingPlan): Promise<Summary> {
  for (let i = 0; i < plan.warmup; i++) {
    const value = fn();
    if (value instanceof Promise) await value;
  }
  const samples: number[] = [];
  const started = performance.now();
  while (
    samples.length < plan.minRuns ||
    (samples.length < plan.maxRuns && performance.now() - started < plan.budgetMs)
  ) {
    const before = performance.now();
    const value = fn();
    // Only real promises are awaited, so a synchronous call is not timed with a microtask added.
    if (value instanceof Promise) await value;
    samples.push(performance.now() - before);
  }
  return summarize(samples);
}

/** a ÷ b on medians, the way the budgets compare two figures. */
export function ratio(a: Summary, b: Summary): number {
  return a.median / b.median;
}

export interface InterleavedTask {
  fn: () => unknown;
  /** Calls per round: more for cheap calls, so each task gets enough samples. */
  perRound: number;
}

/**
 * Times several tasks in alternation, round after round, so load from other processes falls on
 * all of them alike: figures that are compared with each other (a ratio) are taken this way.
 * Each task is first called `warmup` times, untimed.
 */
export async function sampleInterleaved(
  tasks: readonly InterleavedTask[],
  plan: { warmup: number; rounds: number },
): Promise<Summary[]> {
  const samples = tasks.map(() => [] as number[]);
  for (const task of tasks) {
    for (let i = 0; i < plan.warmup; i++) {
      const value = task.fn();
      if (value instanceof Promise) await value;
    }
  }
  for (let round = 0; round < plan.rounds; round++) {
    for (const [i, task] of tasks.entries()) {
      for (let call = 0; call < task.perRound; call++) {
        const before = performance.now();
        const value = task.fn();
        if (value instanceof Promise) await value;
        samples[i]?.push(performance.now() - before);
      }
    }
  }
  return samples.map(summarize);
}
