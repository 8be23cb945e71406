/**
 * The extract stage: Document + URL → Posting. Board adapter first (it reads what the user sees),
 * structured data (JSON-LD, microdata) for what the adapter lacks, then a generic main-content
 * finder that refuses pages which are not job ads. Never throws.
 */
import type { Extraction, Posting, PostingSource } from '../schema';
import { cleanField } from './html-text';
import { readJsonLd } from './jsonld';
import { readMicrodata } from './microdata';
import type { SiteAdapter, SiteReading, StructuredPosting } from './types';

/**
 * Longest description kept. Long public-sector ads with legal boilerplate run to about 20,000
 * characters; three times that still holds any single ad, while a page beyond it is a dump, and
 * analysis time grows with length (the warm budget is 25 ms for the whole analysis).
 */
export const MAX_DESCRIPTION_CHARS = 60_000;

/** A board adapter's description shorter than this share of the JSON-LD one was cut (a clamp). */
const SITE_DESCRIPTION_MIN_SHARE = 0.6;

const MESSAGES = {
  no_posting: 'No job description found on this page.',
  not_job_ad: 'This does not look like a job ad, so there is nothing to analyse.',
  empty: 'There is no text to analyse.',
} as const;

type Refusal = keyof typeof MESSAGES;

export function refuse(reason: Refusal, jobKey: string | null = null): Extraction {
  return { ok: false, reason, message: MESSAGES[reason], jobKey };
}

/** The URL to key on: the one given, else the page's canonical or og:url (saved pages, the CLI). */
function pageUrl(doc: Document, url: string | null): URL | null {
  // Looked up one by one: on a large board page each query of the whole DOM costs milliseconds.
  const candidates = [
    () => url,
    () => doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    () => doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const parsed = webUrl(candidate());
    if (parsed) return parsed;
  }
  return null;
}

