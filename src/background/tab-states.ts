/**
 * What each tab shows, kept in session storage so it survives the service worker being suspended
 * (MV3) and is gone when the browser closes. Each write is tagged with the job it belongs to.
 */
import { browser } from 'wxt/browser';
import { type TabState, TabStateSchema } from '../schema';
import { badgeFor } from './badge';

const TAB_KEY_PREFIX = 'tab:';
const keyOf = (tabId: number) => `${TAB_KEY_PREFIX}${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  const parsed = TabStateSchema.safeParse(stored[keyOf(tabId)]);
  return parsed.success ? parsed.data : null;
}

/**
 * Stores a tab's state. Session storage holds 10 MB in Chrome (`storage.session.QUOTA_BYTES`), a
 * hundred or more ads with their text:
 * when it is full, the other tabs' states go (each is read again when its popup opens) and the
 * write is tried once more. It is a cache of what the popup shows; a full one never costs the user
 * this tab's verdict, so a write that still fails is given up and reported as not stored.
 */
export async function writeTabState(tabId: number, state: TabState): Promise<boolean> {
  const entry = { [keyOf(tabId)]: state };
  try {
    await browser.storage.session.set(entry);
    return true;
  } catch {
    await forgetOtherTabs(tabId);
    return browser.storage.session.set(entry).then(
      () => true,
      () => false,
    );
  }
}

async function forgetOtherTabs(tabId: number): Promise<void> {
  const stored = await browser.storage.session.get(null);
  const others = Object.keys(stored).filter((key) => key.startsWith(TAB_KEY_PREFIX) && key !== keyOf(tabId));
  await browser.storage.session.remove(others);
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

export function tabStateKey(tabId: number): string {
  return keyOf(tabId);
}

/** The toolbar title of states that set none of their own: such states cannot be checked and are kept. */
const UNCHECKABLE_TITLE = badgeFor({ state: 'error', message: '' }, true).title;

/**
 * A tab's stored state when it still describes the page the tab shows, else null. The browser
 * resets a tab's toolbar title when the tab loads another page, and a page with no content script
 * never says so: a title other than the one published for the state means the state belongs to a
 * page now gone. A loading state counts only while `loadingIsLive` says its analysis is running (MV3
 * stops idle workers mid-analysis, and nothing would finish it). The popup reads this directly, so a
 * precomputed verdict shows without waking the background.
 */
export async function readCurrentTabState(
  tabId: number,
  loadingIsLive: (tabId: number) => boolean,
): Promise<TabState | null> {
  const [state, shownTitle] = await Promise.all([readTabState(tabId), shownTitleOf(tabId)]);
  if (state === null) return null;
  if (state.state === 'loading' && !loadingIsLive(tabId)) return null;
  const published = badgeFor(state, true).title;
  return published === UNCHECKABLE_TITLE || shownTitle === published ? state : null;
}

/** The tab's toolbar title, or null for a tab that is gone (Chrome throws before returning a promise for some ids). */
async function shownTitleOf(tabId: number): Promise<string | null> {
  try {
    return await browser.action.getTitle({ tabId });
  } catch {
    return null;
  }
}
