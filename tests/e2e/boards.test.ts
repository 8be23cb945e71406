/**
 * Every board fixture served at its real URL in Chromium: the board's content script reads it, and
 * the popup shows that job, read by that board's reader — the same reader the CLI picks for the URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { siteFor } from '../../src/extract/index';
import { type ExtensionBrowser, launchExtension } from './browser';
import { loadPageFixture } from './fixtures';

const PAGES = 'tests/fixtures/pages';

interface Expected {
  url: string;
  ok: boolean;
  source?: string;
  title?: string;
}

/** Fixtures of job pages on a board the extension reads by itself. */
function boardFixtures(): string[] {
  const names: string[] = [];
  for (const board of readdirSync(PAGES)) {
    for (const file of readdirSync(join(PAGES, board))) {
      if (!file.endsWith('.expected.json')) continue;
      const expected = JSON.parse(readFileSync(join(PAGES, board, file), 'utf8')) as Expected;
      if (expected.ok && siteFor(expected.url)) names.push(`${board}/${file.replace('.expected.json', '')}`);
    }
  }
  return names.sort();
}

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
    const expected = JSON.parse(readFileSync(join(PAGES, `${name}.expected.json`), 'utf8')) as Expected;
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
