/** What the popup says after asking the page to mark the evidence. */
import type { HighlightReply, HighlightRequest } from '../schema';

/** `found` is null when the browser has no CSS Custom Highlight API. */
export function markMessage({ found, focused }: HighlightReply, request: HighlightRequest): string {
  if (found === null) return 'This browser cannot mark text on a page (Firefox needs version 140 or later).';
  if (request.quotes.length === 0) return 'Marks cleared.';
  if (found === 0)
    return 'None of these sentences is on the page now; it may have changed since it was read.';
  const marked = `Marked ${found} of ${request.quotes.length} sentences on the page`;
  if (request.focus === null) return `${marked}.`;
  return focused
    ? `${marked}, and scrolled to the one you chose.`
    : `${marked}; the one you chose is not on the page now.`;
}
