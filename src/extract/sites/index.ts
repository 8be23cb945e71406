/** Every board adapter, in the order they are tried (a URL matches at most one). */
import type { SiteAdapter } from '../types';
import { ashby } from './ashby';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { reed } from './reed';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { welcometothejungle } from './welcometothejungle';
import { workable } from './workable';
import { workday } from './workday';

export const SITES: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  glassdoor,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  workable,
  reed,
  stepstone,
  welcometothejungle,
];

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
