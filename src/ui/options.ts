/** The options page: settings, the local history, and what is stored where. */
import { browser } from 'wxt/browser';
import {
  clearHistory,
  HISTORY_KEY,
  HISTORY_LIMIT,
  historyFrom,
  historyToCsv,
  historyToJson,
  loadHistory,
} from '../storage/history';
import { loadSettings, saveSettings } from '../storage/settings';
import { el } from './dom';
import { historyPanel } from './options-history';
import { settingsSection } from './options-settings';

export async function startOptions(root: HTMLElement): Promise<void> {
  const [settings, entries] = await Promise.all([loadSettings(), loadHistory()]);
  const history = historyPanel(entries, {
    exportCsv: (all) => download(`\uFEFF${historyToCsv(all)}`, 'text/csv;charset=utf-8', 'csv'),
    exportJson: (all) => download(historyToJson(all), 'application/json', 'json'),
    clearAll: clearHistory,
  });
  root.replaceChildren(
    el('h1', {}, 'PMO Lens options'),
    settingsSection(settings, saveSettings),
    history.element,
    privacySection(),
  );
  // Analyses that finish while the page is open, and clear-all, arrive through storage.
  browser.storage.local.onChanged.addListener((changes) => {
    const change = changes[HISTORY_KEY];
    if (change) history.update(historyFrom(change.newValue));
  });
}

/**
 * Saves text as a file from memory: a Blob URL and a download link, no request anywhere.
 * The CSV starts with a byte-order mark so spreadsheet programs read it as UTF-8.
 */
function download(text: string, type: string, extension: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const day = new Date().toISOString().slice(0, 10);
  const link = el('a', { href: url, download: `pmo-lens-history-${day}.${extension}`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL is released once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function privacySection(): HTMLElement {
  return el(
    'section',
    { class: 'panel', 'aria-labelledby': 'privacy-heading', 'data-testid': 'privacy' },
    el('h2', { id: 'privacy-heading' }, 'Privacy: what is kept, and where'),
    el(
      'ul',
      { class: 'plain-list' },
      el('li', {}, 'Your settings above, in this browser’s extension storage.'),
      el(
        'li',
        {},
        `A history of up to ${HISTORY_LIMIT} analysed ads: title, company, location, address, verdict, the top three reasons and pay. The full ad text is not kept.`,
      ),
      el(
        'li',
        {},
        'The latest result for each open tab, with the ad text it was read from, in session storage: the browser empties it when it closes.',
      ),
    ),
    el(
      'p',
      {},
      'All of it stays in this browser only. It is never synced to your account, never sent anywhere, and PMO Lens makes no network requests.',
    ),
    el(
      'p',
      {},
      'To delete it: “Clear all…” above empties the history; removing the extension deletes everything it stored.',
    ),
  );
}
