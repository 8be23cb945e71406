/** Lever job pages (jobs.lever.co). Only board lists were seen in real saves: job-page hooks are unverified. */
import { cleanField } from '../html-text';
import { boardAdapter, idIn, slugCompany } from './dom';

export const lever = boardAdapter({
  name: 'lever',
  exampleUrls: ['https://jobs.lever.co/fernleaf/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c'],
  matchPatterns: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  matches: (url) => /(^|\.)lever\.co$/.test(url.hostname) && url.hostname.startsWith('jobs.'),
  key: (_doc, url) => idIn(url.pathname, /\/([0-9a-f]{8}-[0-9a-f-]{27})/),
  root: ['.posting-page', '.content-wrapper', 'body'],
  title: ['.posting-headline h2', '.posting-header h2', 'h2'],
  location: ['.posting-categories .location', '.location'],
  employment: ['.posting-categories .commitment', '.commitment'],
  parts: '.section-wrapper.page-full-width:not(.accent-section) .section',
  description: ['[data-qa="job-description"]', '.content'],
  companyElse: (doc, url) =>
    cleanField(
      doc
        .querySelector('.main-header-logo img')
        ?.getAttribute('alt')
        ?.replace(/ logo$/i, ''),
    ) ?? slugCompany(url),
});
