/**
 * The popup's answer from the background can arrive after a newer state has already reached it
 * through session storage (the background read its state, then published the next one). The late
 * answer must not put the older state, or another job's result, back on screen.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/core';
import type { Result, TabState } from '../../../src/schema';

const TAB_ID = 7;

type Listener = (changes: Record<string, { newValue?: unknown }>) => void;

/** The parts of the extension API the popup uses, with the background's answer held back. */
const fake = vi.hoisted(() => {
  const state = {
    listeners: [] as Array<(changes: Record<string, { newValue?: unknown }>) => void>,
    answer: null as ((value: unknown) => void) | null,
  };
  const browser = {
    runtime: {
      sendMessage: () =>
        new Promise((resolve) => {
          state.answer = resolve;
        }),
    },
    storage: {
      session: {
        onChanged: {
          addListener: (listener: (changes: Record<string, { newValue?: unknown }>) => void) =>
            state.listeners.push(listener),
        },
      },
    },
    tabs: { query: async () => [] },
    scripting: { executeScript: async () => [] },
  };
  return { state, browser };
});

vi.mock('wxt/browser', () => ({ browser: fake.browser }));

let jobA: Result;
let jobB: Result;

beforeAll(async () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  globalThis.document = document as unknown as Document;
  globalThis.location = { search: `?tab=${TAB_ID}` } as Location;
  const ad = [
    'PMO Analyst',
    'You will maintain the RAID log, prepare monthly portfolio reports for the governance board and support project managers with planning standards.',
    'Requirements',
    '• Experience in a PMO; PRINCE2 Foundation or P3O Foundation.',
    'Salary £38,000 per annum. Apply with your CV.',
  ].join('\n');
  const outcome = await analyze({ text: ad, company: 'Northwind Utilities' });
  if (!outcome.ok) throw new Error(outcome.error);
  jobA = outcome;
  jobB = {
    ...outcome,
    posting: { ...outcome.posting, title: 'Portfolio Office Lead', company: 'Ashgrove Rail' },
  };
});

beforeEach(() => {
  fake.state.listeners.length = 0;
  fake.state.answer = null;
});

async function startedPopup(): Promise<HTMLElement> {
  const { startPopup } = await import('../../../src/ui/popup');
  const root = document.createElement('main');
  void startPopup(root, null);
  await vi.waitFor(() => expect(fake.state.answer).not.toBeNull());
  return root;
}

function publish(state: TabState): void {
  for (const listener of fake.state.listeners as Listener[])
    listener({ [`tab:${TAB_ID}`]: { newValue: state } });
}

const shownTitle = (root: HTMLElement) =>
  root.querySelector('[data-testid="job-title"]')?.textContent ?? null;

describe('a late answer from the background', () => {
  it('does not replace the newer job that storage already showed', async () => {
    const root = await startedPopup();
    publish({ state: 'ready', result: jobB });
    expect(shownTitle(root)).toContain('Ashgrove Rail');
    fake.state.answer?.({ state: 'ready', result: jobA });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shownTitle(root)).toContain('Ashgrove Rail');
  });

  it('does not put a finished result back to loading', async () => {
    const root = await startedPopup();
    publish({ state: 'ready', result: jobA });
    fake.state.answer?.({ state: 'loading', jobKey: null });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(root.querySelector('[data-testid="verdict"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="loading"]')).toBeNull();
  });

  it('is shown when nothing newer came first', async () => {
    const root = await startedPopup();
    fake.state.answer?.({ state: 'ready', result: jobA });
    await vi.waitFor(() => expect(shownTitle(root)).toContain('Northwind Utilities'));
  });
});
