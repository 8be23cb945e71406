/**
 * schema.org JobPosting as microdata (`itemtype` + `itemprop`), as SuccessFactors career sites
 * publish it (research/dom-notes.md, generic career pages).
 */
import { blockText, cleanField, htmlToText } from './html-text';
import { statedPayOf } from './jsonld';
import type { StructuredPosting } from './types';

/** The value of one property: `content` (meta), `datetime` (time), else the element's text. */
function propValue(scope: Element, name: string): string | null {
  const el = scope.querySelector(`[itemprop="${name}"]`);
  if (!el) return null;
  return el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent;
}

/** A nested item's name (`hiringOrganization` → its `name`), or the property's own text. */
function itemName(scope: Element, name: string): string | null {
  const el = scope.querySelector(`[itemprop="${name}"]`);
  if (!el) return null;
  const inner = el.querySelector('[itemprop="name"]');
  return cleanField(inner ? (inner.getAttribute('content') ?? inner.textContent) : propValue(scope, name));
}

function locationOf(root: Element): string | null {
  const parts = ['addressLocality', 'addressRegion', 'addressCountry']
    .map((prop) => cleanField(propValue(root, prop)))
    .filter((p): p is string => p !== null);
  return parts.length > 0 ? [...new Set(parts)].join(', ') : itemName(root, 'jobLocation');
}

function payOf(root: Element): StructuredPosting['structuredPay'] {
  const salary = root.querySelector('[itemprop="baseSalary"]');
  if (!salary) return null;
  return statedPayOf({
    '@type': 'MonetaryAmount',
    currency: propValue(salary, 'currency'),
    value: {
      value: propValue(salary, 'value'),
      minValue: propValue(salary, 'minValue'),
      maxValue: propValue(salary, 'maxValue'),
      unitText: propValue(salary, 'unitText'),
    },
  });
}

/** The first microdata JobPosting on the page, or null. */
export function readMicrodata(doc: Document): StructuredPosting | null {
  const root = doc.querySelector('[itemtype*="schema.org/JobPosting"]');
  if (!root) return null;
  const descriptionEl = root.querySelector('[itemprop="description"]');
  const descriptionMeta = descriptionEl?.getAttribute('content');
  const description = descriptionEl
    ? descriptionMeta
      ? htmlToText(descriptionMeta, doc)
      : blockText(descriptionEl)
    : '';
  const identifier = cleanField(propValue(root, 'identifier'), 120);
  return {
    title: cleanField(propValue(root, 'title')),
    company: itemName(root, 'hiringOrganization'),
    location: locationOf(root),
    description,
    employmentType: cleanField(propValue(root, 'employmentType')),
    datePosted: cleanField(propValue(root, 'datePosted'), 40),
    structuredPay: payOf(root),
    jobKey: identifier,
    ids: identifier ? [identifier] : [],
  };
}
