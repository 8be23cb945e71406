import { classify } from '../../../src/analyze/index';
import type { Classification, Evidence, Posting } from '../../../src/schema';

/** A posting as the text path builds it: the body as description, the title if given. */
export function posting(description: string, title: string | null = null): Posting {
  return {
    title,
    company: null,
    location: null,
    url: null,
    jobKey: null,
    source: 'text',
    description,
    descriptionChars: description.length,
    truncated: false,
    payText: null,
    structuredPay: null,
    employmentType: null,
    datePosted: null,
    fieldsFound: ['description'],
  };
}

export function run(description: string, title: string | null = null): Classification {
  return classify(posting(description, title));
}

/** The evidence whose matched phrase is `match` (case-insensitive), checking its offsets on the way. */
export function evidenceFor(result: Classification, match: string): Evidence {
  const found = result.evidence.find((e) => e.match.toLowerCase() === match.toLowerCase());
  if (found === undefined) {
    const seen = result.evidence.map((e) => `${e.side}:${e.match}`).join(', ');
    throw new Error(`no evidence matching "${match}" (have: ${seen})`);
  }
  if (found.text.slice(found.start, found.end) !== found.match) throw new Error(`bad offsets for "${match}"`);
  return found;
}
