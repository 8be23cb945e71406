/** Renders a tab's state into the popup. Display only: every word and number comes from the engine. */
import { formatRange } from '../pay/format';
import type { ExpectedPay, Reason, Result, StatedPay, TabState } from '../schema';
import { el, quoteWithMark } from './dom';
import {
  DIMENSION_LABEL,
  percent,
  SENIORITY_LABEL,
  SIDE_LABEL,
  SOURCE_LABEL,
  verdictHeadline,
} from './labels';

/** Reasons shown before "show all"; more would push the pay card below the first screen. */
const REASONS_SHOWN = 4;
/** Longest quote shown; longer sentences are cut around the matched phrase. */
const QUOTE_WINDOW = 200;

export interface PopupActions {
  reread(): void;
  analyzeText(text: string): void;
}

export function renderState(state: TabState, actions: PopupActions): HTMLElement {
  switch (state.state) {
    case 'loading':
      return renderLoading();
    case 'ready':
      return renderResult(state.result, actions);
    case 'no-posting':
      return renderNoPosting(state.message, actions);
    case 'no-access':
      return renderProblem('no-access', 'This page is not open to PMO Lens', state.message, actions);
    case 'error':
      return renderProblem('error', 'Something went wrong', state.message, actions);
  }
}

function renderLoading(): HTMLElement {
  return el(
    'section',
    {
      class: 'state loading',
      'data-testid': 'loading',
      'aria-busy': 'true',
      'aria-label': 'Reading the job ad',
    },
    el('div', { class: 'skeleton skeleton-verdict' }),
    el('div', { class: 'skeleton skeleton-line' }),
    el('div', { class: 'skeleton skeleton-line short' }),
    el('div', { class: 'skeleton skeleton-block' }),
  );
}

function renderResult(result: Result, actions: PopupActions): HTMLElement {
  return el(
    'section',
    { class: 'state ready', 'data-testid': 'result' },
    verdictCard(result),
    reasonsList(result.reasons, result.classification.evidence.length),
    payCard(result),
    readInfo(result, actions),
  );
}

function verdictCard(result: Result): HTMLElement {
  const { classification } = result;
  const { title, company } = result.posting;
  return el(
    'div',
    { class: `verdict-card verdict-${result.verdict}` },
    el(
      'p',
      { class: 'job', 'data-testid': 'job-title' },
      [title ?? 'Untitled job', company].filter(Boolean).join(' · '),
    ),
    el(
      'h1',
      { class: 'verdict', 'data-testid': 'verdict', 'data-verdict': result.verdict },
      verdictHeadline(result),
    ),
    el(
      'p',
      { class: 'verdict-meta' },
      el('span', { 'data-testid': 'confidence' }, `Confidence ${percent(result.confidence)}`),
      ' · ',
      el('span', {}, SENIORITY_LABEL[result.seniority]),
    ),
    gauge(result.lean),
    el('p', { class: 'summary' }, result.summary),
    classification.titleMismatch
      ? el('p', { class: 'warning', role: 'note' }, classification.titleMismatch)
      : null,
    ...classification.notes.map((note) => el('p', { class: 'note' }, note)),
  );
}

/** PM ←→ PMO scale with the lean marked; the number is also given as text for screen readers. */
function gauge(lean: number): HTMLElement {
  const position = Math.round(((lean + 1) / 2) * 100);
  return el(
    'div',
    {
      class: 'gauge',
      role: 'img',
      'aria-label': `Lean ${lean.toFixed(2)} on a scale from −1 (project manager) to +1 (PMO)`,
    },
    el('span', { class: 'gauge-end' }, 'PM'),
    el('span', { class: 'gauge-track' }, el('span', { class: 'gauge-marker', style: `left: ${position}%` })),
    el('span', { class: 'gauge-end' }, 'PMO'),
  );
}

function reasonsList(reasons: Reason[], evidenceCount: number): HTMLElement {
  if (reasons.length === 0) {
    return el(
      'div',
      { class: 'reasons', 'data-testid': 'reasons' },
      el('p', {}, 'No PMO or PM signals found in the text.'),
    );
  }
  const items = reasons.map((reason, index) => reasonItem(reason, index >= REASONS_SHOWN));
  const hidden = reasons.length - Math.min(reasons.length, REASONS_SHOWN);
  const list = el('ol', { class: 'reason-list' }, ...items);
  const more =
    hidden > 0
      ? el(
          'button',
          { type: 'button', class: 'link', 'aria-expanded': 'false' },
          `Show ${hidden} more reasons`,
        )
      : null;
  more?.addEventListener('click', () => {
    for (const item of list.querySelectorAll('[hidden]')) item.removeAttribute('hidden');
    more.remove();
  });
  return el(
    'div',
    { class: 'reasons', 'data-testid': 'reasons' },
    el('h2', {}, 'Why', el('span', { class: 'count' }, ` · ${evidenceCount} signals found`)),
    list,
    more,
  );
}

function reasonItem(reason: Reason, hidden: boolean): HTMLElement {
  const { text, start, end } = windowAround(reason.text, reason.start, reason.end);
  return el(
    'li',
    { class: `reason side-${reason.side}`, hidden },
    el('span', { class: 'reason-tag' }, `${SIDE_LABEL[reason.side]} · ${DIMENSION_LABEL[reason.dimension]}`),
    quoteWithMark(text, start, end),
  );
}

