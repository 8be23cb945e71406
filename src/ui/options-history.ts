/**
 * The history panel: search, one row per analysed ad, two rows side by side, export and clear-all.
 * Every title, company and reason here was written by a stranger: it goes in as text, through el().
 */
import { formatRange } from '../pay/format';
import { HISTORY_LIMIT, type HistoryEntry, searchHistory } from '../storage/history';
import { el } from './dom';
import { DIMENSION_LABEL, percent, SENIORITY_LABEL, SIDE_LABEL, VERDICT_LABEL } from './labels';

export interface HistoryActions {
  exportCsv(entries: HistoryEntry[]): void;
  exportJson(entries: HistoryEntry[]): void;
  clearAll(): Promise<void>;
}

export interface HistoryPanel {
  element: HTMLElement;
  /** New stored entries (another analysis finished, or the history was cleared). */
  update(entries: HistoryEntry[]): void;
}

/** How many ads can stand side by side. */
const COMPARED = 2;

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function historyPanel(initial: HistoryEntry[], actions: HistoryActions): HistoryPanel {
  let entries = initial;
  /** Ids ticked for comparison, in the order they were ticked. */
  let picked: string[] = [];

  const heading = el('h2', { id: 'history-heading', tabindex: -1 }, 'History of analysed ads');
  const count = el('p', { class: 'hint', 'data-testid': 'history-count' });
  const search = el('input', {
    id: 'history-search',
    type: 'search',
    autocomplete: 'off',
    'aria-controls': 'history-list',
    'data-testid': 'history-search',
  });
  const shown = el('p', { class: 'hint', role: 'status', 'data-testid': 'history-shown' });
  const list = el('ul', { id: 'history-list', class: 'history-list', 'data-testid': 'history-list' });
  const compare = el('section', {
    class: 'compare',
    'aria-labelledby': 'compare-heading',
    'data-testid': 'compare',
  });
  const csvButton = el(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'export-csv' },
    'Export CSV',
  );
  const jsonButton = el(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'export-json' },
    'Export JSON',
  );
  const clearButton = el(
    'button',
    { type: 'button', class: 'danger', 'data-testid': 'clear-history' },
    'Clear all…',
  );
  const confirm = confirmDialog(async () => {
    await actions.clearAll();
    heading.focus();
  });

  const renderCompare = () => {
    const chosen = picked.flatMap((id) => entries.filter((entry) => entry.id === id));
    compare.replaceChildren(...compareView(chosen));
  };

  const toggle = (id: string, on: boolean) => {
    picked = picked.filter((other) => other !== id);
    if (on) picked.push(id);
    // A third tick replaces the first: the newest two picks are compared.
    const dropped = picked.length > COMPARED ? picked.splice(0, picked.length - COMPARED) : [];
    for (const box of list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      if (dropped.includes(box.value)) box.checked = false;
    }
    renderCompare();
  };

  const renderList = () => {
    const matching = searchHistory(entries, search.value);
    // Rows are rebuilt when the history changes under the user: keep the focused tick box focused.
    const active = document.activeElement;
    const focusedId = active instanceof HTMLInputElement && list.contains(active) ? active.value : null;
    list.replaceChildren(...matching.map((entry) => historyRow(entry, picked.includes(entry.id), toggle)));
    if (focusedId) list.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focusedId)}"]`)?.focus();
    shown.textContent =
      entries.length === 0
        ? ''
        : `Showing ${matching.length} of ${entries.length}${search.value.trim() ? ` matching “${search.value.trim()}”` : ''}.`;
  };

  const render = () => {
    picked = picked.filter((id) => entries.some((entry) => entry.id === id));
    const empty = entries.length === 0;
    count.textContent = empty
      ? 'No ads analysed yet. Open a job ad and click the PMO Lens icon; each analysis is listed here.'
      : `${entries.length} ${entries.length === 1 ? 'ad' : 'ads'}, newest first. The last ${HISTORY_LIMIT} are kept.`;
    csvButton.disabled = empty;
    jsonButton.disabled = empty;
    clearButton.disabled = empty;
    renderList();
    renderCompare();
  };

  search.addEventListener('input', renderList);
  csvButton.addEventListener('click', () => actions.exportCsv(entries));
  jsonButton.addEventListener('click', () => actions.exportJson(entries));
  clearButton.addEventListener('click', () => confirm.open(entries.length));

  const element = el(
    'section',
    { class: 'panel', 'aria-labelledby': 'history-heading' },
    heading,
    count,
    el(
      'div',
      { class: 'toolbar' },
      el(
        'div',
        { class: 'field search' },
        el('label', { for: 'history-search' }, 'Search by title, company, location or verdict'),
        search,
      ),
      el('div', { class: 'actions' }, csvButton, jsonButton, clearButton),
    ),
    shown,
    compare,
    list,
    confirm.element,
  );
  render();
  return {
    element,
    update(next) {
      entries = next;
      render();
    },
  };
}

function historyRow(
  entry: HistoryEntry,
  picked: boolean,
  toggle: (id: string, on: boolean) => void,
): HTMLElement {
  const titleId = `row-title-${rowKey(entry.id)}`;
  const box = el('input', {
    type: 'checkbox',
    value: entry.id,
    checked: picked,
    'aria-describedby': titleId,
  });
  box.addEventListener('change', () => toggle(entry.id, box.checked));
  return el(
    'li',
    { class: `history-row verdict-${entry.verdict}`, 'data-testid': 'history-row', 'data-id': entry.id },
    el(
      'div',
      { class: 'row-head' },
      el('h3', { class: 'row-title', id: titleId }, titleLink(entry)),
      el(
        'p',
        { class: 'row-where' },
        [entry.company, entry.location].filter(Boolean).join(' · ') || 'Company and place not stated',
      ),
    ),
    el(
      'dl',
      { class: 'row-facts' },
      fact(
        'Verdict',
        el('span', { class: 'verdict', 'data-testid': 'row-verdict' }, VERDICT_LABEL[entry.verdict]),
      ),
      fact('Confidence', percent(entry.confidence)),
      fact(
        'Analysed',
        el('time', { datetime: entry.analysedAt }, DATE_FORMAT.format(new Date(entry.analysedAt))),
      ),
      fact('Pay', payText(entry)),
    ),
    el('label', { class: 'pick' }, box, ' Compare'),
  );
}

