/**
 * Bench texts of a given length, made from the project's own labelled ads (tests/fixtures/ads/dev).
 * A text of N words is the ad that first reaches N words, cut at a line end; when no ad is that
 * long, the longest ads follow it in turn (cycling for the scaling texts).
 */
import { type LabelledAd, loadAds } from '../scripts/ads';

export const ADS_DIR = 'tests/fixtures/ads/dev';

export interface BenchText {
  /** What the bench calls it ("typical", "10k"). */
  name: string;
  /** The word count the bench asked for. */
  target: number;
  text: string;
  words: number;
  /** Caller hints taken from the first ad used, so the pay stage sees a realistic ad. */
  title: string;
  company: string;
  location: string;
  /** Which ads it was made from, for the report. */
  madeFrom: string;
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Ads longest first (ties by id), so concatenations reach their length with few joins. */
function byLengthDescending(ads: readonly LabelledAd[]): LabelledAd[] {
  return [...ads].sort((a, b) => countWords(b.body) - countWords(a.body) || a.id.localeCompare(b.id));
}

/** The first ad: the shortest one that reaches the target alone, else the longest. */
function firstAdFor(ordered: readonly LabelledAd[], target: number): LabelledAd {
  const reaching = ordered.filter((ad) => countWords(ad.body) >= target);
  const first = reaching[reaching.length - 1] ?? ordered[0];
  if (!first) throw new Error(`No ads found in ${ADS_DIR}`);
  return first;
}

export function textOfWords(ads: readonly LabelledAd[], name: string, target: number): BenchText {
  const ordered = byLengthDescending(ads);
  const first = firstAdFor(ordered, target);
  const rest = ordered.filter((ad) => ad !== first);
  const lines: string[] = [];
  const used: string[] = [];
  let words = 0;
  for (let round = 0; words < target; round++) {
    const ad = round === 0 ? first : (rest[(round - 1) % rest.length] ?? first);
    used.push(ad.id);
    for (const line of ad.body.split('\n')) {
      if (words >= target) break;
      lines.push(line);
      words += countWords(line);
    }
    lines.push('');
  }
  const text = lines.join('\n').trim();
  return {
    name,
    target,
    text,
    words: countWords(text),
    title: first.title,
    company: first.company,
    location: first.location,
    madeFrom: describeSources(used),
  };
}

function describeSources(ids: readonly string[]): string {
  if (ids.length === 1) return ids[0] ?? '';
  return `${ids[0]} + ${ids.length - 1} more ads`;
}

/** The three ad lengths of issue 7. */
export const AD_LENGTHS = [
  { name: 'short', target: 150 },
  { name: 'typical', target: 700 },
  { name: 'long', target: 3_000 },
] as const;

/** The scaling texts of issue 7. */
export const SCALING_LENGTHS = [
  { name: '1k', target: 1_000 },
  { name: '10k', target: 10_000 },
  { name: '50k', target: 50_000 },
] as const;

export interface Corpus {
  ads: BenchText[];
  scaling: BenchText[];
  /** Ads left out because the pipeline refuses them. */
  dropped: string[];
}

/**
 * `usable` drops ads the pipeline refuses before analysis (timing a refusal would flatter it);
 * the bench says how many it dropped.
 */
export function loadCorpus(usable: (ad: LabelledAd) => boolean, dir: string = ADS_DIR): Corpus {
  const all = loadAds(dir);
  const ads = all.filter(usable);
  return {
    ads: AD_LENGTHS.map((l) => textOfWords(ads, l.name, l.target)),
    scaling: SCALING_LENGTHS.map((l) => textOfWords(ads, l.name, l.target)),
    dropped: all.filter((ad) => !ads.includes(ad)).map((ad) => ad.id),
  };
}
