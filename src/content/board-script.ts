/**
 * A board content script's definition: where it runs (its boards' match patterns) and what it does
 * (watch the page with an extractor that holds only those boards' readers, to stay small).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createExtractor } from '../extract/pipeline';
import type { SiteAdapter } from '../extract/types';
import { watchPage } from './watch-page';

export function boardContentScript(sites: readonly SiteAdapter[]) {
  return {
    matches: sites.flatMap((site) => [...site.matchPatterns]),
    runAt: 'document_idle' as const,
    main: (ctx: ContentScriptContext) => watchPage(ctx, createExtractor(sites)),
  };
}
