/**
 * Stored values are read through zod whatever they hold: any JSON value gives valid settings and a
 * valid history, the valid entries of a damaged history all survive, and settings read from junk
 * never make an analysis throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { OutcomeSchema, SettingsSchema, TabStateSchema } from '../../../src/schema';
import {
  entryFromResult,
  HISTORY_LIMIT,
  HISTORY_VERSION,
  HistoryEntrySchema,
  historyFrom,
} from '../../../src/storage/history';
import { settingsFrom } from '../../../src/storage/settings';
import { makeResult } from '../storage/factory';

const BASE = Date.parse('2026-11-01T08:00:00.000Z');

/** Valid entries, each a different job an hour apart. */
const validEntries = fc
  .integer({ min: 1, max: 30 })
  .map((count) =>
    Array.from({ length: count }, (_, n) =>
      entryFromResult(
        makeResult({ id: `ad-${n}`, url: `https://boards.example.com/jobs/${n}`, title: `PMO Analyst ${n}` }),
        new Date(BASE + n * 3_600_000),
      ),
    ),
  );

/** What a damaged or foreign entry looks like: any JSON, or a real entry with one field broken. */
const brokenEntry = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc
    .tuple(
      fc.constantFrom('id', 'analysedAt', 'verdict', 'lean', 'confidence'),
      fc.oneof(fc.constant(null), fc.string({ maxLength: 10 }), fc.integer(), fc.constant(7e9)),
    )
    .map(([field, value]) => ({
      ...entryFromResult(makeResult({ id: 'broken' }), new Date(BASE)),
      [field]: value,
    })),
);

describe('reading stored history', () => {
  it('gives a valid, bounded history for any stored JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (stored) => {
        const entries = historyFrom(stored);
        expect(entries.length).toBeLessThanOrEqual(HISTORY_LIMIT);
        for (const entry of entries) expect(HistoryEntrySchema.safeParse(entry).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every valid entry, whatever junk is stored around them', () => {
    fc.assert(
      fc.property(
        validEntries,
        fc.array(brokenEntry, { maxLength: 20 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(HISTORY_VERSION, 0, 2, 'one', null),
        (valid, junk, shuffleSeed, version) => {
          // Interleave the junk among the valid entries at places the seed picks.
          const stored: unknown[] = [...valid];
          junk.forEach((item, i) => {
            stored.splice((shuffleSeed + i * 7) % (stored.length + 1), 0, item);
          });
          const kept = historyFrom({ version, entries: stored }).map((e) => e.id);
          const validIds = valid.map((e) => e.id);
          expect(kept.filter((id) => validIds.includes(id)).sort()).toEqual([...validIds].sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reading stored settings and tab states', () => {
  it('gives valid settings for any stored JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (stored) => {
        expect(SettingsSchema.safeParse(settingsFrom(stored)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('analyses under settings read from damaged values without throwing', async () => {
    const damaged = fc.record({
      version: fc.constantFrom(1, 0, 'x'),
      homeRegion: fc.oneof(fc.constantFrom('UK-London', 'FR', 'XX', '', '<img src=x>'), fc.string()),
      currency: fc.oneof(fc.constantFrom('EUR', 'GBP', 'ZZZ', 'eur'), fc.constant(null)),
      years: fc.oneof(fc.integer({ min: -5, max: 80 }), fc.constant(null)),
      personalise: fc.boolean(),
      badge: fc.oneof(fc.boolean(), fc.constant('yes')),
    });
    const ad = [
      'PMO Analyst',
      'About the role',
      'Join our portfolio office. You will maintain the RAID log, prepare monthly portfolio reports for the governance board and support project managers with planning standards.',
      'Responsibilities',
      '• Maintain the portfolio dashboard and resource tracker',
      '• Run stage-gate reviews and chase actions',
      'Requirements',
      '• Experience in a PMO; PRINCE2 Foundation or P3O Foundation',
      'Salary £38,000 per annum. Apply with your CV.',
    ].join('\n');
    await fc.assert(
      fc.asyncProperty(damaged, async (stored) => {
        const outcome = await analyze({ text: ad, location: 'Leeds, UK' }, settingsFrom(stored));
        expect(OutcomeSchema.safeParse(outcome).success).toBe(true);
        expect(outcome.ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 20_000);

  it('rejects any JSON value that is not a tab state, so the popup never renders it', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (stored) => {
        const parsed = TabStateSchema.safeParse(stored);
        // Only a well-formed loading or message state can come out of random JSON; never a result.
        if (parsed.success) expect(parsed.data.state).not.toBe('ready');
      }),
      { numRuns: 300 },
    );
  });
});
