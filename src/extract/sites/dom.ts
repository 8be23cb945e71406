/** Small read-only DOM helpers shared by the board adapters. */
import { blockText, cleanField } from '../html-text';
import type { SiteAdapter, SiteReading } from '../types';

type Root = Document | Element;

/** The first element matching the selectors, tried in order (most specific first). */
export function first(root: Root, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Cleaned one-line text of the first matching element that has any. */
export function textAt(root: Root, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const text = cleanField(root.querySelector(selector)?.textContent);
    if (text) return text;
  }
  return null;
}

/** Block text of the first matching element that has any. */
export function blockAt(root: Root, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    const text = el ? blockText(el) : '';
    if (text) return text;
  }
  return null;
}

/** `<meta property|name="key" content>`. */
export function meta(doc: Document, key: string): string | null {
  return cleanField(
    doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content'),
  );
}

/** `<title>` split on " | " (boards put title, company and board name there). */
export function titleParts(doc: Document): string[] {
  const title = cleanField(doc.querySelector('title')?.textContent) ?? '';
  return title
    .split(/\s+[|–]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A digit run long enough to be a job id, from a URL path or parameter. */
export function idIn(text: string | null | undefined, pattern: RegExp): string | null {
  return text ? (pattern.exec(text)?.[1] ?? null) : null;
}

/** Pay text: only when it holds a digit (boards show "Permanent" alone in the same slot). */
export function payOnly(text: string | null): string | null {
  return text && /\d/.test(text) ? text : null;
}

/** A simple board: one root, selector lists per field. */
export interface BoardSpec {
  name: SiteAdapter['name'];
  exampleUrls: readonly string[];
  matchPatterns: readonly string[];
  matches(url: URL): boolean;
  key(doc: Document, url: URL): string | null;
  root?: readonly string[];
  title: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  description: readonly string[];
  /** Boards that split the ad into sections: every match of this selector, joined (tried first). */
  parts?: string;
  pay?: readonly string[];
  employment?: readonly string[];
  /** Company when no element holds it (the `<title>`, a logo's alt, the URL). */
  companyElse?(doc: Document, url: URL): string | null;
}

/** A company name guessed from a slug ("northwind-utilities" → "Northwind Utilities"). */
export function unslug(slug: string | null | undefined): string | null {
  return cleanField((slug ?? '').replace(/[-_]+/g, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
}

/** A company name from a URL's first path segment (ATS boards put the company slug there). */
export function slugCompany(url: URL): string | null {
  try {
    return unslug(decodeURIComponent(url.pathname.split('/')[1] ?? ''));
  } catch {
    return null;
  }
}

/** The adapter for a board described by a spec. */
export function boardAdapter(spec: BoardSpec): SiteAdapter {
  return {
    name: spec.name,
    exampleUrls: spec.exampleUrls,
    matchPatterns: spec.matchPatterns,
    matches: spec.matches,
    jobKey: spec.key,
    read(doc, url): SiteReading | null {
      const root = (spec.root && first(doc, spec.root)) || doc;
      const parts = spec.parts ? [...root.querySelectorAll(spec.parts)].map((el) => blockText(el)) : [];
      const description = parts.filter(Boolean).join('\n') || blockAt(root, spec.description);
      if (!description) return null;
      return {
        title: textAt(root, spec.title) ?? meta(doc, 'og:title') ?? titleParts(doc)[0] ?? null,
        company:
          textAt(root, spec.company ?? []) ?? spec.companyElse?.(doc, url) ?? meta(doc, 'og:site_name'),
        location: textAt(root, spec.location ?? []),
        description,
        payText: payOnly(textAt(root, spec.pay ?? [])),
        employmentType: textAt(root, spec.employment ?? []),
        jobKey: spec.key(doc, url),
      };
    },
  };
}
