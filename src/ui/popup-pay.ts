/** The pay card: the expected range as a bar with the ad's pay marked on it, and where it comes from. */
import { formatMoney, formatRange } from '../pay/format';
import type { ExpectedPay, PayEstimate, PaySource, StatedPay } from '../schema';
import { el } from './dom';
import { EMPLOYMENT_LABEL, FAMILY_LABEL, SOURCE_QUALITY_LABEL } from './labels';

/** Room left either side of the drawn values, as a share of the scale, so markers never sit on an edge. */
const SCALE_PADDING = 0.08;

/** Where the band and the ad's pay fall on the bar, in percent of its width. */
export interface PayScale {
  band: { from: number; to: number };
  /** Null when the ad states no pay, or states it in other units than the estimate. */
  stated: { from: number; to: number } | null;
}

/** The ad's pay can go on the estimate's bar only in the same currency and period. */
export function comparable(expected: ExpectedPay, stated: StatedPay | null): boolean {
  return (
    stated !== null &&
    stated.currency === expected.currency &&
    stated.period === expected.period &&
    (stated.min !== null || stated.max !== null)
  );
}

export function payScale(expected: ExpectedPay, stated: StatedPay | null): PayScale {
  const onBar = stated !== null && comparable(expected, stated) ? stated : null;
  const statedLow = onBar ? (onBar.min ?? onBar.max ?? expected.min) : expected.min;
  const statedHigh = onBar ? (onBar.max ?? onBar.min ?? expected.max) : expected.max;
  const lowest = Math.min(expected.min, statedLow);
  const highest = Math.max(expected.max, statedHigh);
  const span = highest - lowest || 1;
  const low = lowest - span * SCALE_PADDING;
  const width = span * (1 + 2 * SCALE_PADDING);
  const at = (value: number) => Math.round(((value - low) / width) * 1000) / 10;
  return {
    band: { from: at(expected.min), to: at(expected.max) },
    stated: onBar ? { from: at(statedLow), to: at(statedHigh) } : null,
  };
}

export function payCard(estimate: PayEstimate): HTMLElement {
  const { stated, expected, comparison, note } = estimate;
  return el(
    'section',
    { class: 'pay-card', 'aria-labelledby': 'pay-heading' },
    el(
      'div',
      { class: 'card-head' },
      el('h2', { id: 'pay-heading' }, 'Pay'),
      expected
        ? el(
            'span',
            { class: 'pay-context' },
            `${FAMILY_LABEL[expected.family]} · ${expected.region} · ${EMPLOYMENT_LABEL[expected.employment]}`,
          )
        : null,
    ),
    expected ? payBar(expected, stated) : null,
    expected
      ? payLine(
          'estimate',
          'Estimate',
          'pay-range',
          formatRange(expected.min, expected.max, expected.currency, expected.period),
        )
      : el('p', { class: 'pay-none', 'data-testid': 'pay-range' }, note ?? 'No expected range for this ad.'),
    statedLine(stated),
    expected && stated && !comparable(expected, stated) && (stated.min !== null || stated.max !== null)
      ? el(
          'p',
          { class: 'pay-note' },
          `Not marked on the bar: the ad gives ${stated.currency} per ${stated.period}, the estimate ${expected.currency} per ${expected.period}.`,
        )
      : null,
    comparison ? el('p', { class: 'comparison' }, comparison) : null,
    expected ? sourcesDetails(expected) : null,
  );
}

function payLine(
  kind: 'estimate' | 'stated',
  label: string,
  testId: string,
  value: string,
  note?: string | null,
) {
  return el(
    'p',
    { class: `pay-line pay-${kind}` },
    el('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' }),
    el('span', { class: 'pay-label' }, `${label} `),
    el('strong', { 'data-testid': testId }, value),
    note ? el('span', { class: 'pay-note' }, ` (${note})`) : null,
  );
}

function statedLine(stated: StatedPay | null): HTMLElement {
  if (!stated) return payLine('stated', 'From the ad', 'stated-pay', 'not stated');
  const value = formatRange(stated.min, stated.max, stated.currency, stated.period);
  return payLine(
    'stated',
    'From the ad',
    'stated-pay',
    value === 'not stated' ? stated.text : value,
    stated.note,
  );
}

/** The bar is a picture of the two lines below it, which carry the same figures as text. */
function payBar(expected: ExpectedPay, stated: StatedPay | null): HTMLElement {
  const scale = payScale(expected, stated);
  const span = (from: number, to: number) => `left: ${from}%; width: ${Math.max(to - from, 0)}%`;
  return el(
    'div',
    { class: 'pay-bar', 'aria-hidden': 'true' },
    el(
      'div',
      { class: 'pay-track' },
      el('span', { class: 'pay-band', style: span(scale.band.from, scale.band.to) }),
      scale.stated
        ? el('span', {
            class: `pay-stated-mark${scale.stated.to - scale.stated.from < 1 ? ' point' : ''}`,
            style: span(scale.stated.from, scale.stated.to),
          })
        : null,
    ),
    el(
      'div',
      { class: 'pay-ends' },
      el('span', { style: `left: ${scale.band.from}%` }, formatMoney(expected.min, expected.currency)),
      el('span', { style: `left: ${scale.band.to}%` }, formatMoney(expected.max, expected.currency)),
    ),
  );
}

function sourcesDetails(expected: ExpectedPay): HTMLElement {
  const dates = [...new Set(expected.sources.map((source) => source.asof))].join(', ');
  const count = expected.sources.length;
  return el(
    'details',
    { class: 'sources' },
    el(
      'summary',
      {},
      `How it is worked out · ${count === 1 ? '1 source' : `${count} sources`}${dates ? ` (${dates})` : ''}`,
    ),
    el('p', {}, expected.basis),
    el('ul', {}, ...expected.sources.map(sourceItem)),
    ...expected.assumptions.map((assumption) => el('p', { class: 'assumption' }, assumption)),
  );
}

function sourceItem(source: PaySource): HTMLElement {
  const safeUrl = source.url && /^https?:\/\//.test(source.url) ? source.url : null;
  return el(
    'li',
    {},
    safeUrl
      ? el('a', { href: safeUrl, target: '_blank', rel: 'noopener noreferrer' }, source.title)
      : source.title,
    el(
      'span',
      { class: 'source-meta' },
      ` · as of ${source.asof} · ${SOURCE_QUALITY_LABEL[source.quality] ?? source.quality}`,
    ),
  );
}
