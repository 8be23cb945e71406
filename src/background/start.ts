/** The background service worker: owns analysis, per-tab state, the badge and the context menu. */
import { browser } from 'wxt/browser';
import { extractFromText } from '../extract/index';
import { ContentMessageSchema, type PopupRequest, PopupRequestSchema, type TabState } from '../schema';
import { SETTINGS_KEY } from '../storage/settings';
import {
  applyExtraction,
  forgetTabTickets,
  markLoading,
  publishFor,
  settingsChanged,
  stateFor,
  tracksTab,
} from './analysis';
import { readTab } from './page-access';
import { forgetTab, readCurrentTabState } from './tab-states';

const SELECTION_MENU_ID = 'pmo-lens-analyse-selection';

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const fromPage = ContentMessageSchema.safeParse(message);
    if (fromPage.success && sender.tab?.id !== undefined) {
      const tabId = sender.tab.id;
      const data = fromPage.data;
      void (data.type === 'page-report'
        ? applyExtraction(tabId, data.extraction)
        : markLoading(tabId, data.jobKey));
      return false;
    }
    const fromPopup = PopupRequestSchema.safeParse(message);
    if (!fromPopup.success) return false;
    answerPopup(fromPopup.data).then(sendResponse, (error: unknown) =>
      sendResponse({ state: 'error', message: `Something went wrong: ${String(error)}` } satisfies TabState),
    );
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabTickets(tabId);
    void forgetTab(tabId);
  });
  browser.storage.local.onChanged.addListener((changes) => {
    if (SETTINGS_KEY in changes) settingsChanged();
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SELECTION_MENU_ID,
      title: 'Analyse selection with PMO Lens',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SELECTION_MENU_ID || tab?.id === undefined) return;
    const extraction = extractFromText(info.selectionText ?? '', { source: 'selection', url: tab.url });
    void applyExtraction(tab.id, extraction).then(() => browser.action.openPopup?.().catch(() => undefined));
  });
}

async function answerPopup(request: PopupRequest): Promise<TabState> {
  switch (request.type) {
    case 'get-state': {
      const stored = await readCurrentTabState(request.tabId, tracksTab);
      return stored ?? readAndApply(request.tabId);
    }
    case 'reread':
      return readAndApply(request.tabId);
    case 'analyze-text': {
      const extraction = extractFromText(request.text, { source: 'paste' });
      // With no tab to attach it to (the popup opened on its own), analyse and store nothing.
      return request.tabId === null ? stateFor(extraction) : applyExtraction(request.tabId, extraction);
    }
  }
}

async function readAndApply(tabId: number): Promise<TabState> {
  const read = await readTab(tabId);
  if (!read.ok) return publishFor(tabId, { state: 'no-access', message: read.message });
  return applyExtraction(tabId, read.extraction);
}
