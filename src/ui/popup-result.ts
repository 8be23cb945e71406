/**
 * The popup's "ready" view: verdict, reasons both ways, pay, the plain-English summary and what was
 * read; plus the "all evidence" view it opens. Display only: every word and number comes from the
 * engine's Result.
 */
import type { Evidence, HighlightRequest, Reason, Result, Side } from '../schema';
import { el, quoteWithMark } from './dom';
import {
  DIMENSION_LABEL,
  percent,
  SECTION_LABEL,
  SENIORITY_LABEL,
  SIDE_POINTS_TO,
  SOURCE_LABEL,
  VERDICT_LABEL,
} from './labels';
import { evidenceBySide, groupByDimension, splitReasons, verdictSide, windowAround } from './popup-evidence';
import { payCard } from './popup-pay';

/** Reasons for the verdict on the first screen; with one against, verdict and pay still fit in 600 px. */
const REASONS_FOR = 3;
const REASONS_AGAINST = 1;
/** Quote length on the first screen (about three lines at 400 px); the full sentence is in "all evidence". */
const QUOTE_WINDOW_SHORT = 150;
/** Quote length in the all-evidence view. */
const QUOTE_WINDOW_LONG = 400;

export type Quote = HighlightRequest['quotes'][number];

export interface ResultActions {
  reread(): void;
  /** Marks the quotes on the page and scrolls to `focus`; resolves to a sentence saying what happened. */
  highlight(quotes: Quote[], focus: number | null): Promise<string>;
}

export function renderResult(result: Result, actions: ResultActions): HTMLElement {
  const marker = pageMarker(result, actions);
  const main = el(
    'div',
    { class: 'view-main' },
    verdictCard(result),
    reasonsSummary(result, marker),
    payCard(result.payEstimate),
    plainEnglish(result),
    readInfo(result, actions),
  );
  const hint = el(
    'p',
    { id: 'quote-hint', class: 'visually-hidden' },
    'Marks this sentence on the job page and scrolls to it.',
  );
  const root = el('section', { class: 'state ready', 'data-testid': 'result' }, hint, main);
  const showAll = main.querySelector<HTMLButtonElement>('.show-all');
  showAll?.addEventListener('click', () => {
    const all = allEvidenceView(result, marker, () => {
      all.remove();
      main.hidden = false;
      showAll.focus();
    });
    main.hidden = true;
    root.append(all);
    all.querySelector<HTMLElement>('h1')?.focus();
  });
  return root;
}

// ───────────────────────── verdict ─────────────────────────

function verdictCard(result: Result): HTMLElement {
  const { classification, posting } = result;
  return el(
    'header',
    { class: `verdict-card verdict-${result.verdict}` },
    el(
      'p',
      { class: 'job', 'data-testid': 'job-title' },
      [posting.title ?? 'Untitled job', posting.company].filter(Boolean).join(' · '),
    ),
    el(
      'h1',
      { class: 'verdict', 'data-testid': 'verdict', 'data-verdict': result.verdict, tabindex: -1 },
      headline(result),
    ),
    gauge(result.lean),
    el(
      'ul',
      { class: 'chips', 'aria-label': 'About this verdict' },
      el('li', { 'data-testid': 'confidence' }, `Confidence ${percent(result.confidence)}`),
      result.pmoType
        ? el('li', { 'data-testid': 'pmo-type' }, result.pmoType === 'lead' ? 'PMO lead' : 'PMO support')
        : null,
      el('li', { 'data-testid': 'seniority' }, SENIORITY_LABEL[result.seniority]),
    ),
    classification.titleMismatch
      ? el(
          'p',
          { class: 'warning', role: 'note', 'data-testid': 'title-mismatch' },
          el('span', { 'aria-hidden': 'true' }, '⚠ '),
          el('strong', {}, 'Title and duties disagree: '),
          classification.titleMismatch,
        )
      : null,
  );
}

function headline(result: Result): string {
  const { dominant, looksLike } = result.classification;
  if (result.verdict === 'hybrid' && dominant)
    return `${VERDICT_LABEL.hybrid}, mostly ${dominant === 'pmo' ? 'PMO' : 'PM'}`;
  if (result.verdict === 'neither' && looksLike) return `Neither: looks like ${looksLike}`;
  return VERDICT_LABEL[result.verdict];
}

