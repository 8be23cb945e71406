/** The popup's controller: which tab, ask the background, render, follow updates. */
import { browser } from 'wxt/browser';
import { tabStateKey } from '../background/tab-states';
import { type PopupRequest, type TabState, TabStateSchema } from '../schema';
import { renderState } from './popup-view';

export async function startPopup(root: HTMLElement): Promise<void> {
  const tabId = await targetTabId();
  let shown: TabState = { state: 'loading', jobKey: null };
  const show = (state: TabState) => {
    shown = state;
    root.replaceChildren(renderState(state, actions));
  };
  const ask = async (request: PopupRequest) => show(await requestState(request));
  const actions = {
    reread: () => {
      if (tabId === null) return;
      show({ state: 'loading', jobKey: null });
      void ask({ type: 'reread', tabId });
    },
    analyzeText: (text: string) => {
      show({ state: 'loading', jobKey: null });
      void ask({ type: 'analyze-text', text, tabId });
    },
  };

  show(shown);
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
    if (parsed.success) show(parsed.data);
  });
  await ask({ type: 'get-state', tabId });
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
