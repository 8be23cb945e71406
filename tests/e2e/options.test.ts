/**
 * The options page in real Chromium with the built extension: settings persist, a history seeded
 * into extension storage is listed, searched, compared, exported and cleared, hostile text from
 * ads stays inert text, and axe finds no serious problem in light or dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type ExtensionBrowser, launchExtension } from './browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await browser.worker.evaluate(() => chrome.storage.local.clear());
});

const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
const HOSTILE_COMPANY = '<script>alert(2)</script>';
const HOSTILE_REASON = '<svg onload=alert(3)><b>bold</b>';
const FORMULA_TITLE = '=HYPERLINK("https://evil.example","Open")';

interface Seed {
  id: string;
  minutes: number;
  title: string;
  company: string;
  location: string;
  verdict: 'pmo' | 'pm' | 'hybrid' | 'neither';
  url?: string;
  reason?: string;
}

/** A stored history entry as the extension writes it (version 1). */
function stored(seed: Seed) {
  return {
    id: seed.id,
    analysedAt: new Date(Date.UTC(2026, 10, 20, 9, seed.minutes)).toISOString(),
    url: seed.url ?? `https://www.reed.co.uk/jobs/${seed.id}`,
    title: seed.title,
    company: seed.company,
    location: seed.location,
    source: 'reed',
    verdict: seed.verdict,
    lean: seed.verdict === 'pm' ? -0.55 : 0.64,
    confidence: 0.78,
    pmoType: seed.verdict === 'pmo' ? 'support' : null,
    seniority: 'mid',
    summary: 'Reads as reporting and governance work across the portfolio.',
    reasons: [
      {
        text: seed.reason ?? 'Maintain the portfolio RAID log for the board.',
        side: 'pmo',
        dimension: 'reporting',
      },
      { text: 'You will deliver the warehouse fit-out.', side: 'pm', dimension: 'responsibilities' },
    ],
    statedPay: { currency: 'GBP', period: 'year', min: 34000, max: 38000, text: '£34k-£38k' },
    pay: { currency: 'GBP', period: 'year', min: 33000, max: 41000 },
    payBasis: 'UK PMO support, mid-level.',
  };
}

const SEEDS: Seed[] = [
  {
    id: 'a1',
    minutes: 1,
    title: 'PMO Analyst',
    company: 'Northgate Housing',
    location: 'Leeds',
    verdict: 'pmo',
  },
  {
    id: 'a2',
    minutes: 2,
    title: 'Project Manager',
    company: 'Brightline Interiors',
    location: 'Manchester',
    verdict: 'pm',
  },
  {
    id: 'a3',
    minutes: 3,
    title: 'Scrum Master',
    company: 'Kestrel Bank',
    location: 'London',
    verdict: 'neither',
  },
  {
    id: 'evil',
    minutes: 4,
    title: HOSTILE_TITLE,
    company: HOSTILE_COMPANY,
    location: 'Remote',
    verdict: 'hybrid',
    url: 'javascript:alert(4)',
    reason: HOSTILE_REASON,
  },
  { id: 'f1', minutes: 5, title: FORMULA_TITLE, company: '+cmd|calc', location: 'Bristol', verdict: 'pmo' },
];

async function seedHistory(seeds: Seed[]): Promise<void> {
  const value = { version: 1, entries: seeds.map(stored).reverse() };
  await browser.worker.evaluate((history) => chrome.storage.local.set({ history }), value);
}

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
}

async function openOptions(): Promise<Watched> {
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'PMO Lens options' }).waitFor();
  return { page, dialogs, errors };
}

const rows = (page: Page) => page.getByTestId('history-row');

