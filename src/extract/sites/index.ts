/** Every board adapter, in the order they are tried (a URL matches at most one). */
import type { SiteAdapter } from '../types';
import { indeed } from './indeed';
import { linkedin } from './linkedin';

export const SITES: readonly SiteAdapter[] = [linkedin, indeed];

/** The adapter for a job-board URL, or null for any other page (or a string that is not a URL). */
export function siteFor(url: string | URL): SiteAdapter | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return SITES.find((site) => site.matches(parsed)) ?? null;
}
