/**
 * Every board fixture served at its real URL in Chromium: the board's content script reads it, and
 * the popup shows that job, read by that board's reader — the same reader the CLI picks for the URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { siteFor } from '../../src/extract/index';
import { ExtractionSchema } from '../../src/schema';
import { EXTENSION_DIR, type ExtensionBrowser, launchExtension } from './browser';
import { loadPageFixture } from './fixtures';

const PAGES = 'tests/fixtures/pages';

interface Expected {
  url: string;
  ok: boolean;
  source?: string;
  title?: string;
  reason?: string;
}

function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(PAGES, `${name}.expected.json`), 'utf8')) as Expected;
}

function fixtures(keep: (expected: Expected) => boolean): string[] {
  const names: string[] = [];
  for (const board of readdirSync(PAGES)) {
    for (const file of readdirSync(join(PAGES, board))) {
      if (!file.endsWith('.expected.json')) continue;
      const name = `${board}/${file.replace('.expected.json', '')}`;
      if (keep(expectedOf(name))) names.push(name);
    }
  }
  return names.sort();
}

/** Job pages on a board the extension reads by itself. */
const boardFixtures = () => fixtures((e) => e.ok && siteFor(e.url) !== null);
/** Pages no content script covers: read on the user's click by the injected page reader. */
const otherPageFixtures = () => fixtures((e) => siteFor(e.url) === null);

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('each board, at its real URL', () => {
  it.each(boardFixtures())('%s', async (name) => {
    const fixture = loadPageFixture(name);
    const expected = expectedOf(name);
    await browser.serve(fixture.url, fixture.html);
    const { page, tabId } = await browser.openTab(fixture.url);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('verdict').waitFor({ timeout: 15_000 });
    const shownSource = await popup.getByTestId('source').getAttribute('data-source');
    expect(shownSource).toBe(expected.source);
    if (expected.title) expect(await popup.getByTestId('job-title').textContent()).toContain(expected.title);

    const cli = await analyze({ html: fixture.html, url: fixture.url });
    expect(cli.ok && cli.posting.source).toBe(shownSource);
    expect(cli.ok && cli.verdict).toBe(await popup.getByTestId('verdict').getAttribute('data-verdict'));
    await popup.close();
    await page.close();
  });
});

describe('the page reader injected on other pages', () => {
  // activeTab is granted by a click on the toolbar icon, which a test cannot make; so run the built
  // page-reader.js in the page as scripting.executeScript does, and check what it hands back.
  it.each(otherPageFixtures())('%s', async (name) => {
    const fixture = loadPageFixture(name);
    const expected = expectedOf(name);
    await browser.serve(fixture.url, fixture.html);
    const { page } = await browser.openTab(fixture.url);
    const reader = readFileSync(join(EXTENSION_DIR, 'page-reader.js'), 'utf8');
    const extraction = ExtractionSchema.parse(await page.evaluate(reader));
    if (expected.ok) {
      expect(extraction).toMatchObject({ ok: true, posting: { source: expected.source } });
      if (expected.title) expect(extraction.ok && extraction.posting.title).toBe(expected.title);
    } else {
      expect(extraction).toMatchObject({ ok: false, reason: expected.reason });
    }
    await page.close();
  });
});
