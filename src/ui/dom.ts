/**
 * The only way the UI builds elements: strings become text nodes, never markup, so text from a
 * job page cannot turn into HTML however it is written.
 */
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A sentence with the matched phrase marked, built from text slices. */
export function quoteWithMark(text: string, start: number, end: number): HTMLElement {
  const safeStart = Math.max(0, Math.min(start, text.length));
  const safeEnd = Math.max(safeStart, Math.min(end, text.length));
  return el(
    'q',
    { class: 'quote' },
    text.slice(0, safeStart),
    safeEnd > safeStart ? el('mark', {}, text.slice(safeStart, safeEnd)) : null,
    text.slice(safeEnd),
  );
}
