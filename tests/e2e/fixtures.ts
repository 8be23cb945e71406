/** Fixture job pages (written for this project) with the URL to serve each at and what it is. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Verdict } from '../../src/schema';

const PAGES = 'tests/fixtures/pages';

export interface PageFixture {
  url: string;
  html: string;
  /** The verdict the ad's author intended ("lean" in the expected file), or null for a page with no ad. */
  expectedVerdict: Verdict;
}

export function loadPageFixture(name: string): PageFixture {
  const expected = JSON.parse(readFileSync(join(PAGES, `${name}.expected.json`), 'utf8')) as {
    url: string;
    html?: string;
    lean?: Verdict;
  };
  const htmlFile = expected.html ? join(PAGES, dirname(name), expected.html) : join(PAGES, `${name}.html`);
  return {
    url: expected.url,
    html: readFileSync(htmlFile, 'utf8'),
    expectedVerdict: expected.lean ?? 'neither',
  };
}
