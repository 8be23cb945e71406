/**
 * What each tab shows, kept in session storage so it survives the service worker being suspended
 * (MV3) and is gone when the browser closes. Each write is tagged with the job it belongs to.
 */
import { browser } from 'wxt/browser';
import { type TabState, TabStateSchema } from '../schema';

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  const parsed = TabStateSchema.safeParse(stored[keyOf(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

export function tabStateKey(tabId: number): string {
  return keyOf(tabId);
}
