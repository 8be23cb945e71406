/** StepStone group boards (stepstone.*, totaljobs.com, cwjobs.co.uk …). Only SERPs were seen: job-page hooks unverified. */
import { boardAdapter, idIn } from './dom';

export const stepstone = boardAdapter({
  name: 'stepstone',
  exampleUrls: [
    'https://www.totaljobs.com/job/pmo-analyst/northwind-utilities-job104512345',
    'https://www.stepstone.de/stellenangebote--PMO-Manager-Hamburg-Lumen-Mobility--12345678-inline.html',
  ],
  matchPatterns: [
    'https://www.totaljobs.com/job/*',
    'https://www.cwjobs.co.uk/job/*',
    'https://www.stepstone.de/*',
    'https://www.stepstone.at/*',
    'https://www.stepstone.be/*',
    'https://www.stepstone.nl/*',
  ],
  matches: (url) =>
    /(^|\.)(stepstone\.[a-z.]+|totaljobs\.com|cwjobs\.co\.uk|caterer\.com)$/.test(url.hostname),
  key: (_doc, url) => idIn(url.pathname, /-job(\d+)/) ?? idIn(url.pathname, /--(\d{6,})-inline/),
  root: ['[data-at="job-ad-page"]', 'main'],
  title: ['[data-at="header-job-title"]', '.listing-content h1', 'h1'],
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
  location: ['[data-at="metadata-location"]'],
  pay: ['[data-at="metadata-salary"]'],
  employment: ['[data-at="metadata-contract-type"]', '[data-at="metadata-work-type"]'],
  parts: '[data-at="job-ad-content"] [data-at^="section-text"]',
  description: ['[data-at="job-ad-content"]', '.listing-content', '[class*="job-ad-display"]'],
});
