/**
 * Helpers for the security e2e tests: a network recorder that listens on the extension's own
 * targets through the Chrome DevTools Protocol (service worker included), the live service worker
 * after a restart, and waits on the badge and popup.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

export interface RecordedRequest {
  /** Which extension context sent it: "service-worker" or the page's URL path. */
  from: string;
  url: string;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Records every request the extension's service worker and its pages send, as Chrome sees them
 * (`Network.requestWillBeSent`), and Playwright's own view of the same traffic as a second witness.
 * The worker is attached through a helper page's CDP session (Playwright gives no CDP session for
 * workers); restarted workers are attached as they appear.
 */
export class NetworkRecorder {
  readonly requests: RecordedRequest[] = [];
  private readonly attached = new Set<string>();
  private helper: { page: Page; cdp: CDPSession } | null = null;

  constructor(private readonly browser: ExtensionBrowser) {}

  async start(): Promise<void> {
    const page = await this.browser.context.newPage();
    const cdp = await this.browser.context.newCDPSession(page);
    this.helper = { page, cdp };
    cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
      const event = JSON.parse(message) as { method?: string; params?: { request?: { url: string } } };
      if (event.method === 'Network.requestWillBeSent' && event.params?.request)
        this.requests.push({ from: 'service-worker', url: event.params.request.url });
    });
    cdp.on('Target.targetCreated', ({ targetInfo }) => void this.attachWorker(targetInfo));
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const target of targetInfos) await this.attachWorker(target);
    this.browser.context.on('request', (request) => {
      if (request.serviceWorker()) {
        this.requests.push({ from: 'service-worker (playwright)', url: request.url() });
        return;
      }
      const page = request.frame().page()?.url() ?? '';
      if (page.startsWith(this.extensionOrigin())) this.requests.push({ from: page, url: request.url() });
    });
  }

  /** A new extension page with the recorder attached before it loads anything. */
  async openPage(path: string): Promise<Page> {
    const page = await this.browser.context.newPage();
    const cdp = await this.browser.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', ({ request }) =>
      this.requests.push({ from: path, url: request.url }),
    );
    await cdp.send('Network.enable');
    await page.goto(`${this.extensionOrigin()}${path}`);
    return page;
  }

  /** Requests that went anywhere but the extension's own packaged files. */
  outside(): RecordedRequest[] {
    return this.requests.filter((r) => !r.url.startsWith(this.extensionOrigin()));
  }

  /** Whether a worker of the extension is attached now (the recorder sees its traffic). */
  get workersAttached(): number {
    return this.attached.size;
  }

  async stop(): Promise<void> {
    await this.helper?.page.close();
  }

  private extensionOrigin(): string {
    return `chrome-extension://${this.browser.extensionId}/`;
  }

  private async attachWorker(target: TargetInfo): Promise<void> {
    if (!this.helper || target.type !== 'service_worker') return;
    if (!target.url.startsWith(this.extensionOrigin()) || this.attached.has(target.targetId)) return;
    this.attached.add(target.targetId);
    const { cdp } = this.helper;
    // Not flattened: Playwright's CDPSession can only reach a child session through these messages.
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Network.enable' }),
    });
  }
}

/** The extension's service worker now running; after a stop, the one that replaced it. */
export async function liveWorker(browser: ExtensionBrowser): Promise<Worker> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const workers = browser.context.serviceWorkers().filter((w) => w.url().includes(browser.extensionId));
    const last = workers[workers.length - 1];
    if (last) {
      const alive = await last.evaluate(() => true).catch(() => false);
      if (alive) return last;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The extension’s service worker did not come back');
}

export async function badgeOf(
  browser: ExtensionBrowser,
  tabId: number,
): Promise<{ text: string; title: string }> {
  const worker = await liveWorker(browser);
  return worker.evaluate(async (id) => {
    const [text, title] = await Promise.all([
      chrome.action.getBadgeText({ tabId: id }),
      chrome.action.getTitle({ tabId: id }),
    ]);
    return { text, title };
  }, tabId);
}

export async function waitForBadge(browser: ExtensionBrowser, tabId: number, text: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last = '';
  while (Date.now() < deadline) {
    last = (await badgeOf(browser, tabId)).text;
    if (last === text) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`badge never became ${text} (last: ${last})`);
}

/** Stops every service worker of the browser, as Chrome does to an idle extension worker. */
export async function stopServiceWorkers(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.includes(browser.extensionId) && v.runningStatus === 'stopped'))
        resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await page.close();
}
