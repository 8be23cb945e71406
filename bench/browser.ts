/**
 * The figures only a real browser gives, in headless Chromium with the built extension: popup
 * opened → verdict painted (with the tab's result precomputed, and without), and the content
 * script's own main-thread time on a large LinkedIn-like page (sampled by V8's profiler through
 * a CDP trace, counting only stacks that hold a frame of the content script).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { z } from 'zod';
import { CHROMIUM_PATH } from '../tests/e2e/browser';
import { loadPageFixture } from '../tests/e2e/fixtures';
import { LARGE_PAGE_URL, type LargePage, PANE_JOB_IDS } from './large-page';
import { type Summary, summarize } from './stats';
import {
  type HotFrame,
  hottest,
  type LongTask,
  scriptShare,
  TRACE_CATEGORIES,
  type TraceEvent,
} from './trace';

/** A typical job view page (guest layout, JSON-LD and visible text) for the popup figures. */
const POPUP_FIXTURE = 'linkedin/guest-pmo-analyst';
/** Where the guest page shows its description; the "not computed yet" runs add a line to it. */
const DESCRIPTION_SELECTOR = '.show-more-less-html__markup';
const POPUP_RUNS = 7;
const JOB_CHANGES = [PANE_JOB_IDS[1], PANE_JOB_IDS[2], PANE_JOB_IDS[0]] as const;
/** Generous: the background analyses a 3,000-word description after each job change. */
const STATE_TIMEOUT_MS = 20_000;
/** After the new state is published, keep tracing this long for any trailing work (retries, timers). */
const TRAILING_MS = 600;
/** Every content script of the extension lives here (one file per group of boards). */
const CONTENT_SCRIPTS_FOLDER = 'content-scripts/';

export interface BrowserFigures {
  chromium: string;
  popupFixture: string;
  /**
   * Popup navigation start → each mark, result precomputed; `painted` (the first frame with the
   * verdict in it) is the budgeted figure.
   */
  popupPrecomputed: PopupPhases;
  /** The same, on a tab with no state stored and a description no cached result matches. */
  popupNotComputed: PopupPhases;
  /** An empty web page opened the same way: navigation start → DOMContentLoaded, → next frame. */
  pageOpenFloor: Record<keyof FloorMarks, Summary>;
  /**
   * An empty page of the extension itself (no script, no style), opened as the popup is: what the
   * browser spends on any extension page before the popup's own work.
   */
  extensionPageFloor: Record<keyof FloorMarks, Summary>;
  largePage: Omit<LargePage, 'html'>;
  /** Content script's sampled main-thread time from navigation until the badge is set. */
  load: { scriptMs: number; longTasks: LongTask[] };
  /** Per job change (click on another card until the new job's state is published). */
  /** `hotFrames`: summed over all job changes. */
  jobChange: { scriptMs: Summary; longTasks: LongTask[]; hotFrames: HotFrame[] };
}

interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  serve(url: string, html: string): Promise<void>;
  close(): Promise<void>;
}

/** A page added to a copy of the build (never to the build itself, whose size the bench reports). */
const EXTENSION_FLOOR_PAGE = 'bench-empty.html';

