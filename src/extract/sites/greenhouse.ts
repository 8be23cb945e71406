/** Greenhouse: the new job-boards host (also its /embed/ iframe) and the classic boards host. research/dom-notes.md. */
import { cleanField } from '../html-text';
import type { SiteAdapter } from '../types';
import { boardAdapter, idIn, slugCompany } from './dom';

const base = boardAdapter({
  name: 'greenhouse',
  exampleUrls: [
    'https://job-boards.greenhouse.io/northwindutilities/jobs/4471203008',
    'https://job-boards.eu.greenhouse.io/harbourbank/jobs/4501234101',
    'https://boards.greenhouse.io/fernleaf/jobs/6012345',
    'https://job-boards.greenhouse.io/embed/job_app?for=fernleaf&token=6012345',
  ],
  matchPatterns: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
  matches: (url) => /(^|\.)greenhouse\.io$/.test(url.hostname),
  key: (_doc, url) =>
    idIn(url.pathname, /\/jobs\/(\d+)/) ?? url.searchParams.get('token') ?? url.searchParams.get('gh_jid'),
  root: ['.job-post', '#app_body', 'main'],
  title: ['.job__title h1', 'h1.section-header', '.app-title', 'h1'],
  company: ['.company-name'],
  location: ['.job__location', '.location'],
  description: ['.job__description', '#content', '.job-post-content'],
  companyElse(doc, url) {
    const fromTitle = /^Job Application for .+ at (.+)$/.exec(doc.title)?.[1];
    const logo = doc
      .querySelector('img.logo')
      ?.getAttribute('alt')
      ?.replace(/ Logo$/i, '');
    return (
      cleanField(fromTitle ?? logo) ??
      (url.pathname.startsWith('/embed') ? url.searchParams.get('for') : slugCompany(url))
    );
  },
});

export const greenhouse: SiteAdapter = {
  ...base,
  read(doc, url) {
    const reading = base.read(doc, url);
    // The classic board writes "at Fernleaf" in .company-name.
    return reading && { ...reading, company: reading.company?.replace(/^at\s+/i, '') ?? null };
  },
};
