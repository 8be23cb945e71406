/**
 * A cheap sentence splitter: blocks (the extractor separates them with "\n") are split after
 * ". ", "! " or "? " when the next word starts a new sentence. Good enough to quote evidence and
 * to scope negation; full NLP parsing of every sentence would cost ~100 ms per ad (stack-notes.md).
 */

export interface Sentence {
  /** The sentence as it stands in the description (list bullet removed). */
  text: string;
  /** Offsets of `text` in the description. */
  start: number;
  end: number;
}

/** Longer "sentences" (a wall of text with no full stops) are cut so per-sentence work stays bounded. */
export const MAX_SENTENCE_CHARS = 600;

const BULLET = /^\s*(?:[•·▪◦‣●*-]|\d{1,2}[.)])\s+/;

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'incl',
  'approx',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'vs',
  'inc',
  'ltd',
  'co',
  'st',
  'min',
  'max',
  'dept',
  'eg',
  'ie',
]);

const BOUNDARY = /[.!?]+["')\]]?\s+(?=["'([]?[A-Z0-9•£$€])/g;

export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let blockStart = 0;
  for (const block of text.split('\n')) {
    splitBlock(block, offset + blockStart, sentences);
    blockStart += block.length + 1;
  }
  return sentences;
}

function splitBlock(block: string, offset: number, out: Sentence[]): void {
  const bullet = BULLET.exec(block);
  let cursor = bullet ? bullet[0].length : 0;
  BOUNDARY.lastIndex = cursor;
  for (let m = BOUNDARY.exec(block); m !== null; m = BOUNDARY.exec(block)) {
    if (endsWithAbbreviation(block, m.index)) continue;
    const stop = m.index + m[0].trimEnd().length;
    pushTrimmed(block, cursor, stop, offset, out);
    cursor = m.index + m[0].length;
  }
  pushTrimmed(block, cursor, block.length, offset, out);
}

function endsWithAbbreviation(block: string, dotIndex: number): boolean {
  const before = block.slice(Math.max(0, dotIndex - 8), dotIndex);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}

function pushTrimmed(block: string, from: number, to: number, offset: number, out: Sentence[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(block[start] ?? '')) start++;
  while (end > start && /\s/.test(block[end - 1] ?? '')) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = block.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
    const stop = cut > start ? cut : start + MAX_SENTENCE_CHARS;
    out.push({ text: block.slice(start, stop), start: offset + start, end: offset + stop });
    start = stop;
    while (start < end && /\s/.test(block[start] ?? '')) start++;
  }
  if (end > start) out.push({ text: block.slice(start, end), start: offset + start, end: offset + end });
}
