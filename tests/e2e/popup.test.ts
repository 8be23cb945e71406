/**
 * The whole flow in real Chromium with the built extension: a job page served at its real URL,
 * the content script reads it, the background analyses it and sets the badge, the popup shows
 * verdict, reasons and pay. Fails if the popup shows no verdict.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, type ExtensionBrowser, launchExtension } from './browser';
import { loadPageFixture } from './fixtures';

const SCREENSHOTS = 'docs/screenshots';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function popupFor(fixtureName: string) {
  const fixture = loadPageFixture(fixtureName);
  await browser.serve(fixture.url, fixture.html);
  const { page, tabId } = await browser.openTab(fixture.url);
  const popup = await browser.openPopup(tabId);
  return { fixture, page, tabId, popup };
}

describe('popup on job boards', () => {
  it.each([
    ['linkedin/guest-pmo-analyst', 'linkedin'],
    ['linkedin/sdui-view-pm', 'linkedin'],
    ['indeed/viewjob-pm', 'indeed'],
  ])('%s: verdict, confidence, reasons and pay are shown, and the badge agrees', async (name, source) => {
    const { fixture, tabId, popup } = await popupFor(name);
    const verdict = popup.getByTestId('verdict');
    await verdict.waitFor({ timeout: 15_000 });
    expect(await verdict.getAttribute('data-verdict')).toBe(fixture.expectedVerdict);
    expect(await popup.getByTestId('confidence').textContent()).toMatch(/Confidence \d+%/);
    const reasons = popup.getByTestId('reasons').locator('li');
    expect(await reasons.count()).toBeGreaterThan(0);
    // Each reason quotes the ad: its marked phrase is text the page really holds.
    const firstMark = (await reasons.first().locator('mark').textContent()) ?? '';
    expect(firstMark.length).toBeGreaterThan(2);
    expect(fixture.html.toLowerCase()).toContain(firstMark.toLowerCase());
    expect(await popup.getByTestId('pay-range').textContent()).toMatch(/\d/);
    expect(await popup.getByTestId('source').getAttribute('data-source')).toBe(source);
    const badge = { pmo: 'PMO', pm: 'PM', hybrid: 'MIX', neither: '—' }[fixture.expectedVerdict];
    expect(await badgeText(browser, tabId)).toBe(badge);
    if (name === 'linkedin/guest-pmo-analyst')
      await popup.screenshot({ path: `${SCREENSHOTS}/popup-ready.png`, fullPage: true });
    await popup.close();
  });

  it('keeps each analysed ad in the local history, once per job', async () => {
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get('history'));
    const titles = (stored.history as { entries: Array<{ title: string | null }> }).entries.map(
      (e) => e.title,
    );
    expect(titles).toContain('PMO Analyst');
    expect(titles.filter((t) => t === 'PMO Analyst')).toHaveLength(1);
  });

  it('says "no job description found" on a board page that holds no job ad', async () => {
    const { tabId, popup } = await popupFor('linkedin/jobs-home-no-job');
    await popup.getByTestId('no-posting').waitFor({ timeout: 15_000 });
    expect(await popup.getByTestId('no-posting').textContent()).toMatch(/No job description found here/);
    expect(await popup.getByTestId('verdict').count()).toBe(0);
    expect(await badgeText(browser, tabId)).toBe('');
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-no-posting.png`, fullPage: true });
    await popup.close();
  });
});
