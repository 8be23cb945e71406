/** The user's settings in local storage: validated on every read, defaults for anything unreadable. */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../schema';

export const SETTINGS_KEY = 'settings';

/** Reads settings; an older or corrupted value keeps each field that still validates. */
export function settingsFrom(stored: unknown): Settings {
  const whole = SettingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  if (!stored || typeof stored !== 'object') return { ...DEFAULT_SETTINGS };
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(SettingsSchema.shape) as Array<keyof Settings>) {
    if (key === 'version') continue;
    const field = SettingsSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (field.success) merged[key] = field.data;
  }
  return SettingsSchema.parse(merged);
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return settingsFrom(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: SettingsSchema.parse(settings) });
}
