import type { Posting } from '../schema';

/** What a board adapter reads off its page; missing fields are filled by the pipeline. */
export type SiteReading = Partial<Omit<Posting, 'source' | 'descriptionChars' | 'fieldsFound'>> & {
  description: string | null;
};

/** One job board: how to recognise its pages and read them. One file per board under sites/. */
export interface SiteAdapter {
  /** Matches PostingSource. */
  name: Posting['source'];
  /** Real URLs of job pages this adapter handles, used by tests. */
  exampleUrls: readonly string[];
  /** Whether this URL is one of the board's job pages (or search pages with a job pane). */
  matches(url: URL): boolean;
  /** The board's id for the job now shown (from the URL or the pane), or null. */
  jobKey(doc: Document, url: URL): string | null;
  /** Read the job now shown; null when the page holds no job. */
  read(doc: Document, url: URL): SiteReading | null;
}
