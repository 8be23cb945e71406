/** The employer's industry, where the ad names one clearly; used only for sourced industry multipliers. */

const INDUSTRY_PATTERNS: [string, RegExp][] = [
  ['pharma', /\b(?:pharma\w*|biotech\w*|life sciences|clinical trials?)\b/i],
  [
    'consulting',
    /\b(?:consultancy firm|consulting firm|management consult\w+|professional services firm)\b/i,
  ],
  ['aerospace_defense', /\b(?:aerospace|defen[cs]e (?:contractor|industry|sector|programmes?|programs?))\b/i],
  ['engineering', /\b(?:engineering (?:firm|company|consultancy)|civil engineering)\b/i],
  [
    'utilities',
    /\b(?:utilit(?:y|ies) (?:company|sector|provider)|energy (?:company|sector|supplier)|oil and gas|renewables? (?:company|sector)|water company)\b/i,
  ],
  [
    'government',
    /\b(?:government (?:agency|department)|public sector|federal agency|local authority|civil service)\b/i,
  ],
  ['it', /\b(?:software company|saas|it services|technology company|tech company)\b/i],
  ['construction', /\b(?:construction (?:company|firm|sector|industry)|built environment)\b/i],
  [
    'finance',
    /\b(?:bank|banking|financial services|insurance company|insurer|asset management|investment management|fintech)\b/i,
  ],
  ['automotive', /\b(?:automotive|vehicle manufacturer|car maker)\b/i],
  ['retail', /\b(?:retailer|retail (?:company|group|chain)|e-?commerce company|wholesale)\b/i],
  ['research', /\b(?:research institute|research organi[sz]ation)\b/i],
];

/** How much of the description to read: the "about us" opening names the industry. */
const INDUSTRY_WINDOW = 1500;

/** The one industry among `known` that the ad names; null when it names none or several. */
export function detectIndustry(text: string, known: readonly string[]): string | null {
  const head = text.slice(0, INDUSTRY_WINDOW);
  const found = INDUSTRY_PATTERNS.filter(([key, pattern]) => known.includes(key) && pattern.test(head)).map(
    ([key]) => key,
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}
