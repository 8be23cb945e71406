/**
 * The extract stage with every board adapter and the generic fallback: the CLI, tests and the
 * on-demand page reader use this. Board content scripts build a smaller extractor with
 * `createExtractor([theirBoard])`.
 */
import { readGeneric } from './generic';
import { looksLikeJobAd } from './job-ad-cues';
import { createExtractor, type PageFallback } from './pipeline';
import { SITES } from './sites/index';

export { extractFromText } from './from-text';
export { looksLikeJobAd } from './job-ad-cues';
export { createExtractor, type Extractor, MAX_DESCRIPTION_CHARS } from './pipeline';
export { SITES, siteFor } from './sites/index';

export const genericFallback: PageFallback = {
  read: readGeneric,
  isJobAd: (text) => looksLikeJobAd(text).isJobAd,
};

const everyBoard = createExtractor(SITES, genericFallback);

export const extractPosting = everyBoard.extractPosting;
export const currentJobKey = everyBoard.currentJobKey;