/** As tests/e2e/browser.ts, but loading a copy of the bench's own build; nothing reaches the network. */
async function launchExtension(buildDir: string): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'pmo-lens-bench-profile-'));
  const extensionDir = mkdtempSync(join(tmpdir(), 'pmo-lens-bench-extension-'));
  cpSync(buildDir, extensionDir, { recursive: true });
  writeFileSync(
    join(extensionDir, EXTENSION_FLOOR_PAGE),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>empty</title><p>empty</p></html>',
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort(),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async serve(url, html) {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

export function chromiumVersion(): string {
  // Debian's wrapper script prints a shell warning on stderr; only stdout is the version.
  return execFileSync(CHROMIUM_PATH, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

/**
 * An empty page opened the same way as the popup (new tab, navigation, first paint): the floor
 * this harness and machine put under any page, shown beside the popup figures. It is a web page,
 * not an extension page, so a floor and not an exact baseline.
 */
const FLOOR_PAGE_URL = 'https://bench.example/empty.html';

/**
 * Runs in every page before its own scripts. In the popup it records, in ms since navigation
 * start: DOMContentLoaded (its module scripts have run), its first request for the tab's state
 * (a session-storage read or a message to the background) and the answer (the wrappers only note times), and the first frame painted with the verdict in it
 * (the rAF callback runs just before that frame's paint; a message posted from it is handled just
 * after). On the floor page: DOMContentLoaded and the next frame. A string, not a function: the
 * TypeScript loader adds helper calls to a function's source that do not exist in the page.
 */
const RECORD_MARKS = `(() => {
  const isPopup = location.protocol === 'chrome-extension:' && location.pathname.endsWith('/popup.html');
  const isFloor = location.href === ${JSON.stringify(FLOOR_PAGE_URL)} ||
    (location.protocol === 'chrome-extension:' && location.pathname === ${JSON.stringify(`/${EXTENSION_FLOOR_PAGE}`)});
  if (!isPopup && !isFloor) return;
  const marks = (window.__benchMarks = {});
  const note = (name) => { if (marks[name] === undefined) marks[name] = performance.now(); };
  const noteNextPaint = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => note('painted');
    channel.port2.postMessage(null);
  });
  document.addEventListener('DOMContentLoaded', () => {
    note('domContentLoaded');
    if (isFloor) noteNextPaint();
  });
  if (isFloor) return;
  const timeFirstAsk = (target, method) => {
    const original = target[method].bind(target);
    target[method] = (...args) => {
      note('stateRequested');
      const reply = original(...args);
      reply.then(() => note('stateReceived'), () => note('stateReceived'));
      return reply;
    };
  };
  timeFirstAsk(chrome.runtime, 'sendMessage');
  timeFirstAsk(chrome.storage.session, 'get');
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="verdict"]')) return;
    observer.disconnect();
    noteNextPaint();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

const FloorMarksSchema = z.object({ domContentLoaded: z.number(), painted: z.number() });
type FloorMarks = z.infer<typeof FloorMarksSchema>;

const PopupMarksSchema = z.object({
  domContentLoaded: z.number(),
  stateRequested: z.number(),
  stateReceived: z.number(),
  painted: z.number(),
});
type PopupMarks = z.infer<typeof PopupMarksSchema>;

export type PopupPhases = Record<keyof PopupMarks, Summary>;

function phases(marks: readonly PopupMarks[]): PopupPhases {
  return {
    domContentLoaded: summarize(marks.map((m) => m.domContentLoaded)),
    stateRequested: summarize(marks.map((m) => m.stateRequested)),
    stateReceived: summarize(marks.map((m) => m.stateReceived)),
    painted: summarize(marks.map((m) => m.painted)),
  };
}

type StoredState =
  | { state?: string; result?: { posting?: { jobKey?: string | null; description?: string } } }
  | undefined;

async function storedState(browser: ExtensionBrowser, tabId: number): Promise<StoredState> {
  const key = `tab:${tabId}`;
  return (await browser.worker.evaluate(
    async (k) => (await chrome.storage.session.get(k))[k],
    key,
  )) as StoredState;
}

async function waitForReady(browser: ExtensionBrowser, tabId: number, jobKey?: string): Promise<void> {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = await storedState(browser, tabId);
    if (state?.state === 'ready' && (jobKey === undefined || state.result?.posting?.jobKey === jobKey))
      return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Tab ${tabId} never reached a ready state${jobKey ? ` for job ${jobKey}` : ''}`);
}

/** A new tab and its id (the popup is opened as a page with `?tab=<id>`). */
async function newTab(browser: ExtensionBrowser): Promise<{ page: Page; tabId: number }> {
  const ids = () =>
    browser.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id as number));
  const before = new Set(await ids());
  const page = await browser.context.newPage();
  const tabId = (await ids()).find((id) => !before.has(id));
  if (tabId === undefined) throw new Error('Could not find the new tab’s id');
  return { page, tabId };
}

/** Opens `url` in a new tab and returns the marks the init script took there. */
async function marksOf<T>(browser: ExtensionBrowser, url: string, schema: z.ZodType<T>): Promise<T> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __benchMarks?: { painted?: number } }).__benchMarks;
      return marks?.painted !== undefined && marks;
    },
    undefined,
    { timeout: STATE_TIMEOUT_MS },
  );
  const marks = schema.parse(await handle.jsonValue());
  await page.close();
  return marks;
}

const popupUrl = (browser: ExtensionBrowser, tabId: number) =>
  `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`;

async function floorFigures(
  browser: ExtensionBrowser,
  url: string,
): Promise<Record<keyof FloorMarks, Summary>> {
  const marks: FloorMarks[] = [];
  for (let i = 0; i < POPUP_RUNS; i++) marks.push(await marksOf(browser, url, FloorMarksSchema));
  return {
    domContentLoaded: summarize(marks.map((m) => m.domContentLoaded)),
    painted: summarize(marks.map((m) => m.painted)),
  };
}

