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

type ParsedMatch = ReturnType<typeof nlp.parseMatch>;

interface CompiledPattern {
  entry: LexiconEntry;
  source: string;
  /**
   * The parsed compromise match, made the first time a sentence could match the pattern and kept:
   * parsing all ~500 patterns at module load cost ~40 ms of a cold start, and an ad needs a few dozen.
   */
  parsed: ParsedMatch | null;
  /** Ids of the cues (words it cannot match without) that a sentence must hold. */
  cues: number[];
}

/**
 * A cue is a word-level test: a set of exact words, or a regex term's own test ("/^establish/").
 * Each distinct word of the ads is tested against the regex cues once and the answer cached, so a
 * sentence's cues cost one map lookup per word.
 */
type Cue = { words: ReadonlySet<string> } | { regex: RegExp };

/** A regex term that is only a list of whole words ("/^(manage|manages|managed|managing)$/", from `verbs`). */
const WORD_LIST_REGEX = /^\/\^\(([^()[\]\\.*+?{}^$/]+)\)\$\/$/;

const CUES: Cue[] = [];
const CUE_IDS = new Map<string, number>();
const COMPILED: CompiledPattern[] = LEXICON.flatMap((entry) =>
  entry.patterns
    .flatMap(expandPhraseChoices)
    .map(widenGaps)
    .map((source) => ({
      entry,
      source,
      parsed: null,
      cues: topLevelTokens(source).filter(isRequired).map(cueId),
    })),
);
/** Patterns by their first cue: only patterns whose first cue a sentence holds are looked at. */
const BY_FIRST_CUE: CompiledPattern[][] = CUES.map((_, id) => COMPILED.filter((p) => p.cues[0] === id));
const WORD_CUES = new Map<string, number[]>();
const REGEX_CUES: [number, RegExp][] = [];
for (const [id, cue] of CUES.entries()) {
  if ('regex' in cue) REGEX_CUES.push([id, cue.regex]);
  else for (const word of cue.words) WORD_CUES.set(word, [...(WORD_CUES.get(word) ?? []), id]);
}
/** Distinct words seen so far → the cues they satisfy. Bounded so a huge text cannot grow it forever. */
const WORD_CACHE = new Map<string, readonly number[]>();
const WORD_CACHE_LIMIT = 50_000;

export function findSignals(sentence: Sentence): Hit[] {
  const tokens = tokenize(sentence.text);
  const held = cuesIn(tokens);
  if (held.size === 0) return [];
  const candidates: CompiledPattern[] = [];
  for (const id of held.keys()) {
    for (const pattern of BY_FIRST_CUE[id] ?? []) {
      if (inOrder(pattern.cues, held)) candidates.push(pattern);
    }
  }
  if (candidates.length === 0) return [];
  const doc = makeDoc(tokens);
  const hits: Hit[] = [];
  for (const pattern of candidates.slice(0, MAX_PATTERNS_PER_SENTENCE)) {
    for (const [, first, last] of doc.match(parsedOf(pattern)).fullPointer as [number, number, number][]) {
      const from = tokens[first]?.start;
      const to = tokens[last - 1]?.end;
      if (from === undefined || to === undefined) continue;
      if (crossesClause(sentence.text.slice(from, to))) continue;
      const hit = toHit(pattern.entry, sentence, from, to);
      if (hit !== null) hits.push(hit);
    }
  }
  return hits;
}

/**
 * A gap may skip a few words, never into the next clause: in "keeps our processes running, and
 * helps our project managers" the verb "running" has no object, and "reporting running: compiling
 * the programme report" lists what the reporting is. Plain commas stay allowed ("plan, execute and close").
 */
const CLAUSE_BREAK = /[:;]|,\s*(and|but|while|whilst|which|who|where|so)\s/i;

function crossesClause(match: string): boolean {
  // Most matches hold no punctuation at all: skip the regex for them.
  return (match.includes(':') || match.includes(';') || match.includes(',')) && CLAUSE_BREAK.test(match);
}

function parsedOf(pattern: CompiledPattern): ParsedMatch {
  pattern.parsed ??= nlp.parseMatch(pattern.source);
  return pattern.parsed;
}

interface Token {
  text: string;
  /** Lower case, accents and possessive "'s" removed: what patterns compare against. */
  normal: string;
  start: number;
  end: number;
}

