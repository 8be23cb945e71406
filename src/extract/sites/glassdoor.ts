/** Glassdoor job-listing pages and the search pane (CSS-module classes: matched by prefix). research/dom-notes.md. */
import type { SiteAdapter } from '../types';
import { boardAdapter, idIn } from './dom';

const TITLE_ID = 'jd-job-title-';

function key(doc: Document, url: URL): string | null {
  return (
    url.searchParams.get('jl') ??
    idIn(url.pathname, /_IL\.\d+,\d+_IC\d+_KO\d+,\d+_KE\d+,\d+\.htm$/) ??
    doc.querySelector(`[id^="${TITLE_ID}"]`)?.getAttribute('id')?.slice(TITLE_ID.length) ??
    null
  );
}

const base = boardAdapter({
  name: 'glassdoor',
  exampleUrls: [
    'https://www.glassdoor.co.uk/job-listing/pmo-manager-harbour-bank-JV_IC2671300_KO0,11_KE12,24.htm?jl=1009512345678',
    'https://www.glassdoor.com/Job/london-pmo-jobs-SRCH_IL.0,6_IC2671300_KO7,10.htm?jl=1009512345678',
  ],
  matchPatterns: [
    'https://*.glassdoor.com/*',
    'https://*.glassdoor.co.uk/*',
    'https://*.glassdoor.ca/*',
    'https://*.glassdoor.com.au/*',
    'https://*.glassdoor.co.in/*',
    'https://*.glassdoor.ie/*',
    'https://*.glassdoor.de/*',
    'https://*.glassdoor.fr/*',
    'https://*.glassdoor.nl/*',
  ],
  matches: (url) => /(^|\.)glassdoor\.[a-z.]+$/.test(url.hostname),
  key,
  // Similar-job cards reuse data-test="job-title" and "detailSalary": read inside the details container only.
  root: ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]', 'main'],
  title: [`h1[id^="${TITLE_ID}"]`, '[class*="JobDetails_jobTitle"]', 'h1'],
  company: [
    '[class*="JobDetails_jobDetailsHeader"] [class*="EmployerProfile_employerNameHeading"] h4',
    '[class*="EmployerProfile_employerNameHeading"] h4',
    '[class*="EmployerProfile_employerName"]',
  ],
  location: ['[class*="JobDetails_locationAndPay"] [data-test="location"]', '[data-test="location"]'],
  // "£50K - £78K (Glassdoor Est.)" is Glassdoor's estimate; the pay stage sees the marker in the text.
  pay: ['[class*="JobDetails_locationAndPay"] [data-test="detailSalary"]', '[data-test="detailSalary"]'],
  description: [
    '[class*="JobDetails_jobDescription__"]',
    '[class*="JobDetails_jobDescription"]',
    '.jobDescriptionContent',
  ],
});

const isPane = (url: URL): boolean => /SRCH|\/Job\//.test(url.pathname);

export const glassdoor: SiteAdapter = {
  ...base,
  isPane,
  read(doc, url) {
    const wanted = url.searchParams.get('jl');
    const shown = doc.querySelector(`[id^="${TITLE_ID}"]`)?.getAttribute('id')?.slice(TITLE_ID.length);
    // The pane still shows the previous job until its title id changes.
    if (wanted && shown && wanted !== shown) return null;
    const reading = base.read(doc, url);
    return (
      reading && {
        ...reading,
        description: reading.description.replace(/\n(Show|See) (more|less)$/i, ''),
        pane: isPane(url),
      }
    );
  },
};