/** PM ←→ PMO scale with the lean marked; the number is given as text for screen readers. */
function gauge(lean: number): HTMLElement {
  const position = Math.round(((lean + 1) / 2) * 1000) / 10;
  const signed = `${lean > 0 ? '+' : lean < 0 ? '−' : ''}${Math.abs(lean).toFixed(2)}`;
  return el(
    'div',
    {
      class: 'gauge',
      role: 'img',
      'data-testid': 'gauge',
      'aria-label': `Lean ${signed}, on a scale from −1 (all project manager) to +1 (all PMO)`,
    },
    el('span', { class: 'gauge-end' }, 'PM'),
    el(
      'span',
      { class: 'gauge-track' },
      el('span', { class: 'gauge-middle' }),
      el('span', { class: 'gauge-marker', style: `left: ${position}%` }),
    ),
    el('span', { class: 'gauge-end' }, 'PMO'),
  );
}

// ───────────────────────── reasons ─────────────────────────

interface PageMarker {
  /** The button that marks one reason (and with it all the evidence) and scrolls to it. */
  quoteButton(item: Reason | Evidence, window: number): HTMLButtonElement;
  /** A "mark all on the page" / "clear" toggle with its status line. */
  controls(): HTMLElement;
}

function reasonsSummary(result: Result, marker: PageMarker): HTMLElement {
  const side = verdictSide(result);
  // From all the evidence, not only the Result's short list: the strongest sign against is always shown.
  const { forVerdict, against } = splitReasons(
    result.classification.evidence,
    side,
    REASONS_FOR,
    REASONS_AGAINST,
  );
  const total = result.classification.evidence.length;
  const body =
    forVerdict.length + against.length === 0
      ? [el('p', {}, 'No PMO or project-manager signals were found in the text.')]
      : [
          forVerdict.length > 0 ? reasonGroup(SIDE_POINTS_TO[side], forVerdict, marker) : null,
          against.length > 0
            ? reasonGroup(
                `Against: ${SIDE_POINTS_TO[against[0]?.side ?? 'neither'].toLowerCase()}`,
                against,
                marker,
              )
            : null,
        ];
  return el(
    'section',
    { class: 'reasons', 'data-testid': 'reasons', 'aria-labelledby': 'reasons-heading' },
    el('h2', { id: 'reasons-heading', class: 'visually-hidden' }, 'Why'),
    ...body,
    el(
      'div',
      { class: 'reason-actions' },
      total > 0
        ? el(
            'button',
            { type: 'button', class: 'link show-all', 'data-testid': 'show-all' },
            `Show all ${total} signals`,
          )
        : null,
      total > 0 ? marker.controls() : null,
    ),
  );
}

/** A side's reasons, grouped by dimension: the dimension is named once, above its first quote. */
function reasonGroup(heading: string, reasons: Evidence[], marker: PageMarker): HTMLElement {
  const items = groupByDimension(reasons).flatMap((group) =>
    group.items.map((reason, index) =>
      el(
        'li',
        { class: `reason side-${reason.side}${index > 0 ? ' same-dimension' : ''}` },
        index === 0 ? el('span', { class: 'reason-tag' }, DIMENSION_LABEL[reason.dimension]) : null,
        marker.quoteButton(reason, QUOTE_WINDOW_SHORT),
      ),
    ),
  );
  return el(
    'div',
    { class: 'reason-group' },
    el('h3', {}, heading),
    el('ul', { class: 'reason-list' }, ...items),
  );
}

/** Each quote is a button: it marks the evidence on the page and scrolls to that sentence. */
function pageMarker(result: Result, actions: ResultActions): PageMarker {
  const evidence = result.classification.evidence;
  const quotes: Quote[] = evidence.map(({ text, match }) => ({ text, match }));
  const statuses: HTMLElement[] = [];
  const toggles: HTMLButtonElement[] = [];
  let marked = false;

  const report = async (request: Promise<string>, nowMarked: boolean) => {
    // Controls of an "all evidence" view that was closed are gone from the page: forget them.
    for (const list of [statuses, toggles]) list.splice(0, list.length, ...list.filter((e) => e.isConnected));
    for (const status of statuses) status.textContent = nowMarked ? 'Marking on the page…' : 'Clearing…';
    const message = await request;
    marked = nowMarked;
    for (const status of statuses) status.textContent = message;
    for (const toggle of toggles)
      toggle.textContent = marked ? 'Clear marks on the page' : 'Mark all on the page';
  };
  const indexOf = (item: Reason | Evidence) => {
    const at = evidence.findIndex(
      (e) =>
        e.text === item.text &&
        e.start === item.start &&
        e.end === item.end &&
        e.dimension === item.dimension,
    );
    return at >= 0 ? at : evidence.findIndex((e) => e.text === item.text);
  };

  return {
    quoteButton(item, window) {
      const { text, start, end } = windowAround(item.text, item.start, item.end, window);
      const button = el(
        'button',
        { type: 'button', class: 'quote-button', 'aria-describedby': 'quote-hint' },
        quoteWithMark(text, start, end),
      );
      button.addEventListener('click', () => {
        const at = indexOf(item);
        const request =
          at >= 0
            ? actions.highlight(quotes, at)
            : actions.highlight(
                [...quotes, { text: item.text, match: item.text.slice(item.start, item.end) }],
                quotes.length,
              );
        void report(request, true);
      });
      return button;
    },
    controls() {
      const toggle = el(
        'button',
        { type: 'button', class: 'link', 'data-testid': 'mark-all' },
        'Mark all on the page',
      );
      const status = el('p', { class: 'mark-status', role: 'status', 'data-testid': 'mark-status' });
      toggle.addEventListener(
        'click',
        () => void report(actions.highlight(marked ? [] : quotes, null), !marked),
      );
      toggles.push(toggle);
      statuses.push(status);
      return el('div', { class: 'mark-controls' }, toggle, status);
    },
  };
}

