import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/schema';
import { settingsFrom } from '../../../src/storage/settings';

describe('stored settings', () => {
  it('keeps valid settings as they are', () => {
    const stored = { ...DEFAULT_SETTINGS, homeRegion: 'UK-London', years: 7, personalise: true };
    expect(settingsFrom(stored)).toEqual(stored);
  });

  it('falls back to defaults for nothing or junk', () => {
    expect(settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom('corrupt')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom(42)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each readable field of an older or damaged value', () => {
    const older = { homeRegion: 'FR', years: 'ten', badge: false, currency: 'euro', extra: true };
    expect(settingsFrom(older)).toEqual({ ...DEFAULT_SETTINGS, homeRegion: 'FR', badge: false });
  });
});