function webUrl(candidate: string | null | undefined): URL | null {
  if (!candidate) return null;
  try {
    const parsed = new URL(candidate);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

function siteIn(sites: readonly SiteAdapter[], url: URL): SiteAdapter | null {
  return sites.find((site) => site.matches(url)) ?? null;
}

/** The board's id for the job now shown; cheap enough to run on every DOM or URL change. */
function jobKeyWith(sites: readonly SiteAdapter[], doc: Document, url: string): string | null {
  try {
    const parsed = new URL(url);
    return siteIn(sites, parsed)?.jobKey(doc, parsed) ?? null;
  } catch {
    return null;
  }
}

function normaliseTitle(title: string | null | undefined): string {
  return (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether structured data describes the job the board shows (a search page's JSON-LD may not). */
function sameJob(structured: StructuredPosting, site: SiteReading, key: string | null): boolean {
  if (key && structured.ids.some((id) => id.includes(key))) return true;
  const title = normaliseTitle(structured.title);
  return title !== '' && title === normaliseTitle(site.title);
}

type Tagged = StructuredPosting & { from: 'jsonld' | 'microdata' };

function structuredPostings(doc: Document): Tagged[] {
  const found: Tagged[] = readJsonLd(doc).map((p) => ({ ...p, from: 'jsonld' as const }));
  const micro = readMicrodata(doc);
  if (micro) found.push({ ...micro, from: 'microdata' });
  return found;
}

/** The structured posting to merge, if any describes the job shown. */
function pickStructured(
  all: Tagged[],
  site: SiteReading | null,
  key: string | null,
  pane: boolean,
): Tagged | null {
  if (site) {
    const same = all.find((s) => sameJob(s, site, key));
    if (same) return same;
    return !site.pane && all.length === 1 ? (all[0] ?? null) : null;
  }
  // No board reading: trust the structured data unless it names another job than the URL's, or it
  // sits on a search page whose pane is still loading (there it must name the job to count).
  const usable = all.filter((s) =>
    !key || s.ids.some((id) => id.includes(key)) ? true : s.ids.length === 0 && !pane,
  );
  return usable.find((s) => s.description) ?? usable[0] ?? null;
}

function safeRead(adapter: SiteAdapter | null, doc: Document, url: URL | null): SiteReading | null {
  if (!adapter || !url) return null;
  try {
    return adapter.read(doc, url);
  } catch {
    return null;
  }
}

/** A structured description shorter than this (a few sentences) may be a teaser of the page's ad. */
const SHORT_STRUCTURED_DESCRIPTION = 500;

/** "…see more", "Show more" left at the end by a clamp. */
const CLAMP_TAIL = /\n?(…|\.\.\.)?\s*(see|show|read) more\s*$/i;

/** Builds the posting: cleans fields, caps the description, lists what was found. */
export function finish(fields: Omit<Posting, 'descriptionChars' | 'fieldsFound'>): Extraction {
  let description = fields.description.trim();
  let truncated = fields.truncated;
  if (CLAMP_TAIL.test(description)) {
    description = description.replace(CLAMP_TAIL, '');
    truncated = true;
  }
  if (description.length > MAX_DESCRIPTION_CHARS) {
    description = description.slice(0, MAX_DESCRIPTION_CHARS);
    truncated = true;
  }
  const posting: Posting = {
    ...fields,
    title: cleanField(fields.title),
    company: cleanField(fields.company),
    location: cleanField(fields.location),
    description,
    descriptionChars: description.length,
    truncated,
    fieldsFound: [],
  };
  const named: Array<[string, unknown]> = [
    ['title', posting.title],
    ['company', posting.company],
    ['location', posting.location],
    ['description', posting.description],
    ['stated pay', posting.payText ?? posting.structuredPay],
    ['employment type', posting.employmentType],
    ['date posted', posting.datePosted],
  ];
  posting.fieldsFound = named.filter(([, value]) => value).map(([name]) => name);
  return { ok: true, posting };
}

function extract(
  sites: readonly SiteAdapter[],
  fallback: PageFallback | null,
  doc: Document,
  rawUrl: string | null,
): Extraction {
  const url = pageUrl(doc, rawUrl);
  const adapter = url ? siteIn(sites, url) : null;
  const key = adapter && url ? adapter.jobKey(doc, url) : null;
  const site = safeRead(adapter, doc, url);
  const pane = !!(url && adapter?.isPane?.(url));
  // A search pane swaps jobs in place while the page's structured data stays that of the job it
  // loaded with; once the pane has been read there is nothing in it worth a search of the whole page.
  const structured =
    pane && site?.description ? null : pickStructured(structuredPostings(doc), site, key, pane);
  const siteText = site?.description ?? '';
  const structuredText = structured?.description ?? '';
  const useSite = siteText !== '' && siteText.length >= structuredText.length * SITE_DESCRIPTION_MIN_SHARE;
  let description = useSite ? siteText : structuredText;
  let source: PostingSource = useSite && adapter ? adapter.name : (structured?.from ?? 'generic');
  let generic: SiteReading | null = null;
  // Some career sites put only a teaser in JSON-LD: prefer the page's own longer ad text.
  if (!site && description.length < SHORT_STRUCTURED_DESCRIPTION) {
    const page = description === '' || !fallback ? null : fallback.read(doc);
    if (page && page.description.length > description.length && fallback?.isJobAd(page.description)) {
      generic = page;
      description = page.description;
      source = 'generic';
    }
  }
  if (description === '') {
    // A board page whose job is not rendered yet (a pane still loading): never read the rest of the page.
    if (adapter && key) return refuse('no_posting', key);
    generic = fallback?.read(doc) ?? null;
    description = generic?.description ?? '';
    source = 'generic';
    if (description === '') return refuse('no_posting', key);
    if (!structured && !fallback?.isJobAd(description)) return refuse('not_job_ad', key);
  }
  return finish({
    title: site?.title ?? structured?.title ?? generic?.title ?? null,
    company: site?.company ?? structured?.company ?? generic?.company ?? null,
    location: site?.location ?? structured?.location ?? null,
    url: url?.href ?? rawUrl,
    jobKey: site?.jobKey ?? key ?? structured?.jobKey ?? null,
    source,
    description,
    truncated: site?.truncated ?? false,
    payText: site?.payText ?? null,
    structuredPay: structured?.structuredPay ?? null,
    employmentType: site?.employmentType ?? structured?.employmentType ?? null,
    datePosted: structured?.datePosted ?? site?.datePosted ?? null,
  });
}

/**
 * How to read a page no board adapter or structured data covers, and to tell a job ad from other
 * text. Given to the full extractor only: board content scripts leave it out to stay small, and
 * say "no job description found" when their board's reader finds nothing.
 */
export interface PageFallback {
  read(doc: Document): SiteReading | null;
  isJobAd(text: string): boolean;
}

export interface Extractor {
  /** Reads the job ad on a page, or says why there is none. Never throws. */
  extractPosting(doc: Document, url: string | null): Extraction;
  /** The board's id for the job now shown; cheap enough to run on every DOM or URL change. */
  currentJobKey(doc: Document, url: string): string | null;
}

/**
 * The pipeline over a given set of board adapters. Each board's content script builds one with
 * only its own adapter, so it ships none of the others' code.
 */
export function createExtractor(
  sites: readonly SiteAdapter[],
  fallback: PageFallback | null = null,
): Extractor {
  return {
    extractPosting(doc, url) {
      try {
        return extract(sites, fallback, doc, url);
      } catch {
        return refuse('no_posting');
      }
    },
    currentJobKey: (doc, url) => jobKeyWith(sites, doc, url),
  };
}
