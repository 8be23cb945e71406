/** The CLI's readable report: the same Result the popup shows, as plain text. */
import { formatRange } from '../pay/format';
import type { Result } from '../schema';
import {
  DIMENSION_LABEL,
  percent,
  SENIORITY_LABEL,
  SIDE_LABEL,
  SOURCE_LABEL,
  verdictHeadline,
} from '../ui/labels';

const QUOTE_LIMIT = 160;

export function formatReport(result: Result): string {
  return [header(result), '', verdict(result), '', ...reasons(result), '', ...pay(result)].join('\n');
}

function header(result: Result): string {
  const { title, company, location, source, descriptionChars, truncated } = result.posting;
  const who = [title ?? 'Untitled job', company, location].filter(Boolean).join(' · ');
  const read = `Read from ${SOURCE_LABEL[source]}: ${descriptionChars.toLocaleString('en-GB')} characters${truncated ? ' (looks truncated)' : ''}`;
  return `${who}\n${read}`;
}

function verdict(result: Result): string {
  const lean = result.lean >= 0 ? `+${result.lean.toFixed(2)}` : result.lean.toFixed(2);
  const lines = [
    `Verdict: ${verdictHeadline(result)}`,
    `Confidence ${percent(result.confidence)} · lean ${lean} (−1 PM … +1 PMO) · ${SENIORITY_LABEL[result.seniority]}`,
    result.summary,
  ];
  if (result.classification.titleMismatch) lines.push(`Note: ${result.classification.titleMismatch}`);
  for (const note of result.classification.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}

function reasons(result: Result): string[] {
  if (result.reasons.length === 0) return ['Why: no PMO or PM signals found in the text.'];
  return [
    'Why:',
    ...result.reasons.map(
      (r) =>
        `  ${SIDE_LABEL[r.side].padEnd(10)} ${DIMENSION_LABEL[r.dimension]}: “${clip(r.text)}” [${r.match}]`,
    ),
  ];
}

function pay(result: Result): string[] {
  const { stated, expected, comparison, note } = result.payEstimate;
  const lines = ['Pay:'];
  lines.push(
    stated
      ? `  Stated in the ad: ${formatRange(stated.min, stated.max, stated.currency, stated.period)}${stated.note ? ` (${stated.note})` : ''}`
      : '  Stated in the ad: none',
  );
  if (expected) {
    lines.push(`  Expected: ${formatRange(expected.min, expected.max, expected.currency, expected.period)}`);
    lines.push(`  Basis: ${expected.basis}`);
    for (const source of expected.sources) {
      lines.push(`  Source: ${source.title} (${source.asof})${source.url ? ` ${source.url}` : ''}`);
    }
    for (const assumption of expected.assumptions) lines.push(`  Assumption: ${assumption}`);
  }
  if (note) lines.push(`  ${note}`);
  if (comparison) lines.push(`  ${comparison}`);
  return lines;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat;
}
