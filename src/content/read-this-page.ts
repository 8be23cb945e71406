import { extractPosting } from '../extract/index';
import type { Extraction } from '../schema';

export function readThisPage(): Extraction {
  return extractPosting(document, location.href);
}
