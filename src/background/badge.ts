/** The toolbar badge: the verdict at a glance, per tab, before the popup is opened. */
import { browser } from 'wxt/browser';
import type { TabState } from '../schema';
import { VERDICT_BADGE, VERDICT_COLOUR, VERDICT_LABEL } from '../ui/labels';

const LOADING_TEXT = '…';
const LOADING_COLOUR = '#4b5563';

export async function showBadge(tabId: number, state: TabState, enabled: boolean): Promise<void> {
  const { text, colour, title } = badgeFor(state, enabled);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: colour }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

export function badgeFor(state: TabState, enabled: boolean): { text: string; colour: string; title: string } {
  if (state.state === 'ready') {
    const { verdict, confidence } = state.result;
    return {
      text: enabled ? VERDICT_BADGE[verdict] : '',
      colour: VERDICT_COLOUR[verdict],
      title: `PMO Lens: ${VERDICT_LABEL[verdict]} (${Math.round(confidence * 100)}% confidence)`,
    };
  }
  if (state.state === 'loading')
    return {
      text: enabled ? LOADING_TEXT : '',
      colour: LOADING_COLOUR,
      title: 'PMO Lens: reading the job ad…',
    };
  return { text: '', colour: LOADING_COLOUR, title: 'PMO Lens' };
}
