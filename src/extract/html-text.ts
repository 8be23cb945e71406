/**
 * Element → plain text with block structure, and HTML strings → the same plain text.
 * Read-only over the page: the live DOM is never changed, and HTML strings are parsed into an inert
 * <template> (no scripts run, no images load), never rendered.
 */

/** Zero-width characters, bidi controls and the BOM: invisible, and a way to disguise text. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;

/** Tags whose text is never part of an ad (code, styling, controls, navigation). */
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'SVG',
  'BUTTON',
  'FORM',
  'NAV',
  'TEMPLATE',
  'IFRAME',
  'SELECT',
  'TEXTAREA',
  'HEAD',
  'OBJECT',
  'CODE',
]);

/** Tags that start a new line of text. */
const BLOCKS = new Set(
  'P DIV SECTION ARTICLE MAIN ASIDE HEADER FOOTER H1 H2 H3 H4 H5 H6 LI UL OL DL DT DD TR TABLE TBODY BLOCKQUOTE PRE HR ADDRESS FIGURE FIGCAPTION DETAILS SUMMARY'.split(
    ' ',
  ),
);

/** Stop walking once this many characters are collected: the caller caps far below it anyway. */
const WALK_CHAR_LIMIT = 200_000;

/** Removes invisible characters and collapses whitespace to single spaces. */
export function cleanInline(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** `cleanInline`, or null when nothing is left. */
export function cleanField(text: string | null | undefined, maxChars = 300): string | null {
  const cleaned = cleanInline(text).slice(0, maxChars);
  return cleaned === '' ? null : cleaned;
}

/**
 * Plain text of a node with one line per paragraph, heading and list item ("• " prefixed).
 * `skip` drops whole elements (the generic reader's cookie banners and related-job lists).
 */
export function blockText(root: Node, skip?: (el: Element) => boolean): string {
  const lines: string[] = [];
  let line = '';
  let bulletPending = false;
  let total = 0;
  const flush = (): void => {
    const text = cleanInline(line);
    line = '';
    if (text === '') return;
    lines.push(bulletPending ? `• ${text}` : text);
    bulletPending = false;
    total += text.length + 1;
  };
  // An explicit stack instead of recursion: a 10k-deep DOM must not overflow the call stack.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0 && total < WALK_CHAR_LIMIT) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (leaving) {
      if (BLOCKS.has(tag)) flush();
      if (tag === 'LI') bulletPending = false;
      continue;
    }
    if (DROPPED.has(tag)) continue;
    if (node.nodeType === 1 && ((node as Element).hasAttribute('hidden') || skip?.(node as Element)))
      continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (BLOCKS.has(tag)) flush();
    if (tag === 'LI') bulletPending = true;
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  flush();
  return lines.join('\n');
}

/** Looks like markup: a tag such as <p>, </li>, <br/>. */
const HAS_TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;

/** JSON-LD descriptions are sometimes encoded twice ("&amp;lt;p&amp;gt;"); three rounds cover that. */
const MAX_DECODE_ROUNDS = 3;

/** Plain text lines → the block format (one trimmed line each, blank lines dropped). */
export function plainLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(cleanInline)
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * An HTML (or entity-encoded HTML, or plain) string → block-structured plain text.
 * `doc` only supplies an inert <template> to parse into.
 */
export function htmlToText(html: string, doc: Document): string {
  let current = html;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    if (!HAS_TAG.test(current) && !current.includes('&')) break;
    if (!HAS_TAG.test(current)) {
      // Entities only: decode them, keep the newlines, and look again (it may have been encoded HTML).
      current = decodeEntities(current, doc);
      continue;
    }
    const template = doc.createElement('template');
    // Newlines in the page's HTML are spacing; after a round they are the block breaks read so far.
    const lineBreak = round === 0 ? ' ' : '<br>';
    // Parsing into an inert template: nothing is rendered, fetched or run.
    template.innerHTML = current.replace(/\r?\n/g, lineBreak);
    current = blockText((template as HTMLTemplateElement).content ?? template);
  }
  return plainLines(current);
}

/** Decodes HTML entities of text that holds no tags, keeping its line breaks. */
function decodeEntities(text: string, doc: Document): string {
  const template = doc.createElement('template');
  template.innerHTML = text.replace(/</g, '&lt;').replace(/\r?\n/g, '<br>');
  return blockText((template as HTMLTemplateElement).content ?? template);
}
