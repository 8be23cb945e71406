import type { Posting } from '../schema';

/** What a board adapter reads off its page; missing fields are filled by the pipeline. */
export type SiteReading = Partial<Omit<Posting, 'source' | 'descriptionChars' | 'fieldsFound'>> & {
  description: string | null;
  /** The job shown in a search page's pane: the page's JSON-LD may describe another job. */
  pane?: boolean;
};

/** One job board: how to recognise its pages and read them. One file per board under sites/. */
export interface SiteAdapter {
  /** Matches PostingSource. */
  name: Posting['source'];
  /** Real URLs of job pages this adapter handles, used by tests. */
  exampleUrls: readonly string[];
  /**
   * The manifest match patterns of the board's pages, where its content script runs. They must
   * cover every URL `matches` accepts that the extension should read on its own (a test checks).
   */
  matchPatterns: readonly string[];
  /** Whether this URL is one of the board's job pages (or search pages with a job pane). */
  matches(url: URL): boolean;
  /** The board's id for the job now shown (from the URL or the pane), or null. */
  jobKey(doc: Document, url: URL): string | null;
  /** Whether this URL is a search page whose pane swaps jobs in place (its JSON-LD may be another job's). */
  isPane?(url: URL): boolean;
  /** Read the job now shown; null when the page holds no job. */
  read(doc: Document, url: URL): SiteReading | null;
}

/** A JobPosting read from structured data (JSON-LD or microdata), with the ids that name its job. */
export type StructuredPosting = SiteReading & {
  /** identifier and url values, to tell whether it describes the job a board pane shows. */
  ids: string[];
};
