/**
 * A small stopword detector: enough to tell an English ad from a French, German, Spanish, Dutch,
 * Italian or Portuguese one. The lexicon is English, so a non-English ad gets a capped confidence
 * and a note instead of a confident verdict read from a few English loan words ("PMO", "PRINCE2").
 */

const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'you',
    'will',
    'with',
    'for',
    'our',
    'we',
    'is',
    'are',
    'your',
    'this',
    'that',
    'be',
    'on',
    'as',
    'an',
    'have',
  ],
  fr: [
    'le',
    'les',
    'des',
    'et',
    'du',
    'une',
    'vous',
    'nous',
    'pour',
    'dans',
    'avec',
    'est',
    'sur',
    'au',
    'aux',
    'qui',
    'votre',
    'vos',
    'nos',
    'ainsi',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'mit',
    'für',
    'sie',
    'wir',
    'ist',
    'von',
    'zu',
    'den',
    'im',
    'auf',
    'ein',
    'eine',
    'bei',
    'unsere',
    'ihre',
    'oder',
  ],
  es: [
    'el',
    'los',
    'las',
    'y',
    'del',
    'con',
    'para',
    'por',
    'una',
    'es',
    'su',
    'nuestro',
    'nuestra',
    'tu',
    'tus',
    'como',
    'sus',
    'muy',
    'pero',
    'al',
  ],
  nl: [
    'het',
    'een',
    'en',
    'van',
    'voor',
    'met',
    'je',
    'jij',
    'wij',
    'ons',
    'onze',
    'bij',
    'op',
    'zijn',
    'naar',
    'ook',
    'wat',
    'niet',
    'aan',
    'heb',
  ],
  it: [
    'il',
    'gli',
    'di',
    'che',
    'con',
    'per',
    'una',
    'della',
    'delle',
    'nel',
    'sono',
    'ci',
    'siamo',
    'dei',
    'alla',
    'nella',
    'anche',
    'tuo',
    'tua',
    'nostro',
  ],
  pt: [
    'os',
    'do',
    'da',
    'dos',
    'das',
    'com',
    'para',
    'uma',
    'um',
    'em',
    'no',
    'na',
    'você',
    'nós',
    'nosso',
    'nossa',
    'seu',
    'sua',
    'são',
    'não',
  ],
};

export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  nl: 'Dutch',
  it: 'Italian',
  pt: 'Portuguese',
};

/** Enough words to judge; the first ones are as telling as all of them. */
const SAMPLE_WORDS = 1500;
/** Another language must out-score English by this much to be called (loan words are English). */
const OVER_ENGLISH_RATIO = 1.5;
/** Fewer stopword hits than this and the text is too short to call. */
const MIN_HITS = 5;

const LOOKUP: Map<string, string[]> = buildLookup();

function buildLookup(): Map<string, string[]> {
  const lookup = new Map<string, string[]>();
  for (const [language, words] of Object.entries(STOPWORDS)) {
    for (const word of words) lookup.set(word, [...(lookup.get(word) ?? []), language]);
  }
  return lookup;
}

/** ISO 639-1 code of the text's language; "en" when unsure. */
export function detectLanguage(text: string): string {
  const counts = new Map<string, number>();
  // Words average well under ten characters: this slice holds the sample without scanning a huge text.
  const head = text.slice(0, SAMPLE_WORDS * 10).toLowerCase();
  const words = head.match(/\p{L}+/gu)?.slice(0, SAMPLE_WORDS) ?? [];
  for (const word of words) {
    for (const language of LOOKUP.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const english = counts.get('en') ?? 0;
  let best = 'en';
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (language !== 'en' && count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return bestCount >= MIN_HITS && bestCount > english * OVER_ENGLISH_RATIO ? best : 'en';
}
