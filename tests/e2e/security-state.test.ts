/**
 * Stale or racing state: the popup shows the job the tab holds now, or a loading state, never
 * another page's result: after the tab moves to another site, while a long analysis runs, and when
 * Chrome stops the extension's service worker half-way (MV3 suspends idle workers).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './browser';
import { loadPageFixture } from './fixtures';
import { badgeOf, liveWorker, stopServiceWorkers, waitForBadge } from './security-helpers';

const FIRST = loadPageFixture('linkedin/guest-pmo-analyst');
const FIRST_COMPANY = 'Northwind Utilities';

/** Duty lines that make an ad long enough for its analysis to take a while in the worker. */
const LONG_AD_LINES = 400;
const LONG_AD_URL = 'https://www.linkedin.com/jobs/view/4077777002';
const LONG_AD_TITLE = 'Portfolio Office Lead';

/** A LinkedIn job page written for this test: a PMO lead ad with a very long duty list. */
function longAdPage(): string {
  const duties = Array.from(
    { length: LONG_AD_LINES },
    (_, i) =>
      `<li>Workstream ${i + 1}: maintain its RAID log, check its plan against the PMO standards and report its status to the Portfolio Board.</li>`,
  ).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${LONG_AD_TITLE} | LinkedIn</title></head>
<body><main class="main"><section class="top-card-layout">
<h1 class="top-card-layout__title topcard__title">${LONG_AD_TITLE}</h1>
<h4 class="top-card-layout__second-subline"><div class="topcard__flavor-row">
<span class="topcard__flavor"><a class="topcard__org-name-link" href="https://uk.linkedin.com/company/ashgrove-rail">Ashgrove Rail</a></span>
<span class="topcard__flavor topcard__flavor--bullet">York, England, United Kingdom</span></div></h4></section>
<div class="description__text description__text--rich"><section class="show-more-less-html"><div class="show-more-less-html__markup">
<p>Ashgrove Rail is setting up a Portfolio Office to govern its renewal programme and needs a lead to run it.</p>
<p><strong>What you'll do</strong></p><ul>
${duties}
</ul><p><strong>What you'll bring</strong></p><ul><li>Experience leading a PMO; P3O Practitioner.</li></ul>
<p>Salary £70,000 - £80,000 per annum. Apply with your CV.</p>
</div></section></div></main></body></html>`;
}

const NEWS_URL = 'https://news.example.org/2026/11/council-budget';
const NEWS_PAGE =
  '<!DOCTYPE html><html><head><title>Council budget</title></head><body><h1>Council sets its budget</h1><p>The council met on Tuesday and agreed the budget for next year.</p></body></html>';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
  await browser.serve(FIRST.url, FIRST.html);
  await browser.serve(LONG_AD_URL, longAdPage());
  await browser.serve(NEWS_URL, NEWS_PAGE);
});

afterAll(async () => {
  await browser?.close();
});

/** A popup that notes every state and job title it renders, from its first paint on. */
async function recordingPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.addInitScript(() => {
    const renders: string[] = [];
    (window as unknown as { __renders: string[] }).__renders = renders;
    const note = () => {
      const title = document.querySelector('[data-testid="job-title"]')?.textContent;
      const states = ['loading', 'result', 'no-posting', 'no-access', 'error'];
      const state = states.find((id) => document.querySelector(`[data-testid="${id}"]`)) ?? 'blank';
      const render = title ? `job:${title}` : `state:${state}`;
      if (renders[renders.length - 1] !== render) renders.push(render);
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Every job title and state the popup rendered, in order. */
function rendersOf(popup: Page): Promise<string[]> {
  return popup.evaluate(() => (window as unknown as { __renders: string[] }).__renders);
}

async function firstJobTab(): Promise<{ page: Page; tabId: number }> {
  const tab = await browser.openTab(FIRST.url);
  await waitForBadge(browser, tab.tabId, 'PMO');
  return tab;
}

describe('the popup never shows another page’s result', () => {
  it('after the tab moves from a job ad to a page with no ad', async () => {
    const { page, tabId } = await firstJobTab();
    await page.goto(NEWS_URL);
    const popup = await recordingPopup(tabId);
    // The popup opened as a page has no activeTab grant: the news page reads as "no access".
    await popup
      .locator('[data-testid="no-access"], [data-testid="no-posting"]')
      .first()
      .waitFor({ timeout: 15_000 });
    const renders = await rendersOf(popup);
    expect(renders.filter((r) => r.startsWith('job:'))).toEqual([]);
    expect((await badgeOf(browser, tabId)).text).toBe('');
    await Promise.all([popup.close(), page.close()]);
  });

  it('opened while a long analysis of the next job runs: loading, then that job', async () => {
    const { page, tabId } = await firstJobTab();
    await page.goto(LONG_AD_URL);
    const popup = await recordingPopup(tabId);
    await popup.getByTestId('job-title').filter({ hasText: LONG_AD_TITLE }).waitFor({ timeout: 30_000 });
    await popup.waitForTimeout(500);
    const renders = await rendersOf(popup);
    expect(renders.some((r) => r.includes(FIRST_COMPANY))).toBe(false);
    expect(renders.filter((r) => r.startsWith('job:')).every((r) => r.includes(LONG_AD_TITLE))).toBe(true);
    expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('pmo');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('what a tab leaves behind', () => {
  it('nothing in session storage once the tab is closed, even when the worker was stopped meanwhile', async () => {
    const { page, tabId } = await firstJobTab();
    const key = `tab:${tabId}`;
    const sessionHas = async () =>
      key in (await (await liveWorker(browser)).evaluate((k) => chrome.storage.session.get(k), key));
    expect(await sessionHas()).toBe(true);
    await stopServiceWorkers(browser);
    await page.close();
    await expect.poll(sessionHas, { timeout: 10_000 }).toBe(false);
  });
});

describe('the service worker stopped half-way', () => {
  it('keeps the result it published: a popup after the restart shows the same job', async () => {
    const { page, tabId } = await firstJobTab();
    await stopServiceWorkers(browser);
    const popup = await recordingPopup(tabId);
    await popup.getByTestId('verdict').waitFor();
    expect(await popup.getByTestId('job-title').textContent()).toContain(FIRST_COMPANY);
    expect((await badgeOf(browser, tabId)).text).toBe('PMO');
    await Promise.all([popup.close(), page.close()]);
  });

  it('stopped at any point of a long analysis: the popup ends on that job', async () => {
    const { page, tabId } = await firstJobTab();
    // Stopped as soon as the page is in: before, during or just after its analysis, as it falls.
    await page.goto(LONG_AD_URL);
    await stopServiceWorkers(browser);
    const popup = await recordingPopup(tabId);
    await popup.getByTestId('job-title').filter({ hasText: LONG_AD_TITLE }).waitFor({ timeout: 30_000 });
    const renders = await rendersOf(popup);
    expect(renders.some((r) => r.includes(FIRST_COMPANY))).toBe(false);
    await waitForBadge(browser, tabId, 'PMO');
    // The restarted worker is a working one.
    expect(await (await liveWorker(browser)).evaluate(() => typeof chrome.storage.session.get)).toBe(
      'function',
    );
    await Promise.all([popup.close(), page.close()]);
  });

  it('stopped with an analysis unfinished: the popup reads the page again instead of loading forever', async () => {
    const { page, tabId } = await firstJobTab();
    // What a worker stopped in the middle of an analysis leaves behind: a loading state and badge.
    const worker = await liveWorker(browser);
    await worker.evaluate(async (id) => {
      await chrome.storage.session.set({ [`tab:${id}`]: { state: 'loading', jobKey: '4012345678' } });
      await chrome.action.setBadgeText({ tabId: id, text: '…' });
      await chrome.action.setTitle({ tabId: id, title: 'PMO Lens: reading the job ad…' });
    }, tabId);
    await stopServiceWorkers(browser);
    const popup = await recordingPopup(tabId);
    await popup.getByTestId('verdict').waitFor({ timeout: 15_000 });
    expect(await popup.getByTestId('job-title').textContent()).toContain(FIRST_COMPANY);
    await waitForBadge(browser, tabId, 'PMO');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('a full session storage', () => {
  it('gives up other tabs’ states, never this job’s verdict or badge', async () => {
    // Other tabs' states, filled up to Chrome's 10 MB session quota in ever smaller pieces: no room
    // is left for one more ad.
    const worker = await liveWorker(browser);
    const filler = await worker.evaluate(async () => {
      const keys: string[] = [];
      for (const size of [1_000_000, 100_000, 10_000, 1_000]) {
        for (;;) {
          const key = `tab:${900_000 + keys.length}`;
          try {
            await chrome.storage.session.set({ [key]: { state: 'error', message: 'x'.repeat(size) } });
            keys.push(key);
          } catch {
            break;
          }
        }
      }
      return keys;
    });
    expect(filler.length).toBeGreaterThanOrEqual(9);

    const { page, tabId } = await firstJobTab();
    await waitForBadge(browser, tabId, 'PMO');
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('verdict').waitFor();
    expect(await popup.getByTestId('job-title').textContent()).toContain(FIRST_COMPANY);
    const stored = await (await liveWorker(browser)).evaluate(() => chrome.storage.session.get(null));
    expect(Object.keys(stored)).toContain(`tab:${tabId}`);
    expect(Object.keys(stored).filter((key) => filler.includes(key))).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});
