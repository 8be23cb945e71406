/**
 * A large LinkedIn-like page for the content script's figures, built from the project's search
 * results fixture: many result cards padded with the nested markup real boards carry, and long
 * descriptions in the job panes. Made at run time, so no multi-megabyte file is committed.
 */
import { readFileSync } from 'node:fs';

const SOURCE_FIXTURE = 'tests/fixtures/pages/linkedin/search-results-pane.html';
export const LARGE_PAGE_URL =
  'https://www.linkedin.com/jobs/search-results/?currentJobId=4045678901&keywords=pmo&origin=bench';
/** The jobs whose panes the page holds; a job change clicks the card of the next one. */
export const PANE_JOB_IDS = ['4045678901', '4045678902', '4045678903'] as const;
/** Ids given to the extra cards, clear of the fixture's own. */
const FIRST_EXTRA_CARD_ID = 4_100_000_000;

/** One result card with the wrappers, insight rows and hidden labels a real card nests in. */
function card(id: number, title: string): string {
  const wrappers = (inner: string, depth: number): string =>
    depth === 0 ? inner : `<div class="_w${depth}a _w${depth}b">${wrappers(inner, depth - 1)}</div>`;
  const insight = (text: string) =>
    `<li class="_i0a"><svg class="_s0" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 12.5A5.5 5.5 0 1 1 8 2.5a5.5 5.5 0 0 1 0 11z"></path></svg><span class="_t0">${text}</span><span class="_v0" hidden>${text}</span></li>`;
  const body = `<a class="_b1d3f5a7" data-job-card="${id}" href="/jobs/search-results/?currentJobId=${id}&amp;keywords=pmo"><div class="_c0e2a4b6"><p class="_d9f1b3c5">${title}</p><p class="_e8a0c2d4">Example Employer ${id % 997}</p><p class="_f7b9d1e3">Leeds, England, United Kingdom (Hybrid)</p><p class="_a6c8e0f2">£${40 + (id % 30)}K/yr - £${50 + (id % 30)}K/yr</p></div></a><ul class="_i0">${insight('Actively reviewing applicants')}${insight(`${id % 90} alumni work here`)}${insight('Promoted · Easy Apply')}</ul><footer class="_f0"><time datetime="2026-11-20">1 day ago</time><button class="_x0" aria-label="Dismiss ${title} job">×</button></footer>`;
  return `<li class="_a2c4e6f8" data-occludable-job-id="${id}">${wrappers(body, 6)}</li>`;
}

const CARD_TITLES = ['PMO Analyst', 'Project Manager', 'Programme Support Officer', 'Portfolio Manager'];

function paragraphs(lines: readonly string[]): string {
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line.startsWith('• ') ? `<ul><li>${escapeHtml(line.slice(2))}</li></ul>` : `<p>${escapeHtml(line)}</p>`,
    )
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Job changes on the real board re-render the detail pane; the fixture only toggles `hidden`.
 * This also re-inserts the shown pane, so the page mutates its tree the way the board does.
 */
const RERENDER_SCRIPT = `<script>
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-job-card]');
  if (!a) return;
  const pane = document.querySelector('[data-pane-for="' + a.getAttribute('data-job-card') + '"]');
  if (pane) pane.replaceWith(pane.cloneNode(true));
});
</script>`;

export interface LargePage {
  html: string;
  bytes: number;
  cards: number;
  descriptionWords: number;
}

/**
 * `longDescription` (plain lines, "• " for bullets) is appended to every pane's description; cards
 * are added until the page reaches `targetBytes`.
 */
export function largeLinkedInPage(targetBytes: number, longDescription: readonly string[]): LargePage {
  const base = readFileSync(SOURCE_FIXTURE, 'utf8');
  const extraText = paragraphs(longDescription);
  const withoutCards = base
    // Replacer functions: ad text holds "$" (US pay), which a replacement string would interpret.
    .replace(/<div class="_2b4d6f8a" data-testid="expandable-text-box">/g, (box) => `${box}\n${extraText}`)
    .replace('</body>', () => `${RERENDER_SCRIPT}\n</body>`);
  const extra: string[] = [];
  let bytes = Buffer.byteLength(withoutCards);
  while (bytes < targetBytes) {
    const next = `${card(FIRST_EXTRA_CARD_ID + extra.length, CARD_TITLES[extra.length % CARD_TITLES.length] as string)}\n`;
    extra.push(next);
    bytes += Buffer.byteLength(next);
  }
  const html = withoutCards.replace('</ul></div>', () => `${extra.join('')}</ul></div>`);
  return {
    html,
    bytes: Buffer.byteLength(html),
    cards: extra.length + PANE_JOB_IDS.length,
    descriptionWords: longDescription.join(' ').split(/\s+/).filter(Boolean).length,
  };
}
