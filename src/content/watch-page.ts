/**
 * The content script's whole job: read the job ad now shown, tell the background, and read again
 * when the user moves to another job (LinkedIn, Indeed and Glassdoor swap jobs in place).
 * It never changes the page and never loads the NLP.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extractor } from '../extract/pipeline';
import type { ContentMessage, ContentRequest, Extraction } from '../schema';

/** Boards re-render in bursts; one read after the burst settles is enough. */
const SETTLE_MS = 250;
/** A pane may still be filling in: read again a few times before calling the page empty. */
const RETRIES_WHILE_EMPTY = 6;

export function watchPage(ctx: ContentScriptContext, { extractPosting, currentJobKey }: Extractor): void {
  let lastJobKey: string | null = null;
  let lastSignature = '';
  let retriesLeft = RETRIES_WHILE_EMPTY;
  let timer: number | undefined;

  const send = (message: ContentMessage) => browser.runtime.sendMessage(message).catch(() => undefined);

  const read = (): Extraction => {
    const extraction = extractPosting(document, location.href);
    retriesLeft = extraction.ok ? RETRIES_WHILE_EMPTY : retriesLeft - 1;
    // A board's job whose text is not rendered yet is still loading, not missing: say so until
    // the retries run out, so the popup shows a loading state rather than "no job here".
    const stillLoading = !extraction.ok && extraction.jobKey !== null && retriesLeft > 0;
    const signature = stillLoading ? `loading|${extraction.jobKey}` : signatureOf(extraction);
    if (signature !== lastSignature) {
      lastSignature = signature;
      void send(
        stillLoading
          ? { type: 'job-changed', url: location.href, jobKey: extraction.jobKey }
          : { type: 'page-report', url: location.href, extraction },
      );
    }
    if (stillLoading) schedule();
    return extraction;
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(read, SETTLE_MS);
  };

  const onChange = (url: string = location.href) => {
    const jobKey = currentJobKey(document, url);
    if (jobKey !== lastJobKey) {
      lastJobKey = jobKey;
      retriesLeft = RETRIES_WHILE_EMPTY;
      void send({ type: 'job-changed', url, jobKey });
      schedule();
      return;
    }
    if (!lastSignature.startsWith('ok') && retriesLeft > 0) schedule();
  };

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    // Checked by hand, not with the zod schema: the content script ships without zod.
    if ((message as Partial<ContentRequest> | null)?.type !== 'extract') return false;
    lastSignature = '';
    sendResponse(read());
    return false;
  });
  // WXT raises this from the Navigation API's navigate event, before location.href changes:
  // the event's own URL is the one to read.
  // The page shares this window and may dispatch an event of the same name, without a URL.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (event.newUrl instanceof URL) onChange(event.newUrl.href);
  });
  const observer = new MutationObserver(() => onChange());
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());

  lastJobKey = currentJobKey(document, location.href);
  read();
}

/** Same job, same text → nothing new to say. */
function signatureOf(extraction: Extraction): string {
  if (!extraction.ok) return `no|${extraction.reason}|${extraction.jobKey ?? ''}`;
  const { jobKey, title, descriptionChars } = extraction.posting;
  return `ok|${jobKey ?? ''}|${title ?? ''}|${descriptionChars}`;
}
