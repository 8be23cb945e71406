/**
 * The popup's rendering on a DOM without a browser (linkedom): each state keeps its test hooks, the
 * words come from the Result, and page text stays text however it is written.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import type { Result, TabState } from '../../../src/schema';
import { type PopupActions, renderState } from '../../../src/ui/popup-view';

const FIXTURE = 'tests/fixtures/pages/reed/posting.html';
const FIXTURE_URL = 'https://www.reed.co.uk/jobs/pmo-officer/51234567';

let result: Result;
const calls: string[] = [];
const actions: PopupActions = {
  reread: () => calls.push('reread'),
  analyzeText: (text) => calls.push(`analyze:${text}`),
  highlight: async (quotes, focus) => {
    calls.push(`highlight:${quotes.length}:${focus}`);
    return 'marked';
  },
};

beforeAll(async () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  globalThis.document = document as unknown as Document;
  const outcome = await analyze({ html: readFileSync(FIXTURE, 'utf8'), url: FIXTURE_URL });
  if (!outcome.ok) throw new Error(outcome.error);
  result = outcome;
});

const render = (state: TabState) => renderState(state, actions);
const byTestId = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('ready', () => {
  it('keeps the test hooks and shows the engine’s own words', () => {
    const root = render({ state: 'ready', result });
    expect(root.getAttribute('data-testid')).toBe('result');
    for (const id of ['verdict', 'confidence', 'reasons', 'pay-range', 'stated-pay', 'source', 'job-title'])
      expect(byTestId(root, id), id).not.toBeNull();
    expect(byTestId(root, 'verdict')?.getAttribute('data-verdict')).toBe(result.verdict);
    expect(byTestId(root, 'summary')?.textContent).toBe(result.classification.summary);
    expect(byTestId(root, 'source')?.getAttribute('data-source')).toBe('reed');
  });

  it('marks each reason’s matched phrase, strongest reason for the verdict first', () => {
    const root = render({ state: 'ready', result });
    const marks = [...root.querySelectorAll('[data-testid="reasons"] mark')].map((m) => m.textContent);
    const strongestPmo = result.reasons
      .filter((r) => r.side === 'pmo')
      .sort((a, b) => b.weight - a.weight)[0];
    expect(marks[0]).toBe(strongestPmo?.text.slice(strongestPmo.start, strongestPmo.end));
  });

  it('asks to mark all the evidence, focused on the reason chosen', () => {
    calls.length = 0;
    const root = render({ state: 'ready', result });
    (root.querySelector('.quote-button') as HTMLButtonElement).click();
    const evidence = result.classification.evidence;
    expect(calls).toHaveLength(1);
    const [, count, focus] = calls[0]?.split(':') ?? [];
    expect(Number(count)).toBe(evidence.length);
    expect(evidence[Number(focus)]?.text).toBe(
      result.classification.evidence.filter((r) => r.side === 'pmo').sort((a, b) => b.weight - a.weight)[0]
        ?.text,
    );
  });

  it('opens every signal in the all-evidence view', () => {
    const root = render({ state: 'ready', result });
    (byTestId(root, 'show-all') as HTMLButtonElement).click();
    expect(root.querySelectorAll('[data-testid="all-evidence"] li')).toHaveLength(
      result.classification.evidence.length,
    );
  });

  it('names a hybrid’s dominant side, and a non-PM role for what it looks like', () => {
    const hybrid: Result = structuredClone(result);
    hybrid.verdict = 'hybrid';
    hybrid.classification.dominant = 'pm';
    expect(byTestId(render({ state: 'ready', result: hybrid }), 'verdict')?.textContent).toBe(
      'Hybrid PMO / PM, mostly PM',
    );
    const neither: Result = structuredClone(result);
    neither.verdict = 'neither';
    neither.classification.looksLike = 'scrum master';
    expect(byTestId(render({ state: 'ready', result: neither }), 'verdict')?.textContent).toBe(
      'Neither: looks like scrum master',
    );
  });

  it('writes markup from the page as text', () => {
    const hostile: Result = structuredClone(result);
    hostile.posting.title = '<img src=x onerror=alert(1)>';
    hostile.classification.summary = '<script>alert(2)</script>';
    const root = render({ state: 'ready', result: hostile });
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(byTestId(root, 'job-title')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('other states', () => {
  it('loading is busy and shaped like the result', () => {
    const root = render({ state: 'loading', jobKey: null });
    expect(root.getAttribute('data-testid')).toBe('loading');
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelectorAll('.skeleton-reason')).toHaveLength(3);
  });

  it('no job ad offers the selection route and a paste box that analyses what is pasted', () => {
    calls.length = 0;
    const root = render({ state: 'no-posting', message: 'No job description found on this page.' });
    expect(root.getAttribute('data-testid')).toBe('no-posting');
    expect(root.textContent).toContain('Analyse selection with PMO Lens');
    const area = root.querySelector('textarea') as HTMLTextAreaElement;
    area.value = 'PMO Analyst, portfolio reporting';
    const { Event: DomEvent } = globalThis.document.defaultView as unknown as { Event: typeof Event };
    root.querySelector('form')?.dispatchEvent(new DomEvent('submit'));
    expect(calls).toEqual(['analyze:PMO Analyst, portfolio reporting']);
  });

  it('no access and error say what to do, with the message shown as text', () => {
    const noAccess = render({ state: 'no-access', message: 'No access <b>here</b>' });
    expect(noAccess.getAttribute('data-testid')).toBe('no-access');
    expect(noAccess.textContent).toContain('Click the PMO Lens icon in the toolbar');
    expect(noAccess.querySelector('p b')).toBeNull();
    const error = render({ state: 'error', message: 'It broke.' });
    expect(error.getAttribute('data-testid')).toBe('error');
    expect(error.querySelector('.error-message')?.textContent).toBe('It broke.');
    expect(error.textContent).toContain('What you can do');
  });
});