/** Element ids from stored ids, which may hold any character. */
function rowKey(id: string): string {
  return Array.from(id, (char) => (/[A-Za-z0-9_-]/.test(char) ? char : `_${char.codePointAt(0)}`)).join('');
}

/** A link only for web addresses: a stored `javascript:` URL stays text. */
function titleLink(entry: HistoryEntry): Node {
  const title = entry.title ?? 'Untitled ad';
  if (!entry.url || !/^https?:\/\//i.test(entry.url)) return document.createTextNode(title);
  return el('a', { href: entry.url, target: '_blank', rel: 'noopener noreferrer' }, title);
}

function fact(term: string, value: Node | string): HTMLElement {
  return el('div', {}, el('dt', {}, term), el('dd', {}, value));
}

function statedText(entry: HistoryEntry): string | null {
  const pay = entry.statedPay;
  return pay ? formatRange(pay.min, pay.max, pay.currency, pay.period) : null;
}

function expectedText(entry: HistoryEntry): string | null {
  const pay = entry.pay;
  return pay ? formatRange(pay.min, pay.max, pay.currency, pay.period) : null;
}

function payText(entry: HistoryEntry): string {
  const expected = expectedText(entry);
  return [`Ad: ${statedText(entry) ?? 'not stated'}`, expected ? `Expected: ${expected}` : null]
    .filter(Boolean)
    .join(' · ');
}

function leanText(lean: number): string {
  const side = lean > 0 ? 'towards PMO' : lean < 0 ? 'towards PM' : 'balanced';
  return `${lean > 0 ? '+' : ''}${lean.toFixed(2)} (${side})`;
}

function compareView(chosen: HistoryEntry[]): Node[] {
  const heading = el('h3', { id: 'compare-heading' }, 'Compare two ads');
  if (chosen.length < COMPARED) {
    return [
      heading,
      el(
        'p',
        { class: 'hint' },
        chosen.length === 0
          ? 'Tick “Compare” on two ads to see them side by side.'
          : 'Tick one more ad to compare. A third tick replaces the first.',
      ),
    ];
  }
  return [heading, el('div', { class: 'compare-cards' }, ...chosen.map(compareCard))];
}

function compareCard(entry: HistoryEntry): HTMLElement {
  return el(
    'article',
    { class: `compare-card verdict-${entry.verdict}`, 'data-testid': 'compare-card' },
    el('h4', {}, entry.title ?? 'Untitled ad'),
    el('p', { class: 'row-where' }, [entry.company, entry.location].filter(Boolean).join(' · ')),
    el(
      'dl',
      { class: 'compare-facts' },
      fact('Verdict', el('span', { class: 'verdict' }, VERDICT_LABEL[entry.verdict])),
      fact('Lean', leanText(entry.lean)),
      fact('Confidence', percent(entry.confidence)),
      fact('Seniority', SENIORITY_LABEL[entry.seniority]),
      fact('Pay in the ad', statedText(entry) ?? 'not stated'),
      fact('Expected pay', expectedText(entry) ?? 'no estimate'),
      fact('Analysed', DATE_FORMAT.format(new Date(entry.analysedAt))),
    ),
    el('h5', {}, 'Top reasons'),
    entry.reasons.length === 0
      ? el('p', { class: 'hint' }, 'None recorded.')
      : el(
          'ul',
          { class: 'reason-list' },
          ...entry.reasons.map((reason) =>
            el(
              'li',
              { class: `reason side-${reason.side}` },
              el(
                'span',
                { class: 'reason-tag' },
                `${SIDE_LABEL[reason.side]} · ${DIMENSION_LABEL[reason.dimension]}`,
              ),
              el('q', { class: 'quote' }, reason.text),
            ),
          ),
        ),
  );
}

/** Clear-all asks first, in a native modal dialog (focus kept inside, Escape cancels). */
function confirmDialog(onConfirm: () => Promise<void>): {
  element: HTMLDialogElement;
  open(count: number): void;
} {
  const question = el('h3', { id: 'confirm-heading' });
  const yes = el('button', { type: 'button', class: 'danger', 'data-testid': 'confirm-clear' }, 'Delete all');
  const no = el('button', { type: 'button', class: 'secondary', 'data-testid': 'cancel-clear' }, 'Cancel');
  const dialog = el(
    'dialog',
    {
      'aria-labelledby': 'confirm-heading',
      'aria-describedby': 'confirm-text',
      'data-testid': 'confirm-dialog',
    },
    question,
    el(
      'p',
      { id: 'confirm-text' },
      'This removes the history from this browser. It cannot be undone. Your settings stay.',
    ),
    el('div', { class: 'actions' }, no, yes),
  );
  no.addEventListener('click', () => dialog.close());
  yes.addEventListener('click', () => {
    dialog.close();
    void onConfirm();
  });
  return {
    element: dialog,
    open(count) {
      question.textContent = `Delete all ${count} analysed ${count === 1 ? 'ad' : 'ads'}?`;
      dialog.showModal();
      // The safe choice has focus, so Enter does not delete by accident.
      no.focus();
    },
  };
}