// ───────────────────────── all evidence ─────────────────────────

function allEvidenceView(result: Result, marker: PageMarker, back: () => void): HTMLElement {
  const { evidence } = result.classification;
  const backButton = el('button', { type: 'button', class: 'secondary back' }, '← Back');
  backButton.addEventListener('click', back);
  const view = el(
    'section',
    { class: 'all-evidence', 'data-testid': 'all-evidence', 'aria-labelledby': 'all-heading' },
    el(
      'div',
      { class: 'view-head' },
      backButton,
      el('h1', { id: 'all-heading', tabindex: -1 }, `All ${evidence.length} signals`),
    ),
    el(
      'p',
      { class: 'hint' },
      'Strongest first, grouped by what they are about. Select a sentence to see it on the page.',
    ),
    marker.controls(),
    ...evidenceBySide(evidence, verdictSide(result)).map(({ side, count, groups }) =>
      el(
        'section',
        { class: `side-block side-${side}` },
        el('h2', {}, `${SIDE_POINTS_TO[side]} · ${count}`),
        ...groups.map((group) =>
          el(
            'div',
            { class: 'dimension-group' },
            el(
              'h3',
              {},
              DIMENSION_LABEL[group.dimension],
              el('span', { class: 'count' }, ` · weight ${group.weight.toFixed(1)}`),
            ),
            el(
              'ul',
              { class: 'reason-list' },
              ...group.items.map((item) => evidenceItem(item, side, marker)),
            ),
          ),
        ),
      ),
    ),
  );
  view.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      back();
    }
  });
  return view;
}

function evidenceItem(item: Evidence, side: Side, marker: PageMarker): HTMLElement {
  const meta = [SECTION_LABEL[item.section], `weight ${item.weight.toFixed(1)}`, ...item.context]
    .filter(Boolean)
    .join(' · ');
  return el(
    'li',
    { class: `reason side-${side}` },
    marker.quoteButton(item, QUOTE_WINDOW_LONG),
    el('p', { class: 'why' }, item.reason),
    el('p', { class: 'meta' }, meta),
  );
}

// ───────────────────────── summary and what was read ─────────────────────────

function plainEnglish(result: Result): HTMLElement {
  const { summary, counterfactual, notes } = result.classification;
  return el(
    'section',
    { class: 'plain', 'aria-labelledby': 'plain-heading' },
    el('h2', { id: 'plain-heading' }, 'In plain English'),
    el('p', { class: 'summary', 'data-testid': 'summary' }, summary || result.summary),
    counterfactual
      ? el(
          'p',
          { class: 'counterfactual', 'data-testid': 'counterfactual' },
          el('strong', {}, 'What would change it: '),
          counterfactual,
        )
      : null,
    ...notes.map((note) => el('p', { class: 'note' }, note)),
  );
}

function readInfo(result: Result, actions: ResultActions): HTMLElement {
  const { source, descriptionChars, truncated } = result.posting;
  const button = el(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'read-again' },
    'Read again',
  );
  button.addEventListener('click', () => actions.reread());
  return el(
    'footer',
    { class: 'read-info' },
    el(
      'div',
      {},
      el(
        'p',
        { 'data-testid': 'source', 'data-source': source },
        `Read from ${SOURCE_LABEL[source]} · ${descriptionChars.toLocaleString('en-GB')} characters · ${truncated ? 'looks cut off' : 'complete'}`,
      ),
      truncated
        ? el(
            'p',
            { class: 'warning', role: 'note' },
            'The ad looks cut off. Open its full text on the page (“See more”), then read again.',
          )
        : null,
    ),
    button,
  );
}