describe('options page', () => {
  it('is the extension’s options page, opening in a tab, with the privacy statement', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    const { page, errors } = await openOptions();
    const privacy = await page.getByTestId('privacy').textContent();
    expect(privacy).toMatch(/up to 500/);
    expect(privacy).toMatch(/never sent/);
    expect(privacy).toMatch(/removing the extension deletes everything/i);
    expect(await page.getByTestId('history-count').textContent()).toMatch(/No ads analysed yet/);
    expect(await page.getByTestId('export-csv').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves each setting on change and keeps it across a reload', async () => {
    const { page, errors } = await openOptions();
    const status = page.getByTestId('save-status');
    await page.getByLabel('Home region').selectOption('UK-London');
    await expect.poll(() => status.textContent()).toBe('Saved: home region.');
    await page.getByLabel('Currency for pay ranges').selectOption('EUR');
    await expect.poll(() => status.textContent()).toBe('Saved: currency.');
    await page.getByLabel('Years of experience').fill('7');
    await page.getByLabel('Years of experience').press('Tab');
    await expect.poll(() => status.textContent()).toBe('Saved: years of experience.');
    await page.getByLabel('Use these instead of what the ad says').check();
    await page.getByLabel('Show the verdict on the toolbar badge').uncheck();
    await expect.poll(() => status.textContent()).toBe('Saved: toolbar badge.');

    await page.getByLabel('Years of experience').fill('75');
    await page.getByLabel('Years of experience').press('Tab');
    await expect.poll(() => status.textContent()).toMatch(/^Not saved/);
    expect(await page.getByLabel('Years of experience').getAttribute('aria-invalid')).toBe('true');

    await page.reload();
    await page.getByRole('heading', { name: 'PMO Lens options' }).waitFor();
    expect(await page.getByLabel('Home region').inputValue()).toBe('UK-London');
    expect(await page.getByLabel('Currency for pay ranges').inputValue()).toBe('EUR');
    expect(await page.getByLabel('Years of experience').inputValue()).toBe('7');
    expect(await page.getByLabel('Use these instead of what the ad says').isChecked()).toBe(true);
    expect(await page.getByLabel('Show the verdict on the toolbar badge').isChecked()).toBe(false);
    const saved = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings,
    );
    expect(saved).toEqual({
      version: 1,
      homeRegion: 'UK-London',
      currency: 'EUR',
      years: 7,
      personalise: true,
      badge: false,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists a seeded history newest first, follows new entries live, and searches it', async () => {
    const { page, errors } = await openOptions();
    await seedHistory(SEEDS.slice(0, 2));
    await expect.poll(() => rows(page).count()).toBe(2);
    await seedHistory(SEEDS);
    await expect.poll(() => rows(page).count()).toBe(SEEDS.length);
    expect(await rows(page).first().getAttribute('data-id')).toBe('f1');
    const second = rows(page).nth(3);
    expect(await second.getAttribute('data-id')).toBe('a2');
    expect(await second.getByTestId('row-verdict').textContent()).toBe('PM-leaning');
    expect(await second.textContent()).toMatch(/78%/);
    expect(await second.textContent()).toMatch(/£34,000–£38,000\/year/);

    await page.getByLabel(/Search by title/).fill('kestrel');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().getAttribute('data-id')).toBe('a3');
    expect(await page.getByTestId('history-shown').textContent()).toMatch(/Showing 1 of 5/);
    await page.getByLabel(/Search by title/).fill('pmo-leaning');
    await expect.poll(() => rows(page).count()).toBe(2);
    await page.getByLabel(/Search by title/).fill('');
    await expect.poll(() => rows(page).count()).toBe(SEEDS.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a damaged stored history and settings: keeps what validates, loses nothing else', async () => {
    const damaged = {
      version: 1,
      entries: [
        stored(SEEDS[1] as Seed),
        { id: 'broken', verdict: 'certainly' },
        'junk',
        stored(SEEDS[0] as Seed),
      ],
    };
    await browser.worker.evaluate(
      (value) =>
        chrome.storage.local.set({ history: value, settings: { homeRegion: 'FR', badge: 'yes', years: -3 } }),
      damaged,
    );
    const { page, errors } = await openOptions();
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await rows(page).first().getAttribute('data-id')).toBe('a2');
    expect(await page.getByLabel('Home region').inputValue()).toBe('FR');
    expect(await page.getByLabel('Show the verdict on the toolbar badge').isChecked()).toBe(true);
    expect(await page.getByLabel('Years of experience').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows hostile ad text as literal text: no dialog, no injected element, no javascript: link', async () => {
    await seedHistory(SEEDS);
    const { page, dialogs, errors } = await openOptions();
    const row = page.locator('[data-testid="history-row"][data-id="evil"]');
    await row.waitFor();
    expect(await row.locator('h3').textContent()).toBe(HOSTILE_TITLE);
    expect(await row.textContent()).toContain(HOSTILE_COMPANY);
    expect(await row.locator('a').count()).toBe(0);

    // Compare the hostile ad with another: its reasons are rendered too.
    await row.getByLabel('Compare').check();
    await rows(page).first().getByLabel('Compare').check();
    await expect.poll(() => page.getByTestId('compare-card').count()).toBe(2);
    const compare = page.getByTestId('compare');
    expect(await compare.textContent()).toContain(HOSTILE_REASON);
    expect(await compare.textContent()).toContain('Lean');

    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll('main img').length,
      script: document.querySelectorAll('main script').length,
      svg: document.querySelectorAll('main svg').length,
      bold: document.querySelectorAll('main b').length,
      jsLinks: document.querySelectorAll('a[href^="javascript"]').length,
    }));
    expect(injected).toEqual({ img: 0, script: 0, svg: 0, bold: 0, jsLinks: 0 });
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares the two latest picks side by side', async () => {
    await seedHistory(SEEDS);
    const { page } = await openOptions();
    await rows(page).first().waitFor();
    const pick = (id: string) =>
      page.locator(`[data-testid="history-row"][data-id="${id}"]`).getByLabel('Compare');
    await pick('a1').check();
    expect(await page.getByTestId('compare-card').count()).toBe(0);
    await pick('a2').check();
    await pick('a3').check();
    await expect.poll(() => pick('a1').isChecked()).toBe(false);
    const cards = page.getByTestId('compare-card');
    expect(await cards.count()).toBe(2);
    expect(await cards.nth(0).locator('h4').textContent()).toBe('Project Manager');
    expect(await cards.nth(1).locator('h4').textContent()).toBe('Scrum Master');
    expect(await cards.nth(0).textContent()).toMatch(/-0\.55 \(towards PM\)/);
    expect(await cards.nth(1).textContent()).toMatch(/Neither PMO nor PM/);
    await page.close();
  });

  it('exports CSV and JSON as downloads, with formula text defused', async () => {
    await seedHistory(SEEDS);
    const { page } = await openOptions();
    await rows(page).first().waitFor();
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^pmo-lens-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFanalysed_at,verdict,/);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(SEEDS.length + 1);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""Open"")"`);
    expect(csv).toContain(`,'+cmd|calc,`);

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
    const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
    expect(json.version).toBe(1);
    expect(json.entries.map((e: { id: string }) => e.id)).toEqual(['f1', 'evil', 'a3', 'a2', 'a1']);
    expect(browser.refused).toEqual([]);
    await page.close();
  });

  it('clears all history only after confirmation', async () => {
    await seedHistory(SEEDS);
    const { page, dialogs } = await openOptions();
    await rows(page).first().waitFor();
    await page.getByTestId('clear-history').click();
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/Delete all 5 analysed ads\?/);
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.isVisible()).toBe(false);
    expect(await rows(page).count()).toBe(SEEDS.length);

    await page.getByTestId('clear-history').click();
    await page.getByTestId('confirm-clear').click();
    await expect.poll(() => rows(page).count()).toBe(0);
    expect(await page.getByTestId('history-count').textContent()).toMatch(/No ads analysed yet/);
    const left = await browser.worker.evaluate(() => chrome.storage.local.get('history'));
    expect(left).toEqual({});
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('options page accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations in %s mode',
    async (scheme) => {
      await seedHistory(SEEDS);
      const { page } = await openOptions();
      await page.emulateMedia({ colorScheme: scheme });
      await rows(page).first().waitFor();
      await rows(page).nth(0).getByLabel('Compare').check();
      await rows(page).nth(1).getByLabel('Compare').check();
      await page.getByTestId('compare-card').first().waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      await page.close();
    },
  );

  it('reflows at 200% zoom (a 640 px wide window) with nothing cut off sideways', async () => {
    await seedHistory(SEEDS);
    const { page } = await openOptions();
    await page.setViewportSize({ width: 640, height: 800 });
    await rows(page).first().waitFor();
    await rows(page).nth(0).getByLabel('Compare').check();
    await rows(page).nth(1).getByLabel('Compare').check();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('can be worked from the keyboard: tab to a control, change it, see focus', async () => {
    const { page } = await openOptions();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.id);
    expect(focused).toBe('setting-region');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setting-personalise');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved/);
    expect(await page.getByLabel('Use these instead of what the ad says').isChecked()).toBe(true);
    await page.close();
  });
});