/** Cuts a long sentence to a window around the match, keeping the offsets right. */
function windowAround(
  text: string,
  start: number,
  end: number,
): { text: string; start: number; end: number } {
  if (text.length <= QUOTE_WINDOW) return { text, start, end };
  const margin = Math.max(0, Math.floor((QUOTE_WINDOW - (end - start)) / 2));
  const from = Math.max(0, start - margin);
  const to = Math.min(text.length, end + margin);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  return {
    text: `${prefix}${text.slice(from, to)}${suffix}`,
    start: start - from + prefix.length,
    end: end - from + prefix.length,
  };
}

function payCard(result: Result): HTMLElement {
  const { stated, expected, comparison, note } = result.payEstimate;
  return el(
    'div',
    { class: 'pay-card' },
    el('h2', {}, 'Pay'),
    expected
      ? expectedLine(expected)
      : el('p', { class: 'pay-none', 'data-testid': 'pay-range' }, note ?? 'No expected range.'),
    expected && stated ? payBar(expected, stated) : null,
    statedLine(stated),
    comparison ? el('p', { class: 'comparison' }, comparison) : null,
    expected ? sourcesDetails(expected) : null,
  );
}

function expectedLine(expected: ExpectedPay): HTMLElement {
  return el(
    'p',
    { class: 'pay-expected' },
    el('span', { class: 'pay-label' }, 'Estimate '),
    el(
      'strong',
      { 'data-testid': 'pay-range' },
      formatRange(expected.min, expected.max, expected.currency, expected.period),
    ),
  );
}

function statedLine(stated: StatedPay | null): HTMLElement {
  const text = stated ? formatRange(stated.min, stated.max, stated.currency, stated.period) : 'not stated';
  return el(
    'p',
    { class: 'pay-stated' },
    el('span', { class: 'pay-label' }, 'From the ad '),
    el('strong', { 'data-testid': 'stated-pay' }, text),
    stated?.note ? el('span', { class: 'pay-note' }, ` (${stated.note})`) : null,
  );
}

/** The expected band as a bar, with the stated pay marked where it falls (when in the same units). */
function payBar(expected: ExpectedPay, stated: StatedPay): HTMLElement | null {
  if (stated.currency !== expected.currency || stated.period !== expected.period) return null;
  const statedMid = midpoint(stated);
  if (statedMid === null) return null;
  const low = Math.min(expected.min, statedMid) * 0.9;
  const high = Math.max(expected.max, statedMid) * 1.1;
  const at = (value: number) => `${(((value - low) / (high - low)) * 100).toFixed(1)}%`;
  const band = `left: ${at(expected.min)}; width: calc(${at(expected.max)} - ${at(expected.min)})`;
  return el(
    'div',
    { class: 'pay-bar', 'aria-hidden': 'true' },
    el('span', { class: 'pay-band', style: band }),
    el('span', { class: 'pay-marker', style: `left: ${at(statedMid)}` }),
  );
}

function midpoint(stated: StatedPay): number | null {
  if (stated.min !== null && stated.max !== null) return (stated.min + stated.max) / 2;
  return stated.min ?? stated.max;
}

function sourcesDetails(expected: ExpectedPay): HTMLElement {
  return el(
    'details',
    { class: 'sources' },
    el(
      'summary',
      {},
      `Basis and ${expected.sources.length === 1 ? 'source' : `${expected.sources.length} sources`}`,
    ),
    el('p', {}, expected.basis),
    el(
      'ul',
      {},
      ...expected.sources.map((source) =>
        el(
          'li',
          {},
          `${source.title} (${source.asof}, evidence ${source.quality})`,
          source.url ? el('br') : null,
          source.url ? el('span', { class: 'url' }, source.url) : null,
        ),
      ),
    ),
    ...expected.assumptions.map((assumption) => el('p', { class: 'assumption' }, assumption)),
  );
}

function readInfo(result: Result, actions: PopupActions): HTMLElement {
  const { source, descriptionChars, truncated } = result.posting;
  const button = el('button', { type: 'button', class: 'secondary' }, 'Read again');
  button.addEventListener('click', () => actions.reread());
  return el(
    'footer',
    { class: 'read-info' },
    el(
      'p',
      { 'data-testid': 'source', 'data-source': source },
      `Read from ${SOURCE_LABEL[source]} · ${descriptionChars.toLocaleString('en-GB')} characters`,
      truncated ? ' · looks truncated' : '',
    ),
    button,
  );
}

function renderNoPosting(message: string, actions: PopupActions): HTMLElement {
  return el(
    'section',
    { class: 'state empty', 'data-testid': 'no-posting' },
    el('h1', {}, 'No job description found here'),
    el('p', {}, message),
    el(
      'p',
      { class: 'hint' },
      'Select the ad’s text and right-click “Analyse selection with PMO Lens”, or paste it below.',
    ),
    pasteBox(actions),
  );
}

function renderProblem(testId: string, heading: string, message: string, actions: PopupActions): HTMLElement {
  const retry = el('button', { type: 'button', class: 'secondary' }, 'Try again');
  retry.addEventListener('click', () => actions.reread());
  return el(
    'section',
    { class: 'state problem', 'data-testid': testId },
    el('h1', {}, heading),
    el('p', {}, message),
    retry,
    pasteBox(actions),
  );
}

function pasteBox(actions: PopupActions): HTMLElement {
  const area = el('textarea', { id: 'paste', rows: 5, placeholder: 'Paste a job description here' });
  const submit = el('button', { type: 'submit' }, 'Analyse text');
  const form = el('form', { class: 'paste' }, el('label', { for: 'paste' }, 'Job ad text'), area, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (area.value.trim()) actions.analyzeText(area.value);
  });
  return form;
}