async function popupFigures(browser: ExtensionBrowser) {
  const fixture = loadPageFixture(POPUP_FIXTURE);
  await browser.serve(fixture.url, fixture.html);
  const { page, tabId } = await newTab(browser);
  await page.goto(fixture.url);
  await waitForReady(browser, tabId);
  const precomputed: PopupMarks[] = [];
  for (let i = 0; i < POPUP_RUNS; i++)
    precomputed.push(await marksOf(browser, popupUrl(browser, tabId), PopupMarksSchema));

  const notComputed: PopupMarks[] = [];
  for (let i = 0; i < POPUP_RUNS; i++) {
    // A line no cached result has seen (the content script does not report a same-job edit), and
    // no stored state: the popup must ask the background to read the page and analyse it.
    const reference = `Reference PMO-${i}-${Date.now()}.`;
    await page.evaluate(
      ({ selector, line }) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = line;
        document.querySelector(selector)?.append(paragraph);
      },
      { selector: DESCRIPTION_SELECTOR, line: reference },
    );
    await browser.worker.evaluate((key) => chrome.storage.session.remove(key), `tab:${tabId}`);
    notComputed.push(await marksOf(browser, popupUrl(browser, tabId), PopupMarksSchema));
    const state = await storedState(browser, tabId);
    if (!state?.result?.posting?.description?.includes(reference))
      throw new Error('The popup showed a verdict without the background reading the page afresh');
  }
  await page.close();
  return { precomputed: phases(precomputed), notComputed: phases(notComputed) };
}

async function traced<T>(
  cdp: CDPSession,
  action: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: object[] }) => events.push(...(payload.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...TRACE_CATEGORIES] },
    transferMode: 'ReportEvents',
  });
  const result = await action();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { result, events };
}

async function contentScriptFigures(browser: ExtensionBrowser, large: LargePage) {
  const contentScripts = `chrome-extension://${browser.extensionId}/${CONTENT_SCRIPTS_FOLDER}`;
  await browser.serve(`${LARGE_PAGE_URL.split('?')[0]}**`, large.html);
  const { page, tabId } = await newTab(browser);
  const cdp = await browser.context.newCDPSession(page);
  const load = await traced(cdp, async () => {
    await page.goto(LARGE_PAGE_URL);
    await waitForReady(browser, tabId, PANE_JOB_IDS[0]);
    await page.waitForTimeout(TRAILING_MS);
  });
  const loadShare = scriptShare(load.events, contentScripts);
  const changes = [];
  for (const jobId of JOB_CHANGES) {
    const change = await traced(cdp, async () => {
      await page.evaluate(
        (id) => document.querySelector<HTMLElement>(`a[data-job-card="${id}"]`)?.click(),
        jobId,
      );
      await waitForReady(browser, tabId, jobId);
      await page.waitForTimeout(TRAILING_MS);
    });
    changes.push(scriptShare(change.events, contentScripts));
  }
  await cdp.detach();
  await page.close();
  return {
    load: loadShare,
    jobChange: {
      scriptMs: summarize(changes.map((c) => c.scriptMs)),
      longTasks: changes.flatMap((c) => c.longTasks),
      hotFrames: hottest(changes.flatMap((c) => c.hotFrames)),
    },
  };
}

export async function benchBrowser(
  extensionDir: string,
  large: LargePage,
  log: (line: string) => void,
): Promise<BrowserFigures> {
  const browser = await launchExtension(extensionDir);
  try {
    await browser.context.addInitScript({ content: RECORD_MARKS });
    log('browser: popup, precomputed and not');
    await browser.serve(FLOOR_PAGE_URL, '<!doctype html><title>empty</title><p>empty</p>');
    const pageOpenFloor = await floorFigures(browser, FLOOR_PAGE_URL);
    const extensionPageFloor = await floorFigures(
      browser,
      `chrome-extension://${browser.extensionId}/${EXTENSION_FLOOR_PAGE}`,
    );
    const popup = await popupFigures(browser);
    log(`browser: content script on a ${(large.bytes / 1e6).toFixed(1)} MB page`);
    const content = await contentScriptFigures(browser, large);
    const { html: _html, ...largePage } = large;
    return {
      chromium: chromiumVersion(),
      popupFixture: POPUP_FIXTURE,
      pageOpenFloor,
      extensionPageFloor,
      popupPrecomputed: popup.precomputed,
      popupNotComputed: popup.notComputed,
      largePage,
      ...content,
    };
  } finally {
    await browser.close();
  }
}