/** Hyphenated words with these prefixes are one word ("co-ordinate" = "coordinate"); others split ("end-to-end"). */
const JOINED_PREFIXES = new Set([
  'co',
  're',
  'sub',
  'multi',
  'non',
  'pre',
  'e',
  'de',
  'mid',
  'inter',
  'semi',
]);
const WORD = /[\p{L}\p{N}]+(?:[-&'’][\p{L}\p{N}]+)*/gu;

/** Our own word split, so compromise only matches (its full tokenizer costs ~10× more per sentence). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const parts = raw.split('-');
    if (parts.length === 1 || JOINED_PREFIXES.has(parts[0]?.toLowerCase() ?? '')) {
      tokens.push({
        text: raw,
        normal: normalise(raw.replace('-', '')),
        start: m.index,
        end: m.index + raw.length,
      });
      continue;
    }
    let offset = m.index;
    for (const part of parts) {
      tokens.push({ text: part, normal: normalise(part), start: offset, end: offset + part.length });
      offset += part.length + 1;
    }
  }
  return tokens;
}

/**
 * American spellings of the words the lexicon writes the British way, so every "programme" pattern
 * reads a US ad's "program" too (the lexicon lists "program" beside "programme" in some entries and
 * forgot it in others; a US ad's "program management standards" is the same standard).
 */
const BRITISH_SPELLING: ReadonlyMap<string, string> = new Map([
  ['program', 'programme'],
  ['programs', 'programmes'],
]);

function normalise(word: string): string {
  // Possessive "'s" and French elision ("l'équipe") go, so "PMO's" is "pmo" and "l'équipe" is "equipe".
  let normal = word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/^(l|d|qu|j)'/, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range test
  if (/[^\x00-\x7f]/.test(normal)) normal = normal.normalize('NFD').replace(/\p{M}/gu, '');
  return BRITISH_SPELLING.get(normal) ?? normal;
}

/** Cue id → the token positions where it holds, in order. */
function cuesIn(tokens: readonly Token[]): Map<number, number[]> {
  const held = new Map<number, number[]>();
  tokens.forEach((token, position) => {
    for (const id of cuesOfWord(token.normal)) {
      const positions = held.get(id);
      if (positions === undefined) held.set(id, [position]);
      else positions.push(position);
    }
  });
  return held;
}

/** The pattern's cues appear in the pattern's order: otherwise compromise cannot match, so skip it. */
function inOrder(cues: readonly number[], held: ReadonlyMap<number, number[]>): boolean {
  let after = -1;
  for (const cue of cues) {
    const next = held.get(cue)?.find((position) => position > after);
    if (next === undefined) return false;
    after = next;
  }
  return true;
}

function cuesOfWord(word: string): readonly number[] {
  const cached = WORD_CACHE.get(word);
  if (cached !== undefined) return cached;
  const ids = [...(WORD_CUES.get(word) ?? [])];
  for (const [id, regex] of REGEX_CUES) if (regex.test(word)) ids.push(id);
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  WORD_CACHE.set(word, ids);
  return ids;
}

function cueId(token: string): number {
  const key = token.replace(/\?$/, '');
  const known = CUE_IDS.get(key);
  if (known !== undefined) return known;
  CUES.push(cueFor(key));
  CUE_IDS.set(key, CUES.length - 1);
  return CUES.length - 1;
}

type Doc = ReturnType<typeof nlp.tokenize>;
type DocConstructor = new (document: unknown[][]) => Doc;
/** compromise's document class, to build a document from our tokens without re-tokenising. */
const View = nlp.tokenize('').constructor as DocConstructor;

/**
 * A compromise document from our tokens. Building it directly skips compromise's normalisation
 * pass (the same terms `nlp.tokenize(json)` would make, ~9× faster); checked once at load below,
 * with the public JSON input as the fallback should a compromise release change its internals.
 */
function directDoc(tokens: readonly Token[]): Doc {
  const terms = tokens.map((t, i) => ({
    text: t.text,
    normal: t.normal,
    pre: '',
    post: ' ',
    tags: new Set<string>(),
    index: [0, i],
    id: `t${i}`,
  }));
  return new View([terms]);
}

function jsonDoc(tokens: readonly Token[]): Doc {
  const terms = tokens.map((t) => ({ text: t.normal, normal: t.normal, pre: '', post: ' ', tags: [] }));
  return nlp.tokenize([{ terms }] as unknown as string);
}

const makeDoc: (tokens: readonly Token[]) => Doc = directDocWorks() ? directDoc : jsonDoc;

function directDocWorks(): boolean {
  try {
    const pointer = directDoc(tokenize('We co-ordinate the PMO’s reporting')).match(
      'coordinate the pmo',
    ).fullPointer;
    return JSON.stringify(pointer[0]?.slice(0, 3)) === '[0,1,4]';
  } catch {
    return false;
  }
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

/**
 * compromise also fails on an optional word right after a `.{0,n}` gap ("prepare .{0,4} (monthly)?
 * reports" misses "prepare monthly highlight reports"), so such optional words fold into the gap.
 */
export function widenGaps(pattern: string): string {
  const out: string[] = [];
  for (const token of topLevelTokens(pattern)) {
    const previous = out[out.length - 1];
    const gap = previous === undefined ? null : /^\.\{(\d+),(\d+)\}$/.exec(previous);
    if (gap && token.endsWith('?')) {
      out[out.length - 1] = `.{${gap[1]},${Number(gap[2]) + 1}}`;
      continue;
    }
    out.push(token);
  }
  return out.join(' ');
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
  // Most patterns are plain words; the scan below runs ~500 times at module load, so it slices
  // rather than building strings character by character.
  if (!pattern.includes('(') && !pattern.includes('/')) return pattern.split(' ').filter((t) => t !== '');
  const tokens: string[] = [];
  let depth = 0;
  let inRegex = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '/' && depth === 0) inRegex = !inRegex;
    else if (!inRegex && ch === '(') depth++;
    else if (!inRegex && ch === ')') depth--;
    else if (ch === ' ' && depth === 0 && !inRegex) {
      if (i > from) tokens.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  if (from < pattern.length) tokens.push(pattern.slice(from));
  return tokens;
}

/**
 * The word test for one required token; a multi-word choice is cued by its first word. A regex
 * that lists whole words becomes a word set, so a new word costs one map lookup rather than a test
 * against every regex (44 of the lexicon's 45 regex terms are such lists).
 */
function cueFor(token: string): Cue {
  const wordList = WORD_LIST_REGEX.exec(token)?.[1];
  if (wordList !== undefined) return { words: new Set(wordList.split('|')) };
  if (token.startsWith('/')) return { regex: new RegExp(token.slice(1, token.lastIndexOf('/'))) };
  const choices = token.startsWith('(') ? choicesOf(token) : [token];
  return { words: new Set(choices.map((c) => c.toLowerCase().split(/\s+/)[0] ?? c)) };
}
