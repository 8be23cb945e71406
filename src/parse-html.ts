/**
 * HTML text → Document. Extension pages and content scripts have DOMParser; Node (CLI, tests, bench)
 * uses linkedom, loaded only there so it never enters an extension bundle.
 */
export async function parseHtml(html: string): Promise<Document> {
  if (typeof DOMParser !== 'undefined') return new DOMParser().parseFromString(html, 'text/html');
  const linkedomModule = 'linkedom';
  const { parseHTML } = (await import(/* @vite-ignore */ linkedomModule)) as typeof import('linkedom');
  return parseHTML(asWholeDocument(html)).document as unknown as Document;
}

/** linkedom leaves `document.body` null for a bare fragment; browsers wrap it. Do as browsers do. */
function asWholeDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return `<!doctype html><html><head></head><body>${html}</body></html>`;
}
