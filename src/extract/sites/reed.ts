/** Reed (reed.co.uk/jobs/<slug>/<id>). No real save found: hooks unverified; its JSON-LD fills the gaps. */
import { boardAdapter, idIn } from './dom';

export const reed = boardAdapter({
  name: 'reed',
  exampleUrls: ['https://www.reed.co.uk/jobs/pmo-analyst/51234567'],
  matchPatterns: ['https://www.reed.co.uk/jobs/*'],
  matches: (url) => /(^|\.)reed\.co\.uk$/.test(url.hostname) && url.pathname.startsWith('/jobs/'),
  key: (_doc, url) => idIn(url.pathname, /\/(\d{6,})/),
  root: ['[data-qa="job-details"]', 'article', 'main'],
  title: ['[data-qa="job-title"]', 'h1'],
  company: ['[data-qa="job-posted-by"] a', '[itemprop="hiringOrganization"] [itemprop="name"]'],
  location: ['[data-qa="job-location"]', '[itemprop="addressLocality"]'],
  pay: ['[data-qa="salary"]', '.salary'],
  employment: ['[data-qa="job-type"]'],
  description: ['[data-qa="job-description"]', '[itemprop="description"]', '.description'],
});
