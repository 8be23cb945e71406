/**
 * LinkedIn, Indeed and Glassdoor swap jobs in place. The badge and the popup must follow the job on screen and never
 * show the previous job's verdict, however fast the user clicks.
 */
import type { Page } from 'playwright-core';
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

/** What a board does when its pane re-renders with another job: the description becomes these paragraphs. */
async function replaceDescription(page: Page, selector: string, lines: readonly string[]): Promise<void> {
  await page.evaluate(
    ({ selector, lines }) => {
      document.querySelector(selector)?.replaceChildren(
        ...lines.map((line) => {
          const p = document.createElement('p');
          p.textContent = line;
          return p;
        }),
      );
    },
    { selector, lines },
  );
}

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

it('on Indeed, waits while the pane still shows the previous job, then follows the new one', async () => {
  const fixture = loadPageFixture('indeed/search-pane');
  await browser.serve('https://uk.indeed.com/jobs**', fixture.html);
  const { page, tabId } = await browser.openTab(fixture.url);
  await waitForBadge(tabId, 'PMO');

  // Indeed updates the URL first and re-renders the pane a moment later.
  await page.evaluate(() => {
    const url = new URL(location.href);
    url.searchParams.set('vjk', '1d2e3f4a5b6c7d8e');
    history.pushState({}, '', url);
  });
  await page.waitForTimeout(600);
  expect(await badgeText(browser, tabId)).not.toBe('PMO');

  await page.evaluate(() => {
    const title = document.querySelector('[data-testid="jobsearch-JobInfoHeader-title"] span');
    if (title?.firstChild) title.firstChild.textContent = 'Project Manager';
    document
      .querySelector('[data-indeed-apply-jk]')
      ?.setAttribute('data-indeed-apply-jk', '1d2e3f4a5b6c7d8e');
  });
  await replaceDescription(page, '#jobDescriptionText', [
    'We need a project manager to deliver the move of our Leeds contact centre to a new building.',
    'You will own the project plan, schedule and budget, and lead the delivery team day to day.',
    'You will manage the project’s risks and issues and resolve them as they arise.',
    'You will report progress to the steering group and deliver on time, in scope and on budget.',
    'You have 5+ years of experience delivering office relocation or fit-out projects.',
  ]);
  await waitForBadge(tabId, 'PM');
  const popup = await browser.openPopup(tabId);
  await popup.getByTestId('verdict').waitFor();
  expect(await popup.getByTestId('job-title').textContent()).toContain('Project Manager');
});

it('on Glassdoor, never shows the previous job while the pane catches up with a new "jl", then follows it', async () => {
  const fixture = loadPageFixture('glassdoor/job-listing');
  const search = 'https://www.glassdoor.co.uk/Job/edinburgh-pmo-jobs-SRCH_IL.0,9_IC3298500_KO10,13.htm';
  await browser.serve(`${search}**`, fixture.html);
  const { page, tabId } = await browser.openTab(`${search}?jl=1009512345678`);
  await waitForBadge(tabId, 'PMO');

  // A click on another card changes "jl" first; the pane still holds the PMO Manager ad.
  await page.evaluate(() => {
    const url = new URL(location.href);
    url.searchParams.set('jl', '1009500000001');
    history.pushState({}, '', url);
  });
  await page.waitForTimeout(600);
  expect(await badgeText(browser, tabId)).not.toBe('PMO');

  // Then the pane re-renders with the new job: its title id, title and description.
  await replaceDescription(page, '[class*="JobDetails_jobDescription"]', [
    'We need a project manager to deliver the refit of our Glasgow distribution centre.',
    'You will own the project plan, schedule and budget, and lead the contractors on site day to day.',
    'You will manage the project’s risks and issues and resolve them as they arise.',
    'You will report progress to the project board and hand over on time, in scope and on budget.',
    'You have 5+ years of experience delivering warehouse or fit-out projects.',
  ]);
  await page.evaluate(() => {
    const title = document.querySelector('h1[id^="jd-job-title-"]');
    if (!title) return;
    title.id = 'jd-job-title-1009500000001';
    title.textContent = 'Project Manager';
  });
  await waitForBadge(tabId, 'PM');
  const popup = await browser.openPopup(tabId);
  await popup.getByTestId('verdict').waitFor();
  expect(await popup.getByTestId('job-title').textContent()).toContain('Project Manager');
  expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('pm');
});
