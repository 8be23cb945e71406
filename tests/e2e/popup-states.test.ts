/**
 * Every popup state in real Chromium with the built extension, at the popup's own size (400×600):
 * ready (with its pay bar, warning, "all evidence" view and page marking), loading, no job ad,
 * page not permitted and error. Each state is checked with axe in light and dark, and photographed
 * for the README.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeFor } from '../../src/background/badge';
import type { HighlightReply, HighlightRequest, Result, TabState } from '../../src/schema';
import { type ExtensionBrowser, launchExtension } from './browser';
import { loadPageFixture } from './fixtures';

const SCREENSHOTS = 'docs/screenshots';
const POPUP_HEIGHT = 600;
/** Waits for the popup and the page under a loaded two-core machine. */
const POLL = { timeout: 10_000 };

/** A contract ad written for this test: a "Project Manager" title over PMO duties, with a day rate. */
const MISMATCH_URL = 'https://www.reed.co.uk/jobs/project-manager/59990001';
const MISMATCH_DUTIES = [
  'Maintain the portfolio RAID log and chase project managers for monthly updates.',
  'Produce the monthly portfolio dashboard for the <strong>Capital Investment Board</strong>.',
  'Run stage-gate assurance reviews and check projects follow the delivery framework.',
  'Keep the project templates, governance calendar and lessons-learned library up to date.',
  'Coach new project managers on the standards and tools.',
  'Occasionally deliver small internal improvement projects end to end, managing their budget and plan.',
];
const MISMATCH_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Project Manager - Portfolio Office | Kestrel Water</title></head><body>
<main><h1>Project Manager</h1><p class="company">Kestrel Water · Bristol</p>
<p class="salary">£400 - £480 per day</p>
<div class="description">
<p>Kestrel Water is growing its capital programme and needs a Project Manager to join the Portfolio Office.</p>
<h3>What you will do</h3><ul>${MISMATCH_DUTIES.map((d) => `<li>${d}</li>`).join('\n')}</ul>
<h3>What you bring</h3><ul><li>Experience in a PMO or portfolio office in a regulated utility.</li>
<li>Strong Excel and Power BI skills.</li><li>APM PFQ or PRINCE2 Foundation.</li></ul>
<p>Day rate £400 - £480 per day, inside IR35, 6 months.</p>
</div></main></body></html>`;

/** A page no content script runs on, and the popup may not read without the toolbar click. */
const PLAIN_URL = 'https://careers.kestrel-water.example/vacancies/pmo-analyst';
const PLAIN_HTML =
  '<!doctype html><html lang="en"><head><title>Vacancy</title></head><body><h1>PMO Analyst</h1></body></html>';

const PASTED_AD = `PMO Analyst
We are looking for a PMO Analyst to support our change portfolio.
Responsibilities
• Maintain the portfolio RAID log and produce the monthly status report for the steering committee.
• Support project managers with templates, document control and the stage-gate process.
• Track resource allocation across projects and report variances to the PMO lead.
Requirements
• Experience in a PMO role, strong Excel and PowerPoint.`;

let browser: ExtensionBrowser;
/** A result the extension produced for a real fixture, reused to seed states. */
let readyResult: Result;

beforeAll(async () => {
  browser = await launchExtension();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await browser.serve(MISMATCH_URL, MISMATCH_HTML);
  await browser.serve(PLAIN_URL, PLAIN_HTML);
});

afterAll(async () => {
  await browser?.close();
});

async function openFixture(name: string) {
  const fixture = loadPageFixture(name);
  await browser.serve(fixture.url, fixture.html);
  const { page, tabId } = await browser.openTab(fixture.url);
  return { fixture, page, tabId };
}

async function storedState(tabId: number): Promise<TabState | undefined> {
  const key = `tab:${tabId}`;
  const stored = await browser.worker.evaluate((k) => chrome.storage.session.get(k), key);
  return stored[key] as TabState | undefined;
}

/** Writes a tab's state as the background would: the state, and the toolbar title that goes with it. */
async function seed(tabId: number, state: TabState): Promise<void> {
  const { title } = badgeFor(state, true);
  await browser.worker.evaluate(
    async ([id, s, t]) => {
      await chrome.storage.session.set({ [`tab:${id}`]: s });
      await chrome.action.setTitle({ tabId: id as number, title: t as string });
    },
    [tabId, state, title] as const,
  );
}

async function readyPopup(name: string) {
  const opened = await openFixture(name);
  const popup = await browser.openPopup(opened.tabId);
  await popup.getByTestId('verdict').waitFor({ timeout: 15_000 });
  const state = await storedState(opened.tabId);
  if (state?.state !== 'ready') throw new Error(`no ready state stored for ${name}`);
  return { ...opened, popup, result: state.result };
}

/** A plain page with a state written for it, as the background would have. */
async function seededPopup(state: TabState) {
  const { page, tabId } = await browser.openTab(PLAIN_URL);
  await seed(tabId, state);
  const popup = await browser.openPopup(tabId);
  return { page, tabId, popup };
}

async function seriousViolations(popup: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: popup }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe in light and dark; leaves the popup in light. */
async function expectAccessible(popup: Page): Promise<void> {
  for (const scheme of ['dark', 'light'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(popup), scheme).toEqual([]);
  }
}

async function shoot(popup: Page, name: string, scheme: 'light' | 'dark' = 'light'): Promise<void> {
  await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
  await popup.emulateMedia({ colorScheme: 'light' });
}

async function bottomOf(popup: Page, selector: string): Promise<number> {
  const box = await popup.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box.y + box.height;
}

interface Injection {
  source: string;
  args: unknown[];
}
type Caught = { injection?: Injection; answer?: (frames: unknown) => void };

/**
 * Stands in for Chrome's executeScript inside the popup: keeps the function and arguments the popup
 * hands over, and answers only when the test says so.
 */
async function catchInjection(popup: Page): Promise<void> {
  await popup.evaluate(() => {
    const caught = window as unknown as Caught;
    chrome.scripting.executeScript = ((injection: { func: () => unknown; args?: unknown[] }) =>
      new Promise((resolve) => {
        caught.injection = { source: String(injection.func), args: injection.args ?? [] };
        caught.answer = resolve;
      })) as unknown as typeof chrome.scripting.executeScript;
  });
}

async function takeInjection(popup: Page): Promise<Injection> {
  const handle = await popup.waitForFunction(() => (window as unknown as Caught).injection);
  const injection = (await handle.jsonValue()) as Injection;
  await popup.evaluate(() => {
    (window as unknown as Caught).injection = undefined;
  });
  return injection;
}

/** What Chrome does with `func` and `args`: the function's source, called in the page. */
function runInPage(page: Page, injection: Injection): Promise<HighlightReply> {
  const args = injection.args.map((arg) => JSON.stringify(arg)).join(', ');
  return page.evaluate(`(${injection.source})(${args})`) as Promise<HighlightReply>;
}

async function answerInjection(popup: Page, reply: HighlightReply): Promise<void> {
  await popup.evaluate((result) => (window as unknown as Caught).answer?.([{ result }]), reply);
}

describe('ready', () => {
  it('shows verdict, gauge, reasons both ways and the pay bar on the first screen', async () => {
    const { popup, result, fixture } = await readyPopup('reed/posting');
    readyResult = result;
    expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe(fixture.expectedVerdict);
    expect(await popup.getByTestId('confidence').textContent()).toBe(
      `Confidence ${Math.round(result.confidence * 100)}%`,
    );
    expect(await popup.getByTestId('pmo-type').textContent()).toBe('PMO support');
    expect(await popup.getByTestId('gauge').getAttribute('aria-label')).toContain(
      `+${result.lean.toFixed(2)}`,
    );

    // For and against, each a quote from the ad with its phrase marked.
    const groups = popup.getByTestId('reasons').locator('.reason-group');
    expect(await groups.count()).toBe(2);
    expect(await groups.nth(0).locator('h3').textContent()).toBe('Points to PMO');
    expect(await groups.nth(1).locator('h3').textContent()).toBe('Against: points to project manager');
    const marks = await popup.getByTestId('reasons').locator('mark').allTextContents();
    for (const mark of marks) expect(fixture.html.toLowerCase()).toContain(mark.toLowerCase());

    // Pay: the estimate as a band, the ad's pay marked on it, both also as text.
    const { expected, stated } = result.payEstimate;
    expect(expected && stated).toBeTruthy();
    expect(await popup.getByTestId('pay-range').textContent()).toMatch(/£[\d,]+–£[\d,]+\/year/);
    expect(await popup.getByTestId('stated-pay').textContent()).toBe('£33,366–£36,124/year');
    expect(await popup.locator('.pay-stated-mark').count()).toBe(1);
    expect(await popup.locator('.comparison').textContent()).toBe(result.payEstimate.comparison);

    // First screen at 400×600: verdict, the reasons and the pay figures without scrolling.
    expect(await popup.evaluate(() => window.scrollY)).toBe(0);
    expect(await bottomOf(popup, '[data-testid="reasons"] .reason-group >> nth=-1')).toBeLessThanOrEqual(
      POPUP_HEIGHT,
    );
    expect(await bottomOf(popup, '[data-testid="stated-pay"]')).toBeLessThanOrEqual(POPUP_HEIGHT);

    // Sources with their dates, one click away.
    await popup.locator('.sources summary').click();
    const sources = popup.locator('.sources li');
    expect(await sources.count()).toBe(expected?.sources.length);
    expect(await sources.first().textContent()).toContain(`as of ${expected?.sources[0]?.asof}`);
    expect(await sources.first().locator('a').getAttribute('href')).toBe(expected?.sources[0]?.url);
    await popup.locator('.sources summary').click();

    expect(await popup.getByTestId('summary').textContent()).toBe(result.classification.summary);
    expect(await popup.getByTestId('counterfactual').textContent()).toContain(
      result.classification.counterfactual ?? '',
    );
    expect(await popup.getByTestId('source').textContent()).toBe(
      `Read from Reed · ${result.posting.descriptionChars.toLocaleString('en-GB')} characters · complete`,
    );
    await expectAccessible(popup);
    await shoot(popup, 'state-ready');
    await shoot(popup, 'state-ready-dark', 'dark');
    await popup.close();
  });

  it('warns when the title and the duties disagree, and marks a day rate on a day-rate band', async () => {
    const { page, tabId } = await browser.openTab(MISMATCH_URL);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('verdict').waitFor({ timeout: 15_000 });
    expect(await popup.getByTestId('title-mismatch').textContent()).toMatch(/Title and duties disagree/);
    expect(await popup.getByTestId('stated-pay').textContent()).toBe('£400–£480/day');
    expect(await popup.getByTestId('pay-range').textContent()).toMatch(/\/day$/);
    expect(await popup.locator('.pay-context').textContent()).toContain('contract');
    expect(await bottomOf(popup, '[data-testid="stated-pay"]')).toBeLessThanOrEqual(POPUP_HEIGHT);
    await expectAccessible(popup);
    await shoot(popup, 'state-mismatch');
    await popup.close();
    await page.close();
  });

  it('"show all" lists every signal by side and dimension; Escape comes back to the button', async () => {
    const { popup, result, page } = await readyPopup('reed/posting');
    await popup.getByTestId('show-all').click();
    const all = popup.getByTestId('all-evidence');
    await all.waitFor();
    expect(await popup.getByTestId('result').locator('.view-main').isHidden()).toBe(true);
    expect(await all.locator('li').count()).toBe(result.classification.evidence.length);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('all-heading');
    // Each group names its dimension; the reason the engine gives is shown under each quote.
    const firstWhy = await all.locator('li .why').first().textContent();
    expect(result.classification.evidence.map((e) => e.reason)).toContain(firstWhy);
    await expectAccessible(popup);
    await shoot(popup, 'state-all-evidence');
    await popup.keyboard.press('Escape');
    await popup.getByTestId('show-all').waitFor();
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('show-all');
    await popup.close();
    await page.close();
  });

  it('a reason click marks the evidence on the page and scrolls to it, without touching the DOM', async () => {
    const { popup, result, page } = await readyPopup('reed/posting');
    // The popup opened from a test has no toolbar click behind it, so Chrome refuses the script:
    // the popup must say how to allow it rather than fail silently.
    await popup.getByTestId('reasons').locator('.quote-button').first().click();
    await expect
      .poll(() => popup.getByTestId('mark-status').first().textContent(), POLL)
      .toMatch(/click its toolbar icon/);

    // With the click behind it, Chrome runs the function the popup hands to executeScript in the
    // page. Catch what the built popup hands over and run that very source in the page.
    await catchInjection(popup);
    await popup.getByTestId('reasons').locator('.quote-button').first().click();
    const injection = await takeInjection(popup);
    const request = injection.args[0] as HighlightRequest;
    const evidence = result.classification.evidence;
    expect(request.quotes).toEqual(evidence.map(({ text, match }) => ({ text, match })));
    const chosen = evidence[request.focus ?? -1];
    const firstQuote = (await popup.getByTestId('reasons').locator('mark').first().textContent()) ?? '';
    expect(chosen?.text.slice(chosen.start, chosen.end)).toBe(firstQuote);

    // A short window, so the chosen sentence starts out of sight; no smooth scrolling to wait for.
    await page.setViewportSize({ width: 800, height: 240 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const reply = await runInPage(page, injection);
    // Every quoted sentence is found on the page it was read from.
    expect(reply).toEqual({ type: 'highlighted', found: evidence.length, focused: true });
    const marked = await page.evaluate(() => ({
      names: [...CSS.highlights.keys()],
      ranges: [...(CSS.highlights.get('pmo-lens') ?? [])].map((r) => (r as Range).toString()),
      focused: [...(CSS.highlights.get('pmo-lens-focus') ?? [])].map((r) => (r as Range).toString()),
      sheets: document.adoptedStyleSheets.length,
    }));
    expect(marked.names.sort()).toEqual(['pmo-lens', 'pmo-lens-focus']);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(marked.focused.map(squash)).toEqual([squash(chosen?.text ?? '')]);
    expect(marked.ranges).toHaveLength(evidence.length);
    for (const range of marked.ranges) expect(evidence.map((e) => squash(e.text))).toContain(squash(range));
    expect(marked.sheets).toBe(1);
    // Scrolled so the chosen sentence is in view.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const [range] = [...(CSS.highlights.get('pmo-lens-focus') ?? [])] as Range[];
            const box = range?.getBoundingClientRect();
            return (
              window.scrollY > 0 && box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight
            );
          }),
        POLL,
      )
      .toBe(true);
    // The page's DOM is exactly as it was: no wrapper, no <style>, no attribute.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await answerInjection(popup, reply);
    await expect
      .poll(() => popup.getByTestId('mark-status').first().textContent(), POLL)
      .toBe(
        `Marked ${evidence.length} of ${evidence.length} sentences on the page, and scrolled to the one you chose.`,
      );

    // "Clear marks" empties the registry; marking again adopts no second style sheet.
    await popup.getByTestId('mark-all').first().click();
    const clearing = await takeInjection(popup);
    expect((clearing.args[0] as HighlightRequest).quotes).toEqual([]);
    await answerInjection(popup, await runInPage(page, clearing));
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect
      .poll(() => popup.getByTestId('mark-status').first().textContent(), POLL)
      .toBe('Marks cleared.');
    await popup.getByTestId('mark-all').first().click();
    await runInPage(page, await takeInjection(popup));
    expect(await page.evaluate(() => [CSS.highlights.size, document.adoptedStyleSheets.length])).toEqual([
      1, 1,
    ]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('shows page text as text: markup in a title or a quote is never rendered', async () => {
    const hostile = '<img src=x onerror="document.title=`pwned`">';
    const result: Result = structuredClone(readyResult);
    result.posting.title = hostile;
    const [firstReason] = result.reasons;
    if (firstReason) firstReason.text = `${hostile} ${firstReason.text}`;
    const { popup, page } = await seededPopup({ state: 'ready', result });
    await popup.getByTestId('verdict').waitFor();
    expect(await popup.getByTestId('job-title').textContent()).toContain(hostile);
    expect(await popup.locator('main img').count()).toBe(0);
    expect(await popup.title()).toBe('PMO Lens');
    await popup.close();
    await page.close();
  });

  it('works from the keyboard with visible focus, and reflows at 320 px with nothing cut off', async () => {
    const { popup, page } = await readyPopup('reed/posting');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('open-options');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.className)).toBe('quote-button');
    expect(
      await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle),
    ).not.toBe('none');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('mark-status').first().textContent(), POLL).not.toBe('');

    await popup.setViewportSize({ width: 320, height: 600 });
    const overflow = await popup.evaluate(() => {
      const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      const clipped = [...document.querySelectorAll('main *')].filter(
        (e) =>
          !e.classList.contains('visually-hidden') &&
          e.scrollWidth > e.clientWidth + 1 &&
          getComputedStyle(e).overflowX === 'hidden',
      ).length;
      return { sideways, clipped };
    });
    expect(overflow).toEqual({ sideways: 0, clipped: 0 });
    await popup.close();
    await page.close();
  });
});

describe('other states', () => {
  it('loading: a skeleton of the ready view, which the result then fills without a jump', async () => {
    // The background is still working: its answer to the popup has not come yet.
    const { page, tabId } = await browser.openTab(PLAIN_URL);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: POPUP_HEIGHT });
    await popup.addInitScript(() => {
      const ask = chrome.runtime.sendMessage.bind(chrome.runtime) as (message: unknown) => Promise<unknown>;
      chrome.runtime.sendMessage = ((message: { type?: string }) =>
        message?.type === 'get-state'
          ? new Promise(() => undefined)
          : ask(message)) as typeof chrome.runtime.sendMessage;
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('loading').waitFor();
    expect(await popup.getByTestId('loading').getAttribute('aria-busy')).toBe('true');
    const skeletonVerdict = await popup.locator('.skeleton-verdict').boundingBox();
    const skeletonHeight = await popup.evaluate(() => document.body.scrollHeight);
    await expectAccessible(popup);
    await shoot(popup, 'state-loading');

    // The analysis lands in session storage; the open popup follows it.
    await seed(tabId, { state: 'ready', result: readyResult });
    await popup.getByTestId('verdict').waitFor();
    const verdict = await popup.getByTestId('verdict').boundingBox();
    expect(Math.abs((verdict?.y ?? 0) - (skeletonVerdict?.y ?? 0))).toBeLessThanOrEqual(6);
    // The popup window is sized to the page: the skeleton already takes the first screen's height.
    expect(skeletonHeight).toBeGreaterThanOrEqual(POPUP_HEIGHT * 0.85);
    await popup.close();
    await page.close();
  });

  it('no job ad: explains, offers "analyse selection" and a paste box that analyses pasted text', async () => {
    const { tabId, page } = await openFixture('linkedin/jobs-home-no-job');
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('no-posting').waitFor({ timeout: 15_000 });
    expect(await popup.getByTestId('no-posting').textContent()).toContain('Analyse selection with PMO Lens');
    await expectAccessible(popup);
    await shoot(popup, 'state-no-posting');

    await popup.getByRole('button', { name: 'Analyse text' }).click();
    expect(await popup.locator('#paste-hint').textContent()).toBe('Paste the ad’s text first.');
    await popup.getByLabel('Job ad text').fill(PASTED_AD);
    await popup.getByRole('button', { name: 'Analyse text' }).click();
    await popup.getByTestId('verdict').waitFor({ timeout: 15_000 });
    expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('pmo');
    expect(await popup.getByTestId('source').getAttribute('data-source')).toBe('paste');
    await popup.close();
    await page.close();
  });

  it('page not permitted: says why and how to allow it, for real on a page with no content script', async () => {
    const { tabId, page } = await browser.openTab(PLAIN_URL);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('no-access').waitFor({ timeout: 15_000 });
    const text = await popup.getByTestId('no-access').textContent();
    expect(text).toContain('Click the PMO Lens icon in the toolbar');
    expect(await popup.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await expectAccessible(popup);
    await shoot(popup, 'state-no-access');
    await popup.close();
    await page.close();
  });

  it('error: what happened and what to do, with a retry', async () => {
    const message = 'The analysis stopped: the ad’s text could not be split into sentences.';
    const { popup, page } = await seededPopup({ state: 'error', message });
    await popup.getByTestId('error').waitFor();
    expect(await popup.locator('.error-message').textContent()).toBe(message);
    expect(await popup.getByTestId('error').textContent()).toContain('What you can do');
    await expectAccessible(popup);
    await shoot(popup, 'state-error');
    // Trying again really reads the page again: here, a page the popup may not read.
    await popup.getByRole('button', { name: 'Try again' }).click();
    await popup.getByTestId('no-access').waitFor({ timeout: 15_000 });
    expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await popup.close();
    await page.close();
  });
});
