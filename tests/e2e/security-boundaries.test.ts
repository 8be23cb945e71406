/**
 * Every boundary validated, in real Chromium: junk sent to the background from an extension page
 * neither crashes it nor changes what it holds, and damaged values in session and local storage
 * are read around (the popup reads the page again; valid history survives the next write).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyFrom } from '../../src/storage/history';
import { type ExtensionBrowser, launchExtension } from './browser';
import { loadPageFixture } from './fixtures';
import { liveWorker, waitForBadge } from './security-helpers';

const PMO_AD = loadPageFixture('linkedin/guest-pmo-analyst');
const PM_AD = loadPageFixture('indeed/viewjob-pm');

let browser: ExtensionBrowser;
const dialogs: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchExtension();
  await browser.serve(PMO_AD.url, PMO_AD.html);
  await browser.serve(PM_AD.url, PM_AD.html);
  browser.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  browser.context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
  });
  browser.context.on('weberror', (error) => errors.push(String(error.error())));
});

afterAll(async () => {
  await browser?.close();
});

async function storageSnapshot(): Promise<{ session: unknown; local: unknown }> {
  const worker = await liveWorker(browser);
  return worker.evaluate(async () => ({
    session: await chrome.storage.session.get(null),
    local: await chrome.storage.local.get(null),
  }));
}

async function extensionPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Messages of every wrong shape: wrong types, missing fields, unknown kinds, forged reports, bulk. */
const JUNK_MESSAGES: unknown[] = [
  null,
  42,
  'get-state',
  [],
  {},
  { type: 'get-state' },
  { type: 'get-state', tabId: '1' },
  { type: 'get-state', tabId: 1.5 },
  { type: 'get-state', tabId: Number.MAX_VALUE },
  { type: 'reread', tabId: null },
  { type: 'analyze-text', text: 42, tabId: null },
  { type: 'analyze-text', text: 'PMO Analyst' },
  { type: 'GET-STATE', tabId: 1 },
  { type: 'page-report', url: 'https://www.linkedin.com/jobs/view/1', extraction: { ok: true, posting: {} } },
  { type: 'page-report', url: 42, extraction: { ok: false } },
  { type: 'job-changed', url: null, jobKey: 7 },
  { type: 'extract' },
  { type: 'highlight', quotes: 'all', focus: -1 },
  JSON.parse('{"type":"get-state","tabId":"1","__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } }, type: 'reread', tabId: '0' },
  { type: 'analyze-text', text: { toString: 'x' }, tabId: 0 },
];

describe('messages to the background', () => {
  it('answers junk with nothing, changes nothing and keeps working', async () => {
    const { tabId } = await browser.openTab(PMO_AD.url);
    await waitForBadge(browser, tabId, 'PMO');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = await storageSnapshot();

    const sender = await extensionPage('options.html');
    const replies = await sender.evaluate(async (messages) => {
      const answers: unknown[] = [];
      // Built here: too deep and too big to pass through Playwright's own serialiser.
      const bulky = [
        { deep: JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`) },
        { type: 'get-state', tabId: 'x'.repeat(5_000_000) },
      ];
      for (const message of [...messages, ...bulky]) {
        answers.push(await chrome.runtime.sendMessage(message).catch((error: unknown) => `error: ${error}`));
      }
      return answers;
    }, JUNK_MESSAGES);
    // No junk is answered with a state, and the worker did not crash on any of it.
    for (const reply of replies) expect(reply === undefined || String(reply).startsWith('error:')).toBe(true);
    const worker = await liveWorker(browser);
    expect(
      await worker.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
    ).toBeUndefined();
    expect(await storageSnapshot()).toEqual(before);

    // A well-formed request still gets the right answer.
    const state = await sender.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'get-state', tabId: id }),
      tabId,
    );
    expect(state).toMatchObject({ state: 'ready', result: { verdict: 'pmo' } });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await sender.close();
  });
});

describe('requests about tabs that do not exist', () => {
  it('answers them and stores nothing for them', async () => {
    const sender = await extensionPage('options.html');
    const closed = await browser.openTab(PM_AD.url);
    await waitForBadge(browser, closed.tabId, 'PM');
    await closed.page.close();
    for (const tabId of [closed.tabId, 987_654_321, -1]) {
      const reply = await sender.evaluate(
        (id) => chrome.runtime.sendMessage({ type: 'get-state', tabId: id }),
        tabId,
      );
      expect(reply).toMatchObject({ state: 'no-access' });
      const session = await (await liveWorker(browser)).evaluate(() => chrome.storage.session.get(null));
      expect(Object.keys(session)).not.toContain(`tab:${tabId}`);
    }
    await sender.close();
  });
});

describe('damaged storage', () => {
  it('reads the page again when a tab’s stored state is damaged', async () => {
    const { tabId } = await browser.openTab(PM_AD.url);
    await waitForBadge(browser, tabId, 'PM');
    const damaged: unknown[] = [
      'corrupt',
      { state: 'ready', result: { verdict: 'pmo', posting: { title: '<img src=x onerror=alert(1)>' } } },
      { state: 'ready' },
      { state: 'no-such-state', message: 'x' },
    ];
    for (const value of damaged) {
      const worker = await liveWorker(browser);
      await worker.evaluate(({ id, v }) => chrome.storage.session.set({ [`tab:${id}`]: v }), {
        id: tabId,
        v: value,
      });
      const popup = await extensionPage(`popup.html?tab=${tabId}`);
      await popup.getByTestId('verdict').waitFor({ timeout: 15_000 });
      expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('pm');
      expect(await popup.getByTestId('job-title').textContent()).toContain('Brightline Retail');
      await popup.close();
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('analyses under damaged settings and keeps every valid history entry on the next write', async () => {
    const worker = await liveWorker(browser);
    const stored = (await worker.evaluate(() => chrome.storage.local.get('history'))).history;
    const valid = historyFrom(stored);
    expect(valid.length).toBeGreaterThan(0);
    const damagedHistory = {
      version: 1,
      entries: [...valid, { id: 'broken', verdict: 'certainly' }, 'junk', null, { ...valid[0], id: '' }],
    };
    await worker.evaluate(
      ({ history }) =>
        chrome.storage.local.set({
          history,
          settings: { version: 7, badge: 'yes', homeRegion: 42, years: -3 },
        }),
      { history: damagedHistory },
    );

    const nextUrl = PMO_AD.url.replace('4012345678', '4012345679');
    await browser.serve(nextUrl, PMO_AD.html);
    const { page, tabId } = await browser.openTab(nextUrl);
    // The damaged badge setting fell back to its default (on), so the badge shows.
    await waitForBadge(browser, tabId, 'PMO');
    const after = historyFrom(
      (await (await liveWorker(browser)).evaluate(() => chrome.storage.local.get('history'))).history,
    );
    for (const entry of valid) expect(after.map((e) => e.id)).toContain(entry.id);
    expect(after.some((e) => e.url?.includes('4012345679'))).toBe(true);

    const options = await extensionPage('options.html');
    await expect.poll(() => options.getByTestId('history-row').count()).toBe(after.length);
    await options.close();
    await page.close();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
