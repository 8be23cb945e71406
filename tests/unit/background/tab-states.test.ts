/** A stored tab state is shown only while it still describes the page the tab shows. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyExtraction } from '../../../src/background/analysis';
import { badgeFor } from '../../../src/background/badge';
import { readCurrentTabState, writeTabState } from '../../../src/background/tab-states';
import { extractFromText } from '../../../src/extract/index';
import type { TabState } from '../../../src/schema';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const TAB = 11;
const PM_AD = `Project Manager
What you'll do
• Deliver the new ward block at St Anne's hospital on time and on budget
• Own the project plan, schedule and budget, and lead the delivery team day to day
• Manage the project's risks and issues and report status to the project board`;

const never = () => false;

/** The toolbar title the tab shows; `throws` stands for a tab id Chrome rejects outright. */
function tabTitleIs(title: string | 'throws'): void {
  fakeBrowser.action.getTitle = vi.fn(({ tabId }: { tabId?: number }) => {
    if (title === 'throws') throw new Error(`No tab with id: ${tabId}.`);
    return Promise.resolve(title);
  }) as unknown as typeof fakeBrowser.action.getTitle;
}

async function storedReadyState(): Promise<TabState> {
  const extraction = extractFromText(PM_AD, { source: 'text' });
  if (!extraction.ok) throw new Error(extraction.message);
  return applyExtraction(TAB, extraction);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readCurrentTabState', () => {
  it('returns the stored verdict while the tab still shows the title published with it', async () => {
    const state = await storedReadyState();
    tabTitleIs(badgeFor(state, true).title);
    expect(await readCurrentTabState(TAB, never)).toEqual(state);
  });

  it('refuses a verdict once the tab has loaded another page (the browser reset its title)', async () => {
    await storedReadyState();
    tabTitleIs('PMO Lens');
    expect(await readCurrentTabState(TAB, never)).toBeNull();
  });

  it('refuses a loading state nobody is working on, and keeps one that is under way', async () => {
    const loading: TabState = { state: 'loading', jobKey: 'job-9' };
    await writeTabState(TAB, loading);
    tabTitleIs(badgeFor(loading, true).title);
    expect(await readCurrentTabState(TAB, never)).toBeNull();
    expect(await readCurrentTabState(TAB, (tabId) => tabId === TAB)).toEqual(loading);
  });

  it('answers null, without throwing, for a tab with nothing stored or an id the browser rejects', async () => {
    tabTitleIs('throws');
    expect(await readCurrentTabState(TAB, never)).toBeNull();
    expect(await readCurrentTabState(-1, never)).toBeNull();
  });
});

describe('writeTabState with session storage full', () => {
  const QUOTA_EXCEEDED = new Error('Session storage quota bytes exceeded');
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const ready = async () => {
    const state = await storedReadyState();
    await writeTabState(TAB + 1, { state: 'no-posting', message: 'another tab' });
    return state;
  };

  it('drops the other tabs’ states and stores this one', async () => {
    const state = await ready();
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(QUOTA_EXCEEDED);
    expect(await writeTabState(TAB, state)).toBe(true);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([`tab:${TAB}`]);
  });

  it('gives up without throwing when even that does not make room', async () => {
    const state = await ready();
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(QUOTA_EXCEEDED);
    expect(await writeTabState(TAB, state)).toBe(false);
  });
});
