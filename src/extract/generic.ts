/**
 * The fallback for pages no adapter knows and no structured data describes: find the main block
 * of text, and a title for it. A small scorer in the spirit of Readability: paragraphs vote for
 * their ancestors, link-heavy and boilerplate containers lose.
 */
import { blockText, cleanField } from './html-text';
import { meta, titleParts } from './sites/dom';
import type { SiteReading } from './types';

/** Containers whose text is never the ad: cookie banners, navigation, related jobs, footers. */
const BOILERPLATE =
  /cookie|consent|gdpr|banner|footer|header|sidebar|related|similar|recommend|share|social|newsletter|breadcrumb|modal|popup|menu/i;
const BOILERPLATE_TAGS = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT']);

/** Text blocks shorter than this are labels or buttons, not prose. */
const MIN_BLOCK_CHARS = 25;
/** How far up a paragraph's vote reaches, and how much each level keeps (Readability uses 1, ½, ⅓). */
const VOTE_DECAY = [1, 0.5, 0.33];
/** Climb to the parent while it adds at most this share of text (to take in headings and sibling sections). */
const CLIMB_RATIO = 1.6;
/** Pages with more blocks than this are lists or dumps; the first blocks hold the ad when there is one. */
const MAX_BLOCKS = 5_000;
/** Candidates re-scored for link density (a list of job links outscores prose only on raw length). */
const TOP_CANDIDATES = 8;
/** Guard for pathologically deep DOMs when walking up. */
const MAX_ANCESTORS = 200;

function isBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('role') === 'navigation' || el.getAttribute('aria-modal') === 'true') return true;
  return BOILERPLATE.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`);
}

/** Whether el or an ancestor is boilerplate, memoised per element. */
function inBoilerplate(el: Element, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let node: Element | null = el;
  let verdict = false;
  while (node && path.length < MAX_ANCESTORS) {
    const known = memo.get(node);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    path.push(node);
    if (isBoilerplate(node)) {
      verdict = true;
      break;
    }
    node = node.parentElement;
  }
  for (const seen of path) memo.set(seen, verdict);
  return verdict;
}

function linkDensity(el: Element, textLength: number): number {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').length;
  return textLength === 0 ? 1 : linked / textLength;
}

/** The element holding the page's main text, or null. */
export function mainContent(doc: Document): Element | null {
  const memo = new Map<Element, boolean>();
  const score = new Map<Element, number>();
  const blocks = doc.querySelectorAll('p, li, pre, td, h2, h3');
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS; i++) {
    const block = blocks[i] as Element;
    const length = (block.textContent ?? '').trim().length;
    if (length < MIN_BLOCK_CHARS || inBoilerplate(block, memo)) continue;
    let ancestor = block.parentElement;
    for (const weight of VOTE_DECAY) {
      if (!ancestor) break;
      score.set(ancestor, (score.get(ancestor) ?? 0) + weight * Math.min(length, 1_000));
      ancestor = ancestor.parentElement;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  // Link density costs a subtree walk: only the strongest candidates pay it.
  const top = [...score].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  for (const [el, raw] of top) {
    const adjusted = raw * (1 - Math.min(linkDensity(el, (el.textContent ?? '').length), 0.9));
    if (adjusted > bestScore) [best, bestScore] = [el, adjusted];
  }
  if (!best) return null;
  return climb(best, memo);
}

/** Takes in the parent while it is mostly the same text (a heading and sibling sections of one ad). */
function climb(el: Element, memo: Map<Element, boolean>): Element {
  let current = el;
  const ownLength = (current.textContent ?? '').length;
  for (let step = 0; step < 3; step++) {
    const parent = current.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML' || inBoilerplate(parent, memo))
      break;
    if ((parent.textContent ?? '').length > ownLength * CLIMB_RATIO) break;
    current = parent;
  }
  return current;
}

/** Words that make a heading a job title rather than a site name ("Acme Careers"). */
const ROLE_WORD =
  /\b(manager|officer|analyst|coordinator|co-ordinator|director|head|lead|consultant|administrator|specialist|controller|planner|partner|assistant|PMO|chef de projet|projektleiter|leiter)\b/i;
const NOT_A_TITLE = /careers?|jobs? at|cookies?|privacy|sign in|log in|welcome/i;

export function looksLikeTitle(text: string | null): text is string {
  return !!text && text.length <= 150 && ROLE_WORD.test(text) && !NOT_A_TITLE.test(text);
}

/** The ad's title: a role-like heading in or before the content, then og:title, then `<title>`. */
export function guessTitle(doc: Document, content: Element | null): string | null {
  const memo = new Map<Element, boolean>();
  for (const heading of content?.querySelectorAll('h1, h2') ?? []) {
    const text = cleanField(heading.textContent);
    if (looksLikeTitle(text)) return text;
  }
  for (const heading of doc.querySelectorAll('h1, h2')) {
    const text = cleanField(heading.textContent);
    if (looksLikeTitle(text) && !inBoilerplate(heading, memo)) return text;
  }
  const og = meta(doc, 'og:title');
  if (looksLikeTitle(og)) return og;
  const first = titleParts(doc)[0] ?? null;
  return looksLikeTitle(first) ? first : null;
}

/** What the generic reader finds; the pipeline decides whether it is a job ad. */
export function readGeneric(doc: Document): SiteReading | null {
  const content = mainContent(doc);
  const description = content ? blockText(content, (el) => el !== content && isBoilerplate(el)) : '';
  if (!description) return null;
  return {
    title: guessTitle(doc, content),
    company: meta(doc, 'og:site_name'),
    location: null,
    description,
  };
}
