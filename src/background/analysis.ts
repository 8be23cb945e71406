/**
 * Turns what a tab holds into the state its popup and badge show. The newest report for a tab
 * always wins: a slower analysis of a job the user already left never overwrites the new one.
 */
import { browser } from 'wxt/browser';
import { analyze } from '../core';
import type { Extraction, Posting, Settings, TabState } from '../schema';
import { recordResult } from '../storage/history';
import { loadSettings } from '../storage/settings';
import { showBadge } from './badge';
import { ResultCache } from './result-cache';
import { writeTabState } from './tab-states';

const cache = new ResultCache();
const latestReport = new Map<number, number>();
let reportCounter = 0;
let settings: Promise<Settings> | null = null;

/** A new report for a tab: only the newest ticket's states are published. */
function takeTicket(tabId: number): number {
  const ticket = ++reportCounter;
  latestReport.set(tabId, ticket);
  return ticket;
}

/** Read once per change of settings: every analysis and badge on a job change needs them. */
function currentSettings(): Promise<Settings> {
  settings ??= loadSettings().catch((error: unknown) => {
    settings = null;
    throw error;
  });
  return settings;
}

export async function applyExtraction(tabId: number, extraction: Extraction): Promise<TabState> {
  const ticket = takeTicket(tabId);
  if (extraction.ok && !cache.get(extraction.posting)) {
    await publish(tabId, ticket, { state: 'loading', jobKey: extraction.posting.jobKey });
  }
  return publish(tabId, ticket, await stateFor(extraction));
}

/** The state an extraction leads to, from the cache when this job was read before. */
export async function stateFor(extraction: Extraction): Promise<TabState> {
  if (!extraction.ok) return { state: 'no-posting', message: extraction.message };
  const cached = cache.get(extraction.posting);
  if (cached) return { state: 'ready', result: cached };
  return analyzeForTab(extraction.posting);
}

/** Marks a tab as busy with a new job before its text is read, so nothing stale is shown meanwhile. */
export async function markLoading(tabId: number, jobKey: string | null): Promise<TabState> {
  return publish(tabId, takeTicket(tabId), { state: 'loading', jobKey });
}

export async function publishFor(tabId: number, state: TabState): Promise<TabState> {
  return publish(tabId, takeTicket(tabId), state);
}

/** Settings change the expected pay: results worked out under the old ones are not reused. */
export function settingsChanged(): void {
  cache.clear();
  settings = null;
}

export function forgetTabTickets(tabId: number): void {
  latestReport.delete(tabId);
}

/** Whether this worker has published or started anything for the tab since it (re)started. */
export function tracksTab(tabId: number): boolean {
  return latestReport.has(tabId);
}

async function analyzeForTab(posting: Posting): Promise<TabState> {
  const outcome = await analyze({ posting }, await currentSettings());
  if (!outcome.ok)
    return { state: outcome.code === 'internal' ? 'error' : 'no-posting', message: outcome.error };
  cache.set(posting, outcome);
  // History is a convenience: a full or failing storage must not cost the user the verdict.
  void recordResult(outcome).catch(() => undefined);
  return { state: 'ready', result: outcome };
}

async function publish(tabId: number, ticket: number, state: TabState): Promise<TabState> {
  if (latestReport.get(tabId) !== ticket) return state;
  // A popup may ask about a tab that has closed: its state would outlive it in session storage.
  if (!(await tabExists(tabId))) return state;
  await writeTabState(tabId, state);
  const { badge } = await currentSettings();
  await showBadge(tabId, state, badge).catch(() => {
    // The tab may have closed meanwhile; the badge has nowhere to go.
  });
  return state;
}

async function tabExists(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.get(tabId);
    return true;
  } catch {
    // No such tab, or not a tab id at all (the API throws at once for a negative one).
    return false;
  }
}
