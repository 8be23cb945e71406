/** Ashby job pages (jobs.ashbyhq.com). Only the board list was seen in real saves: these hooks are unverified. */
import { boardAdapter, idIn, slugCompany } from './dom';

export const ashby = boardAdapter({
  name: 'ashby',
  exampleUrls: ['https://jobs.ashbyhq.com/fernleaf/7b6c5d4e-3f2a-4b1c-9d8e-0f1a2b3c4d5e'],
  matchPatterns: ['https://jobs.ashbyhq.com/*'],
  matches: (url) => url.hostname === 'jobs.ashbyhq.com',
  key: (_doc, url) => idIn(url.pathname, /\/([0-9a-f]{8}-[0-9a-f-]{27})/),
  root: ['.ashby-job-posting-page', 'main'],
  title: ['.ashby-job-posting-heading', 'h1'],
  location: ['.ashby-job-posting-location', '[class*="_location"]'],
  description: ['.ashby-job-posting-description', '[class*="_descriptionText"]', '#overview'],
  companyElse: (_doc, url) => slugCompany(url),
});
