/** Workable job pages (apply.workable.com). No real save found: the data-ui hooks are unverified. */
import { boardAdapter, idIn, slugCompany } from './dom';

export const workable = boardAdapter({
  name: 'workable',
  exampleUrls: ['https://apply.workable.com/ridgeway-rail/j/4A1B2C3D4E/'],
  matchPatterns: ['https://apply.workable.com/*'],
  matches: (url) => url.hostname === 'apply.workable.com' || /\.workable\.com$/.test(url.hostname),
  key: (_doc, url) => idIn(url.pathname, /\/j\/([A-Z0-9]+)/i),
  title: ['[data-ui="job-title"]', 'main h1', 'h1'],
  location: ['[data-ui="job-location"]'],
  employment: ['[data-ui="job-type"]'],
  parts: '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]',
  // No root: `main` must stay reachable as the last description fallback.
  description: ['section[data-ui="job-breakdown"]', 'main'],
  companyElse: (_doc, url) => slugCompany(url),
});
