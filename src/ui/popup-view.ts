/** Renders a tab's state into the popup. Display only: every word and number comes from the engine. */
import type { TabState } from '../schema';
import { el } from './dom';
import { type ResultActions, renderResult } from './popup-result';

export interface PopupActions extends ResultActions {
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
      return renderNoAccess(state.message, actions);
    case 'error':
      return renderError(state.message, actions);
  }
}

/** A grey outline of the ready view, block for block, so nothing jumps when the verdict arrives. */
function renderLoading(): HTMLElement {
  const block = (name: string) => el('div', { class: `skeleton skeleton-${name}`, 'aria-hidden': 'true' });
  return el(
    'section',
    { class: 'state loading', 'data-testid': 'loading', 'aria-busy': 'true' },
    el('p', { class: 'visually-hidden' }, 'Reading the job ad…'),
    block('job'),
    block('verdict'),
    block('gauge'),
    block('chips'),
    block('heading'),
    block('reason'),
    block('reason'),
    block('reason'),
    block('pay'),
  );
}

function renderNoPosting(message: string, actions: PopupActions): HTMLElement {
  return el(
    'section',
    { class: 'state empty', 'data-testid': 'no-posting', 'aria-labelledby': 'state-heading' },
    el('h1', { id: 'state-heading', tabindex: -1 }, 'No job description found here'),
    el('p', {}, message),
    el(
      'div',
      { class: 'hint-box' },
      el('h2', {}, 'Two other ways in'),
      el(
        'ol',
        {},
        el(
          'li',
          {},
          'Select the ad’s text on the page, right-click it and choose ',
          el('strong', {}, 'Analyse selection with PMO Lens'),
          '.',
        ),
        el('li', {}, 'Or paste the ad’s text below.'),
      ),
    ),
    pasteBox(actions),
    rereadButton('Read the page again', actions),
  );
}

function renderNoAccess(message: string, actions: PopupActions): HTMLElement {
  return el(
    'section',
    { class: 'state problem', 'data-testid': 'no-access', 'aria-labelledby': 'state-heading' },
    el('h1', { id: 'state-heading', tabindex: -1 }, 'PMO Lens may not read this page yet'),
    el('p', {}, message),
    el(
      'div',
      { class: 'hint-box' },
      el('h2', {}, 'Let it read this page'),
      el(
        'ol',
        {},
        el('li', {}, 'Close this window and open the job ad’s tab.'),
        el(
          'li',
          {},
          'Click the PMO Lens icon in the toolbar. That click lets it read this one tab, once; nothing else is granted.',
        ),
      ),
      el(
        'p',
        { class: 'hint' },
        'Browser pages (settings, new tab, extension stores) can never be read by any extension.',
      ),
    ),
    rereadButton('Try again', actions),
    pasteBox(actions),
  );
}

function renderError(message: string, actions: PopupActions): HTMLElement {
  return el(
    'section',
    { class: 'state problem', 'data-testid': 'error', 'aria-labelledby': 'state-heading' },
    el('h1', { id: 'state-heading', tabindex: -1 }, 'Something went wrong'),
    el('h2', {}, 'What happened'),
    el('p', { class: 'error-message' }, message),
    el('h2', {}, 'What you can do'),
    el(
      'ul',
      {},
      el('li', {}, 'Try again: the page may have been changing while it was read.'),
      el(
        'li',
        {},
        'Reload the job page, then open PMO Lens again (after an update the page needs a reload).',
      ),
      el('li', {}, 'Or paste the ad’s text below.'),
    ),
    rereadButton('Try again', actions),
    pasteBox(actions),
  );
}

function rereadButton(label: string, actions: PopupActions): HTMLElement {
  const button = el('button', { type: 'button', class: 'secondary', 'data-testid': 'read-again' }, label);
  button.addEventListener('click', () => actions.reread());
  return el('p', { class: 'actions' }, button);
}

function pasteBox(actions: PopupActions): HTMLElement {
  const area = el('textarea', {
    id: 'paste',
    rows: 5,
    placeholder: 'Paste a job description here',
    'aria-describedby': 'paste-hint',
  });
  const problem = el(
    'p',
    { id: 'paste-hint', class: 'hint' },
    'Analysed here, in your browser; nothing is sent.',
  );
  const submit = el('button', { type: 'submit' }, 'Analyse text');
  const form = el(
    'form',
    { class: 'paste', 'data-testid': 'paste' },
    el('label', { for: 'paste' }, 'Job ad text'),
    area,
    problem,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (area.value.trim()) {
      actions.analyzeText(area.value);
      return;
    }
    problem.textContent = 'Paste the ad’s text first.';
    area.focus();
  });
  return form;
}
