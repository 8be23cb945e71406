/**
 * Generators of hostile and broken input for the property tests: random markup, junk bytes,
 * malformed structured data, and text that is certainly not a job ad.
 */
import fc from 'fast-check';

const TAGS = [
  'div',
  'p',
  'span',
  'section',
  'main',
  'article',
  'h1',
  'h2',
  'ul',
  'li',
  'a',
  'img',
  'svg',
  'script',
  'style',
  'template',
  'iframe',
  'table',
  'td',
  'br',
  'noscript',
  'textarea',
] as const;

const ATTRIBUTES = [
  'class="jobs-description__content"',
  'class="show-more-less-html__markup"',
  'id="jobDescriptionText"',
  'data-testid="jobsearch-JobInfoHeader-title"',
  'onerror="alert(1)"',
  'src="x"',
  'href="javascript:alert(1)"',
  'style="display:none"',
  'hidden',
  'itemtype="https://schema.org/JobPosting"',
  'itemprop="description"',
  'dir="rtl"',
] as const;

const AWKWARD_CHARACTERS = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  '&amp;',
  '&lt;script&gt;',
  '\u202e',
  '\u200b',
  '\u0000',
  '\n',
  ' ',
);

/** Characters that break naïve parsers (entities, brackets, controls, RTL and zero-width marks) and no words. */
export const awkwardNoise = fc.string({
  unit: fc.oneof(AWKWARD_CHARACTERS, fc.string({ unit: 'grapheme', maxLength: 4 })),
  maxLength: 40,
});

/** The same with job-ad words mixed in, to reach the paths that read titles, duties and pay. */
export const awkwardText = fc.string({
  unit: fc.oneof(
    AWKWARD_CHARACTERS,
    fc.constantFrom('project', 'manager', 'PMO', 'salary', '£45,000', 'apply', 'duties'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  ),
  maxLength: 40,
});

/** Well-nested random markup from the tags and attributes above, with awkward text between. */
export const randomHtml: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    awkwardText,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.subarray([...ATTRIBUTES], { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, attributes, children]) => {
        const open = [tag, ...attributes].join(' ');
        return `<${open}>${children.join('')}</${tag}>`;
      }),
  ),
})).node;

/** Markup as a careless or hostile author writes it: unclosed, misnested, truncated mid-tag. */
export const brokenHtml = fc
  .array(
    fc.oneof(
      awkwardText,
      fc.constantFrom(
        '<div',
        '</p>',
        '<li>',
        '</ul></ul>',
        '<!--',
        '-->',
        '<![CDATA[',
        '<script>',
        '</script>',
        '<h1 class="top-card-layout__title">',
        '<script type="application/ld+json">',
        '<a href="',
        '<?xml ?>',
        '<!doctype',
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Arbitrary bytes read as Latin-1: what a binary file opened as a page looks like. */
export const binaryJunk = fc
  .uint8Array({ maxLength: 2000 })
  .map((bytes) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));

/** JSON-LD blocks a board might ship broken: wrong types, wrong nesting, bad JSON, cycles by @id. */
export const malformedJsonLd = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 200 }),
  fc
    .record(
      {
        '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', 42, null),
        '@type': fc.constantFrom('JobPosting', ['JobPosting', 'Thing'], 'jobposting', 7, null),
        '@id': fc.constantFrom('#job', '#job', 'x'),
        title: fc.oneof(fc.string({ maxLength: 60 }), fc.integer(), fc.constant(null), fc.array(fc.string())),
        description: fc.oneof(
          awkwardText,
          fc.constant('&lt;p&gt;Encoded &amp;lt;b&amp;gt;twice&amp;lt;/b&amp;gt;&lt;/p&gt;'),
          fc.constant({ '@id': '#job' }),
          fc.integer(),
        ),
        hiringOrganization: fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.record({ name: fc.oneof(fc.string({ maxLength: 40 }), fc.integer()) }),
          fc.constant({ '@id': '#job' }),
        ),
        baseSalary: fc.oneof(
          fc.constant(null),
          fc.string({ maxLength: 30 }),
          fc.record({
            currency: fc.constantFrom('GBP', 'usd', '£', '', 3),
            value: fc.oneof(
              fc.double(),
              fc.string({ maxLength: 12 }),
              fc.record({
                minValue: fc.oneof(fc.double(), fc.string({ maxLength: 12 }), fc.constant(-5)),
                maxValue: fc.oneof(fc.double(), fc.string({ maxLength: 12 }), fc.constant(1e308)),
                unitText: fc.constantFrom('YEAR', 'HOUR', 'fortnight', '', 9),
              }),
            ),
          }),
        ),
        jobLocation: fc.oneof(fc.json({ maxDepth: 2 }), fc.constant({ address: { addressLocality: 12 } })),
        datePosted: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()),
        '@graph': fc.oneof(fc.constant(undefined), fc.json({ maxDepth: 2 })),
      },
      { requiredKeys: ['@type'] },
    )
    .map((value) => JSON.stringify(value)),
  fc.constant('{"@type":"JobPosting","title":"PMO Analyst","description":"unterminated'),
);

/** A page that carries the given JSON-LD blocks and a little body text. */
export function pageWithJsonLd(blocks: string[], body: string): string {
  const scripts = blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('');
  return `<!doctype html><html><head>${scripts}</head><body>${body}</body></html>`;
}

const LOREM = [
  'lorem',
  'ipsum',
  'dolor',
  'sit',
  'amet',
  'consectetur',
  'adipiscing',
  'elit',
  'sed',
  'do',
  'eiusmod',
  'tempor',
  'incididunt',
  'ut',
  'labore',
  'et',
  'dolore',
  'magna',
  'aliqua',
  'enim',
  'ad',
  'minim',
  'veniam',
  'quis',
  'nostrud',
  'exercitation',
  'ullamco',
  'laboris',
  'nisi',
  'aliquip',
  'ex',
  'ea',
  'commodo',
  'consequat',
] as const;

/**
 * Text that is certainly not a job ad, defined conservatively: lorem ipsum, or words of random
 * letters with no "p" (so no "PM", "PMO", "project", "portfolio", "programme" can form by chance).
 */
export const notAnAd = fc.oneof(
  fc.array(fc.constantFrom(...LOREM), { minLength: 1, maxLength: 400 }).map((words) => words.join(' ')),
  fc.array(fc.stringMatching(/^[a-oq-z]{1,12}$/), { minLength: 1, maxLength: 400 }).chain((words) =>
    fc
      .array(fc.constantFrom(' ', ' ', ' ', '. ', ', ', '\n', '\n\n'), {
        minLength: words.length,
        maxLength: words.length,
      })
      .map((gaps) => words.map((word, i) => `${word}${gaps[i]}`).join('')),
  ),
);
