/** Plain text (a .txt file, the user's selection, the popup's paste box) → a posting, or a refusal. */
import type { Extraction } from '../schema';
import { looksLikeTitle } from './generic';
import { cleanField, plainLines } from './html-text';
import { CHOSEN_TEXT_MIN_SCORE, looksLikeJobAd } from './job-ad-cues';
import { finish, refuse } from './pipeline';

/** A line that opens a list: "-", "*", "•", "·", "–", "▪", "◦", "●". */
const BULLET_LINE = /^[-*•·–▪◦●]\s+/;
/** A first line longer than this, or with more words, is a sentence, not a title. */
const TITLE_MAX_WORDS = 12;

export function extractFromText(
  text: string,
  hints: {
    title?: string;
    company?: string;
    location?: string;
    url?: string;
    source?: 'text' | 'selection' | 'paste';
  },
): Extraction {
  const lines = plainLines(text ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(BULLET_LINE, '• '));
  if (lines.length === 0) return refuse('empty');
  let title = cleanField(hints.title);
  const firstLine = lines[0] ?? '';
  if (
    !title &&
    lines.length > 1 &&
    looksLikeTitle(firstLine) &&
    !firstLine.startsWith('•') &&
    !/[.!?:]$/.test(firstLine) &&
    firstLine.split(' ').length <= TITLE_MAX_WORDS
  ) {
    title = firstLine;
    lines.shift();
  }
  const description = lines.join('\n');
  if (!looksLikeJobAd(`${title ?? ''}\n${description}`, CHOSEN_TEXT_MIN_SCORE).isJobAd)
    return refuse('not_job_ad');
  return finish({
    title,
    company: hints.company ?? null,
    location: hints.location ?? null,
    url: hints.url ?? null,
    jobKey: null,
    source: hints.source ?? 'text',
    description,
    truncated: false,
    payText: null,
    structuredPay: null,
    employmentType: null,
    datePosted: null,
  });
}
