/**
 * Cheap cues that a text is a job ad, for pages with no structure (generic fallback) and for plain
 * text. Regex only: this runs in the content script and must cost well under a millisecond.
 */

interface Cue {
  name: string;
  pattern: RegExp;
  weight: number;
}

/** Words job ads use and other pages rarely do (English, with the French and German ad headings). */
const JOB_CUES: readonly Cue[] = [
  {
    name: 'responsibilities',
    pattern:
      /\b(responsibilit|accountabilit|duties|what you('|’)ll do|what you will do|in this role|the role|your role|role overview|day[- ]to[- ]day|vos missions|aufgaben)/i,
    weight: 2,
  },
  {
    name: 'requirements',
    pattern:
      /\b(requirements|qualifications|what you('|’)ll bring|what we('|’)re looking for|about you|who you are|you might be a fit|ideal candidate|must[- ]have|nice to have|essential|desirable|votre profil|ihr profil|anforderungen)/i,
    weight: 2,
  },
  {
    name: 'experience',
    pattern:
      /\b(experience (in|with|of)|years('|’)? (of )?experience|\d+\+? ?(years|yrs)\b|expérience|erfahrung)/i,
    weight: 1,
  },
  { name: 'you will', pattern: /\b(you will|you('|’)ll|you are|vous serez|sie werden)\b/i, weight: 1 },
  { name: 'apply', pattern: /\b(apply|application|candidature|bewerb)/i, weight: 1 },
  {
    name: 'salary',
    pattern:
      /\b(salary|per annum|per hour|day rate|compensation|pay range|CTC|LPA|lakh|rémunération|gehalt)\b|[£$€₹]\s?\d/i,
    weight: 1,
  },
  {
    name: 'benefits',
    pattern: /\b(benefits|pension|holiday|paid time off|avantages|wir bieten)\b/i,
    weight: 1,
  },
  {
    name: 'contract type',
    pattern:
      /\b(full[- ]time|part[- ]time|permanent|fixed[- ]term|contract|temporary|hybrid|remote|CDI|vollzeit)\b/i,
    weight: 1,
  },
  {
    name: 'hiring',
    pattern:
      /\b(we are (looking|seeking|hiring)|we('|’)re (looking|seeking|hiring)|join (our|the) team|candidate|recrut)/i,
    weight: 1,
  },
  {
    name: 'job title',
    pattern:
      /\b(manager|officer|analyst|coordinator|director|consultant|administrator|specialist|PMO|chef de projet|projektleiter)\b/i,
    weight: 1,
  },
  {
    name: 'skills',
    pattern: /\b(skills|stakeholder|reporting to|reports to|compétences|kenntnisse)\b/i,
    weight: 1,
  },
];

/** Words of pages that are something else: recipes, news, sign-in walls, lists of search results. */
const OTHER_PAGE_CUES: readonly Cue[] = [
  { name: 'recipe', pattern: /\b(ingredients|preheat|tablespoons?|teaspoons?|bake for)\b/i, weight: 3 },
  {
    name: 'news',
    pattern: /\b(said in a statement|according to (a|the) (report|spokesperson)|reported on)\b/i,
    weight: 2,
  },
  {
    name: 'sign-in',
    pattern: /\b(forgot (your )?password|sign in to (continue|view)|create an account)\b/i,
    weight: 2,
  },
  {
    name: 'results list',
    pattern:
      /\b(\d[\d,]* (new )?(jobs|results) (found|for|matching)|sort by:? (relevance|date)|page \d+ of \d+|your saved search|manage (job )?alerts)/i,
    weight: 3,
  },
];

/** A job ad shows at least this many cue points: set so every fixture ad passes and the news, recipe, login and results-list fixtures fail (tests/unit/extract). */
const JOB_AD_MIN_SCORE = 5;

/** Below this many characters there is not enough text to judge a role. */
const JOB_AD_MIN_CHARS = 200;

/**
 * Text the user chose to analyse (a file, a paste, a selection) needs fewer cues: it is refused
 * only when it reads like something else. Short real ads in this project's ad set score 4–6.
 */
export const CHOSEN_TEXT_MIN_SCORE = 3;

export function looksLikeJobAd(
  text: string,
  minScore = JOB_AD_MIN_SCORE,
): { isJobAd: boolean; score: number; cues: string[] } {
  const sample = text.slice(0, 20_000);
  const cues: string[] = [];
  let score = 0;
  for (const cue of JOB_CUES) {
    if (!cue.pattern.test(sample)) continue;
    score += cue.weight;
    cues.push(cue.name);
  }
  for (const cue of OTHER_PAGE_CUES) {
    if (!cue.pattern.test(sample)) continue;
    score -= cue.weight;
    cues.push(`not: ${cue.name}`);
  }
  return { isJobAd: sample.length >= JOB_AD_MIN_CHARS && score >= minScore, score, cues };
}
