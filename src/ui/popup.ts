/** The popup's controller: which tab, ask the background, render, follow updates, mark the page. */
import { browser } from 'wxt/browser';
import { readCurrentTabState, tabStateKey } from '../background/tab-states';
import { highlightEvidence } from '../content/highlight';
import {
  HighlightReplySchema,
  type HighlightRequest,
  type PopupRequest,
  type TabState,
  TabStateSchema,
} from '../schema';
import { VERDICT_LABEL } from './labels';
import { markMessage } from './popup-mark';
import type { Quote } from './popup-result';
import { type PopupActions, renderState } from './popup-view';

export async function startPopup(root: HTMLElement, status: HTMLElement | null): Promise<void> {
  const tabId = await targetTabId();
  let shownKey = '';
  // After the reader asks for something (read again, analyse text), focus goes to the new heading.
  let focusHeading = false;
  const show = (state: TabState) => {
    // The same state written again (a re-read of an unchanged ad) keeps the view, its open
    // "all evidence" list and the reader's place.
    const key = stateKey(state);
    if (key === shownKey) return;
    shownKey = key;
    root.replaceChildren(renderState(state, actions));
    if (status) status.textContent = announcement(state);
    if (focusHeading && state.state !== 'loading') {
      focusHeading = false;
      root.querySelector<HTMLElement>('h1')?.focus();
    }
  };
  // Every state the background publishes reaches the popup as a storage change, in order. An answer
  // still on its way when a change arrives was read before that change: showing it would put an
  // older state, or another job's, back on screen.
  let changesSeen = 0;
  const showUnlessOvertaken = async (pending: Promise<TabState | null>): Promise<boolean> => {
    const changesBefore = changesSeen;
    const answer = await pending;
    if (answer === null) return false;
    if (changesSeen === changesBefore) show(answer);
    return true;
  };
  const ask = (request: PopupRequest) => showUnlessOvertaken(requestState(request));
  const actions: PopupActions = {
    reread: () => {
      if (tabId === null) return;
      focusHeading = true;
      show({ state: 'loading', jobKey: null });
      void ask({ type: 'reread', tabId });
    },
    analyzeText: (text: string) => {
      focusHeading = true;
      show({ state: 'loading', jobKey: null });
      void ask({ type: 'analyze-text', text, tabId });
    },
    highlight: (quotes: Quote[], focus: number | null) =>
      tabId === null ? Promise.resolve(NO_TAB) : markPage(tabId, { type: 'highlight', quotes, focus }),
  };

  if (tabId === null) {
    show({ state: 'no-posting', message: 'There is no open tab to read.' });
    return;
  }
  // The background writes each tab's state to session storage; follow it while the popup is open,
  // so a job change or a finished analysis shows without reopening.
  browser.storage.session.onChanged.addListener((changes) => {
    const change = changes[tabStateKey(tabId)];
    if (!change) return;
    const parsed = TabStateSchema.safeParse(change.newValue);
    if (!parsed.success) return;
    changesSeen++;
    show(parsed.data);
  });
  // A verdict the background already worked out is read straight from storage, without waking the
  // background; the loading outline is drawn while that read is on its way. Anything else (nothing
  // stored, a state from a page now gone, an analysis under way) is the background's to answer.
  const stored = showUnlessOvertaken(readCurrentTabState(tabId, () => false).catch(() => null));
  show({ state: 'loading', jobKey: null });
  if (await stored) return;
  await ask({ type: 'get-state', tabId });
}

const NO_TAB = 'There is no tab to mark.';
const NEEDS_CLICK =
  'PMO Lens may mark a page only after you click its toolbar icon on it. Open the ad’s tab, click the icon, and select the sentence again.';

/**
 * Runs the highlighter in the tab. activeTab (granted by the toolbar click that opened this popup)
 * lets it run on any page, boards included, without a byte in the content scripts.
 */
async function markPage(tabId: number, request: HighlightRequest): Promise<string> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: highlightEvidence,
      args: [request],
    });
    const reply = HighlightReplySchema.safeParse(frame?.result);
    if (!reply.success) return 'The page did not answer; reload it and try again.';
    return markMessage(reply.data, request);
  } catch {
    return NEEDS_CLICK;
  }
}

/** What a screen reader hears when the view changes. */
function announcement(state: TabState): string {
  switch (state.state) {
    case 'loading':
      return 'Reading the job ad…';
    case 'ready':
      return `${VERDICT_LABEL[state.result.verdict]}, confidence ${Math.round(state.result.confidence * 100)}%.`;
    case 'no-posting':
      return 'No job description found on this page.';
    case 'no-access':
      return 'PMO Lens may not read this page yet.';
    case 'error':
      return 'Something went wrong.';
  }
}

function stateKey(state: TabState): string {
  if (state.state !== 'ready') return `${state.state}|${'message' in state ? state.message : ''}`;
  const { posting, elapsedMs } = state.result;
  return `ready|${posting.source}|${posting.jobKey ?? posting.url ?? ''}|${posting.title ?? ''}|${posting.descriptionChars}|${elapsedMs}`;
}

/** `popup.html?tab=<id>` reads that tab (tests and the options page use it); else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function requestState(request: PopupRequest): Promise<TabState> {
  try {
    const reply = await browser.runtime.sendMessage(request);
    const parsed = TabStateSchema.safeParse(reply);
    if (parsed.success) return parsed.data;
    return { state: 'error', message: 'The extension’s background sent an answer the popup cannot read.' };
  } catch (error) {
    return {
      state: 'error',
      message: `The extension’s background did not answer (${String(error)}). Reopen the popup.`,
    };
  }
}
