/**
 * Trust, in real Chromium with the built extension: it sends nothing anywhere, it shows hostile
 * page text as inert text, and junk sent to its background neither crashes it nor changes what it
 * holds. See SECURITY.md for the threat model these tests back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './browser';
import { loadPageFixture } from './fixtures';
import { badgeOf, liveWorker, NetworkRecorder, waitForBadge } from './security-helpers';

const BADGE = { pmo: 'PMO', pm: 'PM', hybrid: 'MIX', neither: '—' } as const;

/** Elements page text must never become. The popup's own chrome is counted on a benign ad first. */
const DANGEROUS_SELECTORS = ['img', 'script', 'svg', 'iframe', 'object', 'embed', 'a[href^="javascript" i]'];

let browser: ExtensionBrowser;
const dialogs: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchExtension();
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

/** Opens a fixture page in a new tab and waits until the badge shows its verdict. */
async function analysedTab(name: string) {
  const fixture = loadPageFixture(name);
  await browser.serve(fixture.url, fixture.html);
  const { page, tabId } = await browser.openTab(fixture.url);
  await waitForBadge(browser, tabId, BADGE[fixture.expectedVerdict]);
  return { fixture, page, tabId };
}

type Counts = Record<string, number>;

/** How many of each dangerous element a page holds, and how many elements carry an on* handler. */
function countDangerous(page: import('playwright-core').Page): Promise<Counts> {
  return page.evaluate((selectors) => {
    const counts: Record<string, number> = {};
    for (const selector of selectors) counts[selector] = document.querySelectorAll(selector).length;
    counts.handlers = Array.from(document.querySelectorAll('*')).filter((element) =>
      Array.from(element.attributes).some((attribute) => /^on/i.test(attribute.name)),
    ).length;
    return counts;
  }, DANGEROUS_SELECTORS);
}

describe('no network', () => {
  it('sends no request from its worker or its pages while it reads ads, shows the popup and the options page', async () => {
    const recorder = new NetworkRecorder(browser);
    await recorder.start();
    expect(recorder.workersAttached).toBeGreaterThan(0);

    // Control: a request the worker does make is seen, so an empty record means no request.
    const worker = await liveWorker(browser);
    await worker.evaluate(() => fetch('https://control.invalid/probe').catch(() => undefined));
    await expect
      .poll(() => recorder.requests.filter((r) => r.url.includes('control.invalid')).map((r) => r.from))
      .toEqual(expect.arrayContaining(['service-worker', 'service-worker (playwright)']));
    recorder.requests.length = 0;
    browser.refused.length = 0;

    for (const name of ['linkedin/guest-pmo-analyst', 'indeed/viewjob-pm', 'hostile/workday/jsonld-shell']) {
      const { tabId } = await analysedTab(name);
      const popup = await recorder.openPage(`popup.html?tab=${tabId}`);
      await popup.getByTestId('verdict').waitFor({ timeout: 15_000 });
      await popup.close();
    }
    const options = await recorder.openPage('options.html');
    await options.getByTestId('history-row').first().waitFor();
    await options.waitForTimeout(500);
    await options.close();

    // Chromium and Playwright both saw the extension's own files load, and nothing else.
    expect(recorder.requests.some((r) => r.from.startsWith('popup.html') && r.url.includes('/popup'))).toBe(
      true,
    );
    expect(recorder.requests.some((r) => r.from === 'options.html' && r.url.includes('/options'))).toBe(true);
    expect(recorder.outside()).toEqual([]);
    // Nor did a content script: every request the catch-all refused would be listed here.
    expect(browser.refused.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
    await recorder.stop();
  });
});

describe('page text is data, never markup', () => {
  it.each([
    [
      'hostile/linkedin/guest',
      "PMO Analyst <img src=x onerror=alert('title')>",
      "<script>alert('pack')</script>",
    ],
    [
      'hostile/indeed/viewjob',
      `Project Manager "><svg/onload=alert('title')>`,
      "<script>alert('plan')</script>",
    ],
    ['hostile/workday/jsonld-shell', "Head of PMO <img src=x onerror=alert('ld-title')>", null],
  ])(
    '%s: the popup and badge show the payloads as literal text and run none',
    async (name, title, quoted) => {
      const benign = await analysedTab('linkedin/guest-pmo-analyst');
      const baselinePopup = await browser.openPopup(benign.tabId);
      await baselinePopup.getByTestId('verdict').waitFor();
      const baseline = await countDangerous(baselinePopup);
      await baselinePopup.close();

      const { page, tabId, fixture } = await analysedTab(name);
      const pageBefore = await countDangerous(page);
      const popup = await browser.openPopup(tabId);
      await popup.getByTestId('verdict').waitFor();
      expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe(fixture.expectedVerdict);
      expect(await popup.getByTestId('job-title').textContent()).toContain(title);
      if (quoted) expect(await popup.getByTestId('reasons').textContent()).toContain(quoted);
      // Hovering each reason asks the page to mark its sentence: that must not inject anything either.
      for (const reason of await popup.getByTestId('reasons').locator('li').all()) await reason.hover();
      await popup.waitForTimeout(300);

      expect(await countDangerous(popup)).toEqual(baseline);
      expect(await countDangerous(page)).toEqual(pageBefore);
      const shown = await popup.locator('body').innerText();
      expect(shown).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
      const badge = await badgeOf(browser, tabId);
      expect(badge.title).toMatch(/^PMO Lens: [^<>]+ \(\d+% confidence\)$/);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await Promise.all([popup.close(), page.close(), benign.page.close()]);
    },
  );

  it('keeps the hostile ads in the history as literal text, and the options page runs none of it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('history-row').first().waitFor();
    const titles = await options.getByTestId('history-row').locator('h3').allTextContents();
    expect(titles).toEqual(
      expect.arrayContaining([
        "PMO Analyst <img src=x onerror=alert('title')>",
        `Project Manager "><svg/onload=alert('title')>`,
        "Head of PMO <img src=x onerror=alert('ld-title')>",
      ]),
    );
    const rows = await options.getByTestId('history-list').innerText();
    expect(rows).toContain("<script>alert('company')</script> Blackmoor Water");
    expect(rows).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
    const counts = await countDangerous(options);
    expect(counts).toMatchObject({ img: 0, svg: 0, iframe: 0, 'a[href^="javascript" i]': 0, handlers: 0 });
    // The page's own module script, and nothing else.
    expect(
      await options.locator('script').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src)),
    ).toEqual([expect.stringMatching(/^chrome-extension:\/\//)]);
    await options.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await options.close();
  });
});

describe('a page that talks to the content script', () => {
  it('cannot steer it with a forged location-change event', async () => {
    const { page, tabId } = await analysedTab('linkedin/guest-pmo-analyst');
    const before = errors.length;
    await page.evaluate((id) => {
      for (const entry of ['linkedin', 'career-sites', 'indeed']) {
        const event = new Event(`${id}:${entry}:wxt:locationchange`);
        Object.assign(event, { newUrl: new URL('https://www.linkedin.com/jobs/view/4099999999') });
        window.dispatchEvent(event);
      }
    }, browser.extensionId);
    await page.waitForTimeout(1000);
    expect((await badgeOf(browser, tabId)).text).toBe('PMO');
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('verdict').waitFor();
    expect(await popup.getByTestId('job-title').textContent()).toContain('Northwind Utilities');
    expect(errors.slice(before)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});
