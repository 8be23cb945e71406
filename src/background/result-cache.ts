/** Recent results by job, so moving back to a job already read is instant. In memory only. */
import type { Posting, Result } from '../schema';

/** Enough for a long browsing session of job panes; each entry is a few tens of KB. */
const CACHE_LIMIT = 100;

export class ResultCache {
  private readonly entries = new Map<string, Result>();

  get(posting: Posting): Result | null {
    const key = cacheKey(posting);
    const hit = this.entries.get(key);
    if (!hit) return null;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(posting: Posting, result: Result): void {
    const key = cacheKey(posting);
    this.entries.delete(key);
    this.entries.set(key, result);
    while (this.entries.size > CACHE_LIMIT) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

/** A job is the same job only if its text is the same too: a pane may still be filling in. */
export function cacheKey(posting: Posting): string {
  return [
    posting.source,
    posting.jobKey ?? posting.url ?? '',
    posting.title ?? '',
    posting.descriptionChars,
  ].join('|');
}
