/** Per-tab state in the background: the newest report for a tab always wins. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyExtraction, markLoading } from '../../../src/background/analysis';
import { readTabState } from '../../../src/background/tab-states';
import { extractFromText } from '../../../src/extract/index';
import type { Extraction } from '../../../src/schema';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const TAB = 7;
const PMO_AD = `PMO Analyst
What you'll do
• Maintain the RAID log across the portfolio and chase project managers for updates
• Produce the monthly portfolio dashboard and reporting pack for the Portfolio Board
• Support project managers in applying the PMO standards, templates and stage gates
About you
• Experience in a PMO, confident with Power BI and Project Online`;
const PM_AD = `Project Manager
What you'll do
• Deliver the refurbishment of our Leeds warehouse on time, in scope and on budget
• Own the project plan, schedule and budget, and lead the delivery team day to day
• Manage the project's risks and issues and report status to the steering group
About you
• 5+ years of experience delivering construction projects`;

function posting(text: string): Extraction {
  const extraction = extractFromText(text, { source: 'text' });
  if (!extraction.ok) throw new Error(extraction.message);
  return extraction;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tab state', () => {
  it('analyses a reported posting and stores the result for the tab', async () => {
    const state = await applyExtraction(TAB, posting(PMO_AD));
    expect(state).toMatchObject({ state: 'ready', result: { verdict: 'pmo' } });
    expect(await readTabState(TAB)).toMatchObject({
      state: 'ready',
      result: { posting: { title: 'PMO Analyst' } },
    });
  });

  it('a page with no ad gives the no-posting state with the reason', async () => {
    await applyExtraction(TAB, posting(PMO_AD));
    await applyExtraction(TAB, {
      ok: false,
      reason: 'no_posting',
      message: 'No job description found on this page.',
      jobKey: null,
    });
    expect(await readTabState(TAB)).toEqual({
      state: 'no-posting',
      message: 'No job description found on this page.',
    });
  });

  it('never lets an older job’s analysis overwrite the job the user moved to', async () => {
    const older = applyExtraction(TAB, posting(PMO_AD));
    await markLoading(TAB, 'job-2');
    await older;
    expect(await readTabState(TAB)).toEqual({ state: 'loading', jobKey: 'job-2' });
    await applyExtraction(TAB, posting(PM_AD));
    expect(await readTabState(TAB)).toMatchObject({ state: 'ready', result: { verdict: 'pm' } });
  });

  it('keeps tabs apart', async () => {
    await Promise.all([applyExtraction(1, posting(PMO_AD)), applyExtraction(2, posting(PM_AD))]);
    expect(await readTabState(1)).toMatchObject({ result: { verdict: 'pmo' } });
    expect(await readTabState(2)).toMatchObject({ result: { verdict: 'pm' } });
  });
});
