/**
 * LinkedIn swaps jobs in place. The badge and the popup must follow the job on screen and never
 * show the previous job's verdict, however fast the user clicks.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { badgeText, type ExtensionBrowser, launchExtension } from './browser';
import { loadPageFixture } from './fixtures';

const PANE = 'linkedin/search-results-pane';
const JOBS = {
  '4045678901': { title: 'PMO Officer', badge: 'PMO' },
  '4045678902': { title: 'Technical Project Manager', badge: 'PM' },
} as const;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

async function waitForBadge(tabId: number, text: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if ((await badgeText(browser, tabId)) === text) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`badge never became ${text} (last: ${await badgeText(browser, tabId)})`);
}

it('follows the selected job in a search pane, even through rapid clicks', async () => {
  const fixture = loadPageFixture(PANE);
  await browser.serve('https://www.linkedin.com/jobs/search-results/**', fixture.html);
  const { page, tabId } = await browser.openTab(fixture.url);
  await waitForBadge(tabId, JOBS['4045678901'].badge);

  const popup = await browser.openPopup(tabId);
  await popup.getByTestId('verdict').waitFor();
  expect(await popup.getByTestId('job-title').textContent()).toContain(JOBS['4045678901'].title);

  // The open popup follows a job change by itself.
  await page.click('a[data-job-card="4045678902"]');
  await waitForBadge(tabId, JOBS['4045678902'].badge);
  await popup.getByTestId('job-title').filter({ hasText: JOBS['4045678902'].title }).waitFor();
  expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('pm');

  // Five clicks in well under two seconds, ending on the PM job.
  for (const id of ['4045678901', '4045678903', '4045678902', '4045678901', '4045678902']) {
    await page.click(`a[data-job-card="${id}"]`);
    await page.waitForTimeout(150);
  }
  await waitForBadge(tabId, JOBS['4045678902'].badge);
  const fresh = await browser.openPopup(tabId);
  await fresh.getByTestId('verdict').waitFor();
  expect(await fresh.getByTestId('job-title').textContent()).toContain(JOBS['4045678902'].title);
  expect(await fresh.getByTestId('verdict').getAttribute('data-verdict')).toBe('pm');
  // Still right a moment later: no late analysis of an earlier job overwrote it.
  await page.waitForTimeout(1000);
  expect(await badgeText(browser, tabId)).toBe(JOBS['4045678902'].badge);
  expect(await fresh.getByTestId('job-title').textContent()).toContain(JOBS['4045678902'].title);
});
