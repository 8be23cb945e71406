/** Welcome to the Jungle (no real save found: hooks unverified; its JSON-LD JobPosting is the main source). */
import { boardAdapter, idIn, unslug } from './dom';

export const welcometothejungle = boardAdapter({
  name: 'welcometothejungle',
  exampleUrls: ['https://www.welcometothejungle.com/en/companies/lumen-mobility/jobs/pmo-lead_lyon'],
  matchPatterns: ['https://www.welcometothejungle.com/*'],
  matches: (url) => /(^|\.)welcometothejungle\.com$/.test(url.hostname) && url.pathname.includes('/jobs/'),
  key: (_doc, url) => idIn(url.pathname, /\/jobs\/([^/?#]+)/),
  // No root: with `main` as the root, the description's last fallback (`main` itself) could never match.
  title: ['[data-testid="job-header-title"]', 'main h2', 'main h1'],
  location: [
    '[data-testid="job-metadata-block"] [name="location"] + span',
    '[data-testid="job-metadata-block"] span',
  ],
  parts: '[data-testid="job-section-description"], [data-testid="job-section-experience"]',
  description: ['[data-testid="job-section-description"]', 'main'],
  companyElse: (_doc, url) => unslug(idIn(url.pathname, /\/companies\/([^/]+)/)),
});
