/**
 * Reading a tab on demand: ask its content script (boards), or run the page reader in it through
 * activeTab + scripting (any other page, after the user's click).
 */
import { browser } from 'wxt/browser';
import { type ContentRequest, type Extraction, ExtractionSchema } from '../schema';

export const PAGE_READER_FILE = '/page-reader.js';

export type PageRead = { ok: true; extraction: Extraction } | { ok: false; message: string };

export async function readTab(tabId: number): Promise<PageRead> {
  const fromContentScript = await askContentScript(tabId);
  if (fromContentScript) return { ok: true, extraction: fromContentScript };
  return injectReader(tabId);
}

async function askContentScript(tabId: number): Promise<Extraction | null> {
  try {
    const reply = await browser.tabs.sendMessage(tabId, { type: 'extract' } satisfies ContentRequest);
    const parsed = ExtractionSchema.safeParse(reply);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function injectReader(tabId: number): Promise<PageRead> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_READER_FILE] });
    const parsed = ExtractionSchema.safeParse(frame?.result);
    if (parsed.success) return { ok: true, extraction: parsed.data };
    return { ok: false, message: 'PMO Lens could not read this page.' };
  } catch {
    return {
      ok: false,
      message:
        'PMO Lens has no access to this page. Click the PMO Lens toolbar icon while the job ad is open to let it read the page once. Browser pages and extension stores cannot be read.',
    };
  }
}
