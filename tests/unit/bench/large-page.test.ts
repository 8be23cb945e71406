import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LARGE_PAGE_URL, largeLinkedInPage, PANE_JOB_IDS } from '../../../bench/large-page';
import { analyze } from '../../../src/core';

const DESCRIPTION = [
  'A long description line about portfolio reporting at $1 and $& a day.',
  '• Maintain the RAID log & <plan>',
];

describe('largeLinkedInPage', () => {
  const page = largeLinkedInPage(400_000, DESCRIPTION);
  const { document } = parseHTML(page.html);

  it('reaches the size asked for with result cards, and no more than a card over it', () => {
    expect(page.bytes).toBeGreaterThanOrEqual(400_000);
    expect(page.bytes).toBeLessThan(400_000 + 2_000);
    expect(document.querySelectorAll('[data-occludable-job-id]').length).toBe(page.cards);
  });

  it('keeps every job pane, each with the long description escaped as text', () => {
    for (const id of PANE_JOB_IDS) {
      const box = document.querySelector(`[data-pane-for="${id}"] [data-testid="expandable-text-box"]`);
      expect(box?.textContent).toContain('Maintain the RAID log & <plan>');
      expect(box?.textContent).toContain('at $1 and $& a day');
      expect(document.querySelector(`a[data-job-card="${id}"]`)).not.toBeNull();
    }
  });

  it('is still read as the selected job, long description included', async () => {
    const outcome = await analyze({ html: page.html, url: LARGE_PAGE_URL });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.posting.source).toBe('linkedin');
    expect(outcome.posting.jobKey).toBe(PANE_JOB_IDS[0]);
    expect(outcome.posting.description).toContain('portfolio reporting');
  });
});
