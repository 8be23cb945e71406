/**
 * Workday (*.myworkdayjobs.com): the rendered job page's data-automation-id hooks (unverified: only
 * the list page was seen rendered). The raw server HTML is an empty shell whose JSON-LD the pipeline reads.
 */
import { boardAdapter, idIn } from './dom';

export const workday = boardAdapter({
  name: 'workday',
  exampleUrls: ['https://harbourbank.wd3.myworkdayjobs.com/en-US/Careers/job/Edinburgh/Head-of-PMO_R-20419'],
  matchPatterns: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  matches: (url) => /\.myworkday(jobs|site)\.com$/.test(url.hostname),
  key: (_doc, url) => idIn(url.pathname, /_([A-Za-z0-9-]+)\/?$/),
  root: ['[data-automation-id="jobPostingPage"]', 'main'],
  title: ['[data-automation-id="jobPostingHeader"]', '[data-automation-id="jobTitle"]', 'h2'],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  employment: ['[data-automation-id="time"] dd'],
  // The details container (title, facts and the ad text) is what third-party Workday scrapers read
  // when the description hook is missing; also unverified, but without it such a page reads as empty.
  description: ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="job-posting-details"]'],
});
