/**
 * Marks the evidence sentences on the job page without touching its DOM: text ranges go into the
 * CSS Custom Highlight registry, and their style into a constructed stylesheet appended to
 * `document.adoptedStyleSheets` — no <style> element, no attribute, no wrapper around the text.
 *
 * The popup runs this in the tab with `scripting.executeScript({ func })` (activeTab, granted by
 * the toolbar click that opened the popup), so it costs the board content scripts nothing.
 * That is also why it is one self-contained function: no imports, no module state, no helpers
 * outside it, since only its own source is sent into the page.
 */
import type { HighlightReply, HighlightRequest } from '../schema';

export function highlightEvidence({ quotes, focus }: HighlightRequest): HighlightReply {
  const registry = globalThis.CSS?.highlights;
  // Firefox before 140 has no highlight registry: say so rather than change the page another way.
  if (!registry) return { type: 'highlighted', found: null, focused: false };
  registry.delete('pmo-lens');
  registry.delete('pmo-lens-focus');
  if (quotes.length === 0) return { type: 'highlighted', found: 0, focused: false };

  const style =
    '::highlight(pmo-lens){background-color:#fde68a;color:#000}::highlight(pmo-lens-focus){background-color:#f59e0b;color:#000}';
  const adopted = document.adoptedStyleSheets;
  if (!adopted.some((sheet) => sheet.cssRules[0]?.cssText.includes('pmo-lens'))) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style);
    document.adoptedStyleSheets = [...adopted, sheet];
  }

  // The page's readable text as one string, with where each text node starts in it.
  const nodes: Array<[Text, number]> = [];
  let text = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, (node) =>
    /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/.test(node.parentNode?.nodeName ?? '')
      ? NodeFilter.FILTER_REJECT
      : NodeFilter.FILTER_ACCEPT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push([node as Text, text.length]);
    text += (node as Text).data;
  }
  const boundary = (at: number): [Text, number] | null => {
    const entry = nodes.findLast(([, start]) => start <= at);
    return entry ? [entry[0], at - entry[1]] : null;
  };
  // Quotes were read with whitespace collapsed; the page may break or pad them anywhere.
  const find = (quote: string): Range | null => {
    const words = quote.match(/\S+/g);
    if (!words) return null;
    const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    let hidden: Range | null = null;
    for (const hit of text.matchAll(new RegExp(escaped.join('\\s+'), 'gi'))) {
      const from = boundary(hit.index);
      const to = boundary(hit.index + hit[0].length);
      if (!from || !to) continue;
      const range = new Range();
      range.setStart(...from);
      range.setEnd(...to);
      // Boards keep hidden copies of the ad (clamped previews, templates): the visible one wins.
      if (range.getClientRects().length > 0) return range;
      hidden ??= range;
    }
    return hidden;
  };

  const ranges = quotes.map((quote) => find(quote.text) ?? find(quote.match));
  const found = ranges.filter((range): range is Range => range !== null);
  registry.set('pmo-lens', new Highlight(...found));
  const target = focus === null ? null : (ranges[focus] ?? null);
  if (target) {
    registry.set('pmo-lens-focus', new Highlight(target));
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reduceMotion ? 'auto' : 'smooth',
    });
  }
  return { type: 'highlighted', found: found.length, focused: target !== null };
}
