/** Indeed: /viewjob pages and the search page's right pane (`vjk`). Hooks from research/dom-notes.md. */
import { cleanField } from '../html-text';
import type { SiteAdapter } from '../types';
import { blockAt, first, payOnly, textAt } from './dom';

const APPLY_JK = 'data-indeed-apply-jk';

function jobKey(doc: Document, url: URL): string | null {
  return (
    url.searchParams.get('vjk') ??
    url.searchParams.get('jk') ??
    cleanField(doc.querySelector(`[${APPLY_JK}]`)?.getAttribute(APPLY_JK))
  );
}

/** "$130,000 - $160,000 a year - Full-time" → pay "$130,000 - $160,000 a year", type "Full-time". */
export function splitPayAndType(text: string | null): { pay: string | null; type: string | null } {
  if (!text) return { pay: null, type: null };
  const parts = text.split(/\s+-\s+/);
  const typeParts: string[] = [];
  while (parts.length > 0 && !/\d/.test(parts[parts.length - 1] as string))
    typeParts.unshift(parts.pop() as string);
  return { pay: payOnly(parts.join(' - ')), type: cleanField(typeParts.join(', ')) };
}

/** The pane keeps pay only in "Job details": the group labelled "Pay", or the list after a "Pay" heading. */
function detailsPay(root: Document | Element): string | null {
  const labelled = textAt(root, [
    '#jobDetailsSection [aria-label="Pay"] li',
    '#jobDetailsSection [aria-label="Pay"]',
  ]);
  if (labelled) return payOnly(labelled.replace(/^Pay\s*/i, ''));
  for (const heading of root.querySelectorAll('#jobDetailsSection h3')) {
    if (!/^\s*pay\s*$/i.test(heading.textContent ?? '')) continue;
    return payOnly(cleanField(heading.nextElementSibling?.textContent));
  }
  return null;
}

const isPane = (url: URL): boolean => !url.pathname.startsWith('/viewjob') || url.searchParams.has('vjk');

export const indeed: SiteAdapter = {
  name: 'indeed',
  exampleUrls: [
    'https://www.indeed.com/viewjob?jk=4f2a9c1b7d3e5a60',
    'https://uk.indeed.com/viewjob?jk=8c1d2e3f4a5b6c7d',
    'https://uk.indeed.com/jobs?q=pmo+analyst&l=London&vjk=8c1d2e3f4a5b6c7d',
  ],
  matchPatterns: ['https://*.indeed.com/*'],
  matches: (url) => /(^|\.)indeed\.[a-z.]+$/.test(url.hostname),
  jobKey,
  isPane,
  read(doc, url) {
    const root =
      first(doc, [
        '#jobsearch-ViewjobPaneWrapper',
        '.jobsearch-RightPane',
        '.jobsearch-JobComponent',
        'main',
      ]) ?? doc;
    // In the search pane, a different job's apply key means the pane still shows the last job.
    const key = jobKey(doc, url);
    const paneKey = root.querySelector(`[${APPLY_JK}]`)?.getAttribute(APPLY_JK);
    if (key && paneKey && paneKey !== key) return null;
    const description = blockAt(root, [
      '#jobDescriptionText',
      '.jobsearch-jobDescriptionText',
      '[data-testid="jobsearch-JobComponent-description"]',
      '.jobsearch-JobComponent-description',
    ]);
    if (!description) return null;
    const salary = splitPayAndType(textAt(root, ['#salaryInfoAndJobType']));
    const title = textAt(root, [
      '[data-testid="jobsearch-JobInfoHeader-title"]',
      '[data-testid="simpler-jobTitle"]',
      '.jobsearch-JobInfoHeader-title',
      'h1',
      'h2',
    ]);
    return {
      // The pane's title carries a visually hidden " - job post" for screen readers.
      title: title?.replace(/\s*-\s*job post$/i, '') ?? null,
      company: textAt(root, [
        '[data-testid="inlineHeader-companyName"]',
        '[data-company-name="true"]',
        '.jobsearch-JobInfoHeader-companyNameSimple',
        'a[href*="/cmp/"]',
      ]),
      location: textAt(root, [
        '[data-testid="inlineHeader-companyLocation"]',
        '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
        '[data-testid="job-location"]',
      ]),
      description,
      payText: salary.pay ?? detailsPay(root),
      employmentType: salary.type ?? textAt(root, ['#jobDetailsSection [aria-label="Job type"] li']),
      jobKey: key,
      pane: isPane(url),
    };
  },
};
