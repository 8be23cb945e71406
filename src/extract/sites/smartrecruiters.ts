/** SmartRecruiters job pages (no real save found: hooks unverified; the page also carries schema.org microdata). */
import { cleanField } from '../html-text';
import { boardAdapter, idIn, slugCompany } from './dom';

export const smartrecruiters = boardAdapter({
  name: 'smartrecruiters',
  exampleUrls: ['https://jobs.smartrecruiters.com/LumenMobility/744000012345678-pmo-manager'],
  matchPatterns: ['https://jobs.smartrecruiters.com/*'],
  matches: (url) => /(^|\.)smartrecruiters\.com$/.test(url.hostname) && url.hostname.startsWith('jobs.'),
  key: (_doc, url) => idIn(url.pathname, /\/(\d{6,})/),
  root: ['main.jobad-main', 'main'],
  title: ['h1.job-title', '[itemprop="title"]', 'h1'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]'],
  location: ['spl-job-location', '.job-detail-location', '[itemprop="jobLocation"]'],
  description: ['.job-sections', '[itemprop="description"]'],
  // The organisation's name sits in a microdata <meta content>, not in text.
  companyElse: (doc, url) =>
    cleanField(
      doc.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]')?.getAttribute('content'),
    ) ?? slugCompany(url),
});
