/**
 * The analysis figures: warm and cold analysis of a short, typical and long ad beside the two
 * baselines on the same texts, and growth from 1k to 50k words.
 */
import { loadAds } from '../scripts/ads';
import { analyze, analyzePosting } from '../src/core';
import type { Posting, Result } from '../src/schema';
import { fullParse, wordScan } from './baselines';
import { buildColdBundles, type ColdBundles, type ColdFigures, measureCold } from './cold';
import { ADS_DIR, type BenchText, loadCorpus } from './corpus';
import { ratio, type SamplingPlan, type Summary, sample, sampleInterleaved } from './stats';

/**
 * Figures compared with each other are timed in alternation (see sampleInterleaved): per round,
 * five analyses and one full parse of the same ad; the scaling texts in calls weighted so each
 * gets enough samples without the 50k text taking all the time.
 */
const SIDE_BY_SIDE = { warmup: 3, rounds: 8, analysesPerRound: 5, parsesPerRound: 1 };
const SCALING_PLAN = { warmup: 1, rounds: 6 };
const SCALING_CALLS_PER_ROUND: Record<string, number> = { '1k': 10, '10k': 2, '50k': 1 };
const WORD_SCAN: SamplingPlan = { warmup: 20, minRuns: 50, maxRuns: 1_000, budgetMs: 300 };
/**
 * Each cold sample is a process start (0.5–4 s): five where the budget applies (the typical ad),
 * three elsewhere, and the cold full parse only on the typical ad, as a reference.
 */
const COLD_RUNS_BUDGETED = 5;
const COLD_RUNS_OTHER = 3;
const BUDGETED_AD = 'typical';

export interface AdFigures {
  name: string;
  words: number;
  madeFrom: string;
  warm: Summary;
  fullParse: Summary;
  wordScan: Summary;
  /** warm analysis ÷ full parse, on medians (the budget wants ≤ 0.25, i.e. 4× faster). */
  analyzeOverFullParse: number;
  cold: ColdFigures;
  /** Only on the typical ad (null elsewhere): a full compromise import and parse is seconds. */
  coldFullParse: ColdFigures | null;
}

export interface ScalingFigures {
  name: string;
  words: number;
  /** `analyze({ text })` as the CLI and the extension call it, description bound included. */
  analyze: Summary;
  /** Whether the pipeline cut the description (the user is told), and how much it kept. */
  truncated: boolean;
  analyzedChars: number;
  inputChars: number;
  /** The synchronous core on the whole text with no bound: the honest growth test. */
  unbounded: Summary;
  unboundedMicrosPerWord: number;
}

export interface AnalysisFigures {
  ads: AdFigures[];
  scaling: ScalingFigures[];
  /** unbounded 50k ÷ 1k on medians. */
  growth: number;
  /** Ads the pipeline refuses as not a job ad, left out of the bench texts. */
  droppedAds: string[];
}

function inputOf(text: BenchText) {
  return { text: text.text, title: text.title, company: text.company, location: text.location };
}

async function analyzeOk(text: BenchText): Promise<Result> {
  const outcome = await analyze(inputOf(text));
  if (!outcome.ok) throw new Error(`The ${text.name} bench text was refused: ${outcome.error}`);
  return outcome;
}

/** A posting holding the whole text, as extraction would make it but with no length bound. */
function unboundedPosting(text: BenchText): Posting {
  return {
    title: text.title,
    company: text.company,
    location: text.location,
    url: null,
    jobKey: null,
    source: 'text',
    description: text.text,
    descriptionChars: text.text.length,
    truncated: false,
    payText: null,
    structuredPay: null,
    employmentType: null,
    datePosted: null,
    fieldsFound: ['title', 'company', 'location', 'description'],
  };
}

async function adFigures(text: BenchText, bundles: ColdBundles): Promise<AdFigures> {
  const budgeted = text.name === BUDGETED_AD;
  await analyzeOk(text);
  const [warm, parse] = await sampleInterleaved(
    [
      { fn: () => analyze(inputOf(text)), perRound: SIDE_BY_SIDE.analysesPerRound },
      { fn: () => fullParse(text.text), perRound: SIDE_BY_SIDE.parsesPerRound },
    ],
    SIDE_BY_SIDE,
  );
  if (!warm || !parse) throw new Error('interleaved sampling lost a task');
  const scan = await sample(() => wordScan(text.text), WORD_SCAN);
  return {
    name: text.name,
    words: text.words,
    madeFrom: text.madeFrom,
    warm,
    fullParse: parse,
    wordScan: scan,
    analyzeOverFullParse: ratio(warm, parse),
    cold: measureCold(bundles, 'analyze', text, budgeted ? COLD_RUNS_BUDGETED : COLD_RUNS_OTHER),
    coldFullParse: budgeted ? measureCold(bundles, 'full-parse', text, COLD_RUNS_OTHER) : null,
  };
}

/** All scaling texts timed in alternation, so the growth ratio compares like with like. */
async function scalingFigures(texts: readonly BenchText[]): Promise<ScalingFigures[]> {
  const outcomes: Result[] = [];
  for (const text of texts) outcomes.push(await analyzeOk(text));
  const callsOf = (text: BenchText) => SCALING_CALLS_PER_ROUND[text.name] ?? 1;
  const endToEnd = await sampleInterleaved(
    texts.map((text) => ({ fn: () => analyze(inputOf(text)), perRound: callsOf(text) })),
    SCALING_PLAN,
  );
  const postings = texts.map(unboundedPosting);
  const unbounded = await sampleInterleaved(
    postings.map((posting, i) => ({
      fn: () => analyzePosting(posting),
      perRound: callsOf(texts[i] as BenchText),
    })),
    SCALING_PLAN,
  );
  return texts.map((text, i) => {
    const outcome = outcomes[i];
    const core = unbounded[i];
    const whole = endToEnd[i];
    if (!outcome || !core || !whole) throw new Error('interleaved sampling lost a task');
    return {
      name: text.name,
      words: text.words,
      analyze: whole,
      truncated: outcome.posting.truncated,
      analyzedChars: outcome.posting.descriptionChars,
      inputChars: text.text.length,
      unbounded: core,
      unboundedMicrosPerWord: (core.median * 1_000) / text.words,
    };
  });
}

/** Ids of the ads the pipeline accepts; the bench times analyses, not refusals. */
async function acceptedAdIds(): Promise<Set<string>> {
  const accepted = new Set<string>();
  for (const ad of loadAds(ADS_DIR)) {
    const outcome = await analyze({
      text: ad.body,
      title: ad.title,
      company: ad.company,
      location: ad.location,
    });
    if (outcome.ok) accepted.add(ad.id);
  }
  return accepted;
}

export async function benchAnalysis(log: (line: string) => void): Promise<AnalysisFigures> {
  const accepted = await acceptedAdIds();
  const corpus = loadCorpus((ad) => accepted.has(ad.id));
  const bundles = await buildColdBundles();
  const ads: AdFigures[] = [];
  for (const text of corpus.ads) {
    log(`analysis: ${text.name} ad (${text.words} words)`);
    ads.push(await adFigures(text, bundles));
  }
  log(`analysis: scaling, ${corpus.scaling.map((t) => `${t.words}`).join(', ')} words`);
  const scaling = await scalingFigures(corpus.scaling);
  const first = scaling[0];
  const last = scaling[scaling.length - 1];
  const growth = first && last ? ratio(last.unbounded, first.unbounded) : Number.NaN;
  return { ads, scaling, growth, droppedAds: corpus.dropped };
}
