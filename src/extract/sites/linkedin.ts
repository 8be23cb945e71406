/**
 * LinkedIn: the public guest page, the 2026 logged-in SDUI layout (no h1, no JSON-LD, hashed class
 * names) on /jobs/view/ and in the /jobs/search-results/ pane, the older Ember top card, and the
 * server's HTML before hydration (a saved page: the job only in hidden JSON). Hooks from
 * research/dom-notes.md.
 */
import { blockText, cleanField, plainLines } from '../html-text';
import { isObject, type JsonObject, parseLenient } from '../jsonld';
import type { SiteAdapter, SiteReading } from '../types';
import { blockAt, first, idIn, meta, payOnly, textAt, titleParts } from './dom';

const VIEW_ID = /\/jobs\/view\/(?:[^/?#]*?-)?(\d{6,})/;
const ABOUT_KEY = 'JobDetails_AboutTheJob_';

function jobKey(doc: Document, url: URL): string | null {
  return (
    url.searchParams.get('currentJobId') ??
    idIn(url.pathname, VIEW_ID) ??
    doc
      .querySelector(`[componentkey^="${ABOUT_KEY}"]`)
      ?.getAttribute('componentkey')
      ?.slice(ABOUT_KEY.length) ??
    idIn(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), VIEW_ID)
  );
}

// ── public guest page (jobs-guest-frontend) ──

/** The first top-card bullet that is not the applicant count ("Over 200 applicants"). */
function guestLocation(doc: Document): string | null {
  const row = doc.querySelector('.topcard__flavor-row') ?? doc;
  for (const bullet of row.querySelectorAll('.topcard__flavor--bullet')) {
    if (bullet.querySelector('.num-applicants__caption') || /applicant/i.test(bullet.textContent ?? ''))
      continue;
    const text = cleanField(bullet.textContent);
    if (text) return text;
  }
  return null;
}

function guestCriterion(doc: Document, label: RegExp): string | null {
  for (const item of doc.querySelectorAll('li.description__job-criteria-item')) {
    if (label.test(item.querySelector('h3')?.textContent ?? ''))
      return cleanField(item.querySelector('span')?.textContent);
  }
  return null;
}

function readGuest(doc: Document): SiteReading | null {
  const description = blockAt(doc, [
    '.show-more-less-html__markup',
    '.description__text--rich',
    '.description__text',
    'section.description',
  ]);
  if (!description) return null;
  // og:title reads "<Company> hiring <Title> in <Location> | LinkedIn" in English pages.
  const og = /^(.+?) hiring (.+?) in (.+?)(?: \| LinkedIn)?$/.exec(meta(doc, 'og:title') ?? '');
  return {
    title:
      textAt(doc, ['h1.top-card-layout__title', 'h1.topcard__title', '.top-card-layout__title', 'h1']) ??
      og?.[2],
    company:
      textAt(doc, ['a.topcard__org-name-link', '.topcard__org-name-link', '.topcard__flavor--black-link']) ??
      og?.[1],
    location: guestLocation(doc) ?? og?.[3],
    description: description.replace(/\n(Show|See) (more|less)$/i, ''),
    // No real guest page with pay was found (dom-notes): this selector is unverified.
    payText: payOnly(textAt(doc, ['.compensation__salary', '.salary'])),
    employmentType: guestCriterion(doc, /employment type/i),
  };
}

// ── 2026 logged-in SDUI layout ──

/** "Company, Acme Ltd." → "Acme Ltd"; "Company logo for, Acme Ltd." → "Acme Ltd". */
function sduiCompany(root: ParentNode): string | null {
  const labelled = root.querySelector('[aria-label^="Company, "]')?.getAttribute('aria-label');
  if (labelled) return cleanField(labelled.replace(/^Company, /, '').replace(/\.$/, ''));
  const logo = root.querySelector('img[alt^="Company logo for"]')?.getAttribute('alt');
  if (logo) return cleanField(logo.replace(/^Company logo for,? /, '').replace(/\.$/, ''));
  return textAt(root as Element, ['a[href*="/company/"]']);
}

/** "London, England, United Kingdom · 1 day ago · Over 100 people clicked apply" → the place. */
function sduiLocation(root: Element | Document, about: Element): string | null {
  for (const p of root.querySelectorAll('p')) {
    if (about.contains(p) || !(p.textContent ?? '').includes('·')) continue;
    return (
      cleanField(p.querySelector('span')?.textContent) ?? cleanField((p.textContent ?? '').split('·')[0])
    );
  }
  return null;
}

/** The title: the pane's link to this job, `<title>` "Title | Company | LinkedIn", or the first short <p>. */
function sduiTitle(
  doc: Document,
  root: Element | Document,
  key: string,
  company: string | null,
  about: Element,
) {
  const link = textAt(root, [`a[href*="/jobs/view/${key}"]`]);
  if (link) return link;
  const parts = titleParts(doc);
  if (parts.length >= 3 && parts[parts.length - 1] === 'LinkedIn') return parts[0] ?? null;
  for (const p of root.querySelectorAll('p')) {
    const text = cleanField(p.textContent);
    if (text && text !== company && !text.includes('·') && text.length < 150 && !about.contains(p))
      return text;
  }
  return null;
}

function readSdui(doc: Document, key: string | null): SiteReading | null {
  // With a known job id, only that job's description counts: another one is a stale pane.
  const about = doc.querySelector(
    key ? `[componentkey="${ABOUT_KEY}${key}"]` : `[componentkey^="${ABOUT_KEY}"]`,
  );
  if (!about) return null;
  const box = about.querySelector('[data-testid="expandable-text-box"]') ?? about;
  const description = blockText(box);
  if (!description) return null;
  const root = about.closest('[data-testid="lazy-column"], [data-view-name="job-detail-page"]') ?? doc;
  const company = sduiCompany(root);
  const id = key ?? about.getAttribute('componentkey')?.slice(ABOUT_KEY.length) ?? '';
  let payText: string | null = null;
  // Pills link to this job's id; similar-job cards link to theirs, with their own pay.
  for (const pill of root.querySelectorAll(`a[href*="currentJobId=${id}"]`)) {
    const text = cleanField(pill.textContent);
    if (text && /[£$€]\s?\d|\d\s?(USD|GBP|EUR)/.test(text)) payText = payText ?? text;
  }
  return {
    title: sduiTitle(doc, root, id, company, about),
    company,
    location: sduiLocation(root, about),
    description: description.replace(/\n?…?\s*(see )?more$/i, ''),
    payText,
    jobKey: id || null,
  };
}

// ── older Ember layout (no real rendered page found: unverified selectors) ──

function readClassic(doc: Document): SiteReading | null {
  const root = first(doc, ['.jobs-search__job-details--container', '.job-view-layout', 'main']) ?? doc;
  const description = blockAt(root, [
    '#job-details',
    '.jobs-description__content',
    '.jobs-box__html-content',
  ]);
  if (!description) return null;
  return {
    title: textAt(root, [
      '.job-details-jobs-unified-top-card__job-title',
      '.jobs-unified-top-card__job-title',
      'h1',
      'h2',
    ]),
    company: textAt(root, [
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name',
    ]),
    location: cleanField(
      textAt(root, [
        '.job-details-jobs-unified-top-card__primary-description-container',
        '.jobs-unified-top-card__bullet',
      ])?.split('·')[0],
    ),
    description,
  };
}

// ── server HTML before hydration: hidden <code id="bpr-guid-…"> JSON, "included" entities ──

type Entity = JsonObject;

const stringAt = (entity: Entity | undefined, field: string): string | null => {
  const value = entity?.[field];
  return typeof value === 'string' ? value : null;
};

function includedEntities(doc: Document): Entity[] {
  const entities: Entity[] = [];
  for (const code of doc.querySelectorAll('code[id^="bpr-guid-"]')) {
    const data = parseLenient(code.textContent ?? '');
    const included = isObject(data) ? data.included : null;
    if (Array.isArray(included)) entities.push(...included.filter(isObject));
  }
  return entities;
}

const descriptionOf = (entity: Entity): string | null =>
  isObject(entity.description) ? stringAt(entity.description, 'text') : null;

/** The job posting entity: the one whose URN ends with the job id when there is one, else the first. */
function postingEntity(entities: readonly Entity[], key: string | null): Entity | undefined {
  const postings = entities.filter((e) => stringAt(e, 'title') && descriptionOf(e));
  return postings.find((e) => key && stringAt(e, 'entityUrn')?.endsWith(`:${key}`)) ?? postings[0];
}

/** The company the posting points at by URN ("companyDetails" holds it), else the first named Company. */
function companyName(entities: readonly Entity[], posting: Entity): string | null {
  const details = JSON.stringify(posting.companyDetails ?? null);
  const companies = entities.filter(
    (e) => /Company$/.test(stringAt(e, '$type') ?? '') && stringAt(e, 'name'),
  );
  const linked = companies.find((e) => details.includes(`"${stringAt(e, 'entityUrn')}"`));
  return stringAt(linked ?? companies[0], 'name');
}

function readPrehydrated(doc: Document, key: string | null): SiteReading | null {
  const entities = includedEntities(doc);
  const posting = postingEntity(entities, key);
  const description = posting && descriptionOf(posting);
  if (!posting || !description) return null;
  // "navigationBarSubtitle" reads "<Company> · <Location>".
  const [subtitleCompany, subtitleLocation] = (stringAt(posting, 'navigationBarSubtitle') ?? '').split('·');
  const geo = entities.find((e) => stringAt(e, 'defaultLocalizedName'));
  return {
    title: cleanField(stringAt(posting, 'title')),
    company: cleanField(companyName(entities, posting) ?? subtitleCompany),
    location: cleanField(subtitleLocation ?? stringAt(geo, 'defaultLocalizedName')),
    description: plainLines(description),
    jobKey: idIn(stringAt(posting, 'entityUrn'), /:(\d{6,})$/) ?? key,
  };
}

export const linkedin: SiteAdapter = {
  name: 'linkedin',
  exampleUrls: [
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.linkedin.com/jobs/view/pmo-analyst-at-northwind-4012345678',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4012345678&keywords=pmo',
    'https://www.linkedin.com/jobs/search/?currentJobId=4012345678',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678',
  ],
  matchPatterns: ['https://www.linkedin.com/jobs/*'],
  matches: (url) => /(^|\.)linkedin\.com$/.test(url.hostname) && /^\/(comm\/)?jobs\//.test(url.pathname),
  jobKey,
  isPane: (url) => url.searchParams.has('currentJobId'),
  read(doc, url) {
    const key = jobKey(doc, url);
    const pane = url.searchParams.has('currentJobId');
    // Search panes are never the guest page: try the logged-in layouts first there.
    const reading = pane
      ? (readSdui(doc, key) ?? readClassic(doc) ?? readPrehydrated(doc, key))
      : (readGuest(doc) ?? readSdui(doc, key) ?? readClassic(doc) ?? readPrehydrated(doc, key));
    return reading ? { ...reading, jobKey: reading.jobKey ?? key, pane } : null;
  },
};
