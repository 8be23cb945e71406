/** The settings form: each control saves on change and the page says so (or says why not). */
import type { Settings } from '../schema';
import { el } from './dom';
import { currencyChoices, regionGroups } from './options-choices';

export type SaveSettings = (settings: Settings) => Promise<void>;

/** Long enough for screen readers to notice the status emptied before it fills again. */
const ANNOUNCE_GAP_MS = 100;

/** Bounds of SettingsSchema.years. */
const MAX_YEARS = 60;

interface Controls {
  region: HTMLSelectElement;
  currency: HTMLSelectElement;
  years: HTMLInputElement;
  yearsError: HTMLElement;
  personalise: HTMLInputElement;
  badge: HTMLInputElement;
  status: HTMLElement;
}

export function settingsSection(initial: Settings, save: SaveSettings): HTMLElement {
  let current = initial;
  const controls = buildControls(initial);

  const commit = async (change: Partial<Settings>, what: string) => {
    const next = { ...current, ...change };
    try {
      await save(next);
      current = next;
      showStatus(controls.status, `Saved: ${what}.`, 'ok');
    } catch (error) {
      showStatus(
        controls.status,
        `Not saved (${error instanceof Error ? error.message : String(error)}).`,
        'error',
      );
    }
  };

  controls.region.addEventListener('change', () => {
    void commit({ homeRegion: controls.region.value || null }, 'home region');
  });
  controls.currency.addEventListener('change', () => {
    void commit({ currency: controls.currency.value || null }, 'currency');
  });
  controls.years.addEventListener('change', () => {
    const years = readYears(controls.years.value);
    const valid = years !== undefined;
    controls.years.setAttribute('aria-invalid', String(!valid));
    controls.yearsError.hidden = valid;
    if (!valid) {
      showStatus(
        controls.status,
        'Not saved: years of experience must be a whole number from 0 to 60.',
        'error',
      );
      return;
    }
    void commit({ years }, 'years of experience');
  });
  controls.personalise.addEventListener('change', () => {
    void commit({ personalise: controls.personalise.checked }, 'use these for the expected range');
  });
  controls.badge.addEventListener('change', () => {
    void commit({ badge: controls.badge.checked }, 'toolbar badge');
  });

  return el(
    'section',
    { class: 'panel', 'aria-labelledby': 'settings-heading' },
    el('h2', { id: 'settings-heading' }, 'Your settings'),
    el(
      'p',
      { class: 'hint' },
      'Used for the expected pay range when “Use these” is on. Left on “from the ad”, each ad’s own location and seniority are used.',
    ),
    el(
      'div',
      { class: 'fields' },
      field('setting-region', 'Home region', controls.region),
      field('setting-currency', 'Currency for pay ranges', controls.currency),
      field(
        'setting-years',
        'Years of experience',
        controls.years,
        el(
          'p',
          { id: 'setting-years-hint', class: 'hint' },
          'Whole years, 0 to 60. Leave empty to use the ad’s seniority.',
        ),
        controls.yearsError,
      ),
    ),
    checkbox(
      controls.personalise,
      'Use these instead of what the ad says',
      'When on, the expected range uses your region, currency and experience rather than the ad’s.',
    ),
    checkbox(
      controls.badge,
      'Show the verdict on the toolbar badge',
      'PMO, PM, MIX or — next to the extension’s icon.',
    ),
    controls.status,
  );
}

function buildControls(initial: Settings): Controls {
  return {
    region: regionSelect(initial.homeRegion),
    currency: currencySelect(initial.currency),
    years: el('input', {
      id: 'setting-years',
      type: 'number',
      inputmode: 'numeric',
      min: 0,
      max: MAX_YEARS,
      step: 1,
      value: initial.years ?? '',
      'aria-describedby': 'setting-years-hint setting-years-error',
    }),
    yearsError: el(
      'p',
      { id: 'setting-years-error', class: 'field-error', hidden: true },
      'Enter whole years from 0 to 60, or leave it empty.',
    ),
    personalise: el('input', {
      id: 'setting-personalise',
      type: 'checkbox',
      checked: initial.personalise,
      'aria-describedby': 'setting-personalise-hint',
    }),
    badge: el('input', {
      id: 'setting-badge',
      type: 'checkbox',
      checked: initial.badge,
      'aria-describedby': 'setting-badge-hint',
    }),
    status: el('p', { class: 'save-status', role: 'status', 'data-testid': 'save-status' }),
  };
}

/** "" → null (use the ad's); a whole number 0–60 → that; anything else → undefined (invalid). */
function readYears(value: string): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return undefined;
  const years = Number(text);
  return years <= MAX_YEARS ? years : undefined;
}

function regionSelect(selected: string | null): HTMLSelectElement {
  const groups = regionGroups();
  const known = groups.some((group) => group.regions.some((region) => region.code === selected));
  return el(
    'select',
    { id: 'setting-region' },
    option('', 'From the ad (default)', selected === null),
    // A region saved by an older version that the table no longer knows stays visible, not silently lost.
    selected !== null && !known ? option(selected, `${selected} (no longer in the pay table)`, true) : null,
    ...groups.map((group) =>
      el(
        'optgroup',
        { label: group.label },
        ...group.regions.map((region, i) =>
          option(
            region.code,
            i === 0 ? `${region.name} (whole country)` : region.name,
            region.code === selected,
          ),
        ),
      ),
    ),
  );
}

function currencySelect(selected: string | null): HTMLSelectElement {
  const codes = currencyChoices();
  const extra = selected !== null && !codes.includes(selected) ? [selected] : [];
  return el(
    'select',
    { id: 'setting-currency' },
    option('', 'Same as the region (default)', selected === null),
    ...[...codes, ...extra].map((code) => option(code, code, code === selected)),
  );
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  return el('option', { value, selected }, label);
}

function field(id: string, label: string, control: HTMLElement, ...after: HTMLElement[]): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, ...after);
}

function checkbox(input: HTMLInputElement, label: string, hint: string): HTMLElement {
  return el(
    'div',
    { class: 'check' },
    input,
    el('label', { for: input.id }, label),
    el('p', { id: `${input.id}-hint`, class: 'hint' }, hint),
  );
}

/** The same words twice in a row are not announced again, so the text is cleared first. */
function showStatus(status: HTMLElement, text: string, kind: 'ok' | 'error'): void {
  status.textContent = '';
  status.dataset.kind = kind;
  setTimeout(() => {
    status.textContent = text;
  }, ANNOUNCE_GAP_MS);
}
