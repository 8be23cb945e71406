/**
 * Real Chromium with the built extension loaded, and job pages served at their real URLs with no
 * network: every request the browser makes is either a fixture we serve or refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PMO_LENS_CHROMIUM ?? '/usr/bin/chromium';
/** The build under test: the e2e global setup's own, else the project's last `npm run build`. */
export const EXTENSION_DIR = process.env.PMO_LENS_EXTENSION_DIR ?? resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests that reached the catch-all (nothing served them), for the no-network checks. */
  refused: string[];
  serve(url: string, html: string): Promise<void>;
  /** Opens a served URL in a new tab and returns the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'pmo-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id as number));

  return {
    context,
    worker,
    extensionId,
    refused,
    async serve(url, html) {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
    async openTab(url) {
      const before = new Set(await tabIds());
      const page = await context.newPage();
      const after = await tabIds();
      const tabId = after.find((id) => !before.has(id));
      if (tabId === undefined) throw new Error('Could not find the new tab’s id');
      await page.goto(url);
      return { page, tabId };
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      // The size Chrome gives a popup of this width (its limit is 800×600).
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The badge text the background set for a tab. */
export function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
