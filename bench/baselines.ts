/**
 * The two yardsticks issue 7 sets beside the analyser: the naive way (a full compromise parse of
 * the whole text) and a floor no analyser can beat (one regular-expression pass over the words).
 */
import nlp from 'compromise';

/** Every sentence tagged and serialised: what "just run compromise on the ad" costs. */
export function fullParse(text: string): number {
  return nlp(text).json().length;
}

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Visits every word once and does nothing else. */
export function wordScan(text: string): number {
  let words = 0;
  for (const _ of text.matchAll(WORD)) words++;
  return words;
}
