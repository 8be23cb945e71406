/**
 * Finds lexicon phrases in sentences. Speed comes from not parsing what cannot match: every
 * pattern is compiled once into "cue" regexes (the words it cannot match without); only a
 * sentence that holds all of a pattern's cues is tokenised by compromise and matched, so verb
 * forms, gaps and word order are handled by compromise on a handful of sentences per ad.
 */
import nlp from 'compromise/one';
import { LEXICON, type LexiconEntry } from './lexicon';
import type { Sentence } from './sentences';

export interface Hit {
  entry: LexiconEntry;
  sentence: Sentence;
  /** Offsets of the matched phrase within `sentence.text`. */
  start: number;
  end: number;
  match: string;
}

/** Bounds compromise work on a pathological sentence (most sentences have under five candidates). */
export const MAX_PATTERNS_PER_SENTENCE = 40;

interface CompiledPattern {
  entry: LexiconEntry;
  source: string;
  /** The pre-parsed compromise match, so the pattern text is parsed once, not per sentence. */
  parsed: ReturnType<typeof nlp.parseMatch>;
  /** Every one must hit the lower-cased sentence for the pattern to be worth matching. */
  cues: RegExp[];
}

const COMPILED: readonly CompiledPattern[] = LEXICON.flatMap((entry) =>
  entry.patterns.flatMap(expandPhraseChoices).map((source) => ({
    entry,
    source,
    parsed: nlp.parseMatch(source),
    cues: topLevelTokens(source).filter(isRequired).map(cueFor),
  })),
);

export function findSignals(sentence: Sentence): Hit[] {
  const lower = matchableText(sentence.text).toLowerCase();
  const candidates = COMPILED.filter((p) => p.cues.every((cue) => cue.test(lower))).slice(
    0,
    MAX_PATTERNS_PER_SENTENCE,
  );
  if (candidates.length === 0) return [];
  const doc = nlp.tokenize(matchableText(sentence.text));
  const hits: Hit[] = [];
  for (const pattern of candidates) {
    for (const found of doc.match(pattern.parsed).json(JSON_OPTIONS) as MatchJson[]) {
      const hit = toHit(
        pattern.entry,
        sentence,
        found.offset.start,
        found.offset.start + found.offset.length,
      );
      if (hit !== null) hits.push(hit);
    }
  }
  return hits;
}

// `terms: false` skips per-term output we do not use; the typings only list boolean options.
const JSON_OPTIONS = { offset: true, terms: false } as unknown as object;

interface MatchJson {
  offset: { start: number; length: number };
}

/** Same length as the sentence (offsets carry over); slashes split "P3O/MoP" into two words. */
function matchableText(text: string): string {
  return text.replace(/[/|]/g, ' ');
}

function toHit(entry: LexiconEntry, sentence: Sentence, from: number, to: number): Hit | null {
  let start = from;
  let end = Math.min(to, sentence.text.length);
  while (start < end && /[\s(["'“‘•]/.test(sentence.text[start] ?? '')) start++;
  while (end > start && /[\s.,;:!?)\]"'”’]/.test(sentence.text[end - 1] ?? '')) end--;
  if (end <= start) return null;
  return { entry, sentence, start, end, match: sentence.text.slice(start, end) };
}

/**
 * compromise (14.17) fails to match a choice of multi-word phrases after a `.{0,n}` gap, so each
 * multi-word choice becomes a pattern of its own; single-word choices stay one group.
 */
export function expandPhraseChoices(pattern: string): string[] {
  const tokens = topLevelTokens(pattern);
  const index = tokens.findIndex((t) => t.startsWith('(') && choicesOf(t).some((c) => c.includes(' ')));
  const token = tokens[index];
  if (token === undefined) return [pattern];
  const optional = token.endsWith('?');
  const choices = choicesOf(token);
  const singles = choices.filter((c) => !c.includes(' '));
  const replacements = choices.filter((c) => c.includes(' '));
  if (singles.length > 0) replacements.push(`(${singles.join('|')})`);
  if (optional) replacements.push('');
  return replacements.flatMap((replacement) => {
    const next = [...tokens.slice(0, index), replacement, ...tokens.slice(index + 1)].filter((t) => t !== '');
    return expandPhraseChoices(next.join(' '));
  });
}

function choicesOf(groupToken: string): string[] {
  return groupToken
    .replace(/\)\??$/, '')
    .slice(1)
    .split('|');
}

function isRequired(token: string): boolean {
  return !token.endsWith('?') && !/^[.*]/.test(token);
}

/** Top-level tokens of a compromise pattern (groups and regexes kept whole). */
function topLevelTokens(pattern: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let inRegex = false;
  let current = '';
  for (const ch of pattern) {
    if (ch === '/' && depth === 0) inRegex = !inRegex;
    if (!inRegex && ch === '(') depth++;
    if (!inRegex && ch === ')') depth--;
    if (ch === ' ' && depth === 0 && !inRegex) {
      if (current !== '') tokens.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') tokens.push(current);
  return tokens;
}

function cueFor(token: string): RegExp {
  if (token.startsWith('/')) {
    const inner = token.slice(1, token.lastIndexOf('/'));
    return new RegExp(
      `\\b${inner.replace(/^\^/, '').replace(/\$\)/g, ')').replace(/\$\|/g, '|').replace(/\$$/, '')}`,
    );
  }
  const words = token.startsWith('(') ? choicesOf(token) : [token];
  const alternatives = words.map((w) =>
    w
      .split(/[\s-]+/)
      .map(escapeRegex)
      .join('\\W*'),
  );
  return new RegExp(`\\b(?:${alternatives.join('|')})`);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
