/**
 * Region from free location text ("Austin, TX", "London, England, United Kingdom",
 * "AMER - Canada - Quebec - Montreal", "Remote (UK)"), in the codes the pay table uses:
 * a country ("US", "UK", "FR"…) or a sub-area ("US-TX", "UK-London", "UK-CityLondon", "FR-IDF", "AU-Sydney").
 */

export interface Region {
  /** Pay-table code: "US-TX", "UK-London", "DE", "NG". */
  code: string;
  /** Country code as the pay table spells it ("UK", not "GB"). */
  country: string;
  /** For sentences: "Texas, US", "London", "Nigeria". */
  name: string;
}

interface Country {
  code: string;
  name: string;
  currency: string | null;
  /** Lower-case names and aliases, matched as whole words. */
  names: string[];
  /** Upper-case codes matched only as a whole segment or in brackets ("Remote (UK)"). */
  codes?: string[];
  /** Lower-case city names that place an ad in this country. */
  cities?: string[];
}

const COUNTRIES: Country[] = [
  {
    code: 'US',
    name: 'United States',
    currency: 'USD',
    names: ['united states', 'united states of america', 'u.s.', 'u.s.a.'],
    codes: ['US', 'USA'],
    cities: [
      'new york',
      'nyc',
      'san francisco',
      'seattle',
      'boston',
      'chicago',
      'los angeles',
      'atlanta',
      'denver',
      'dallas',
      'houston',
      'austin',
      'philadelphia',
      'phoenix',
      'san diego',
      'san jose',
      'charlotte',
      'miami',
      'detroit',
      'minneapolis',
      'pittsburgh',
      'raleigh',
      'nashville',
      'salt lake city',
    ],
  },
  {
    code: 'UK',
    name: 'United Kingdom',
    currency: 'GBP',
    names: ['united kingdom', 'england', 'scotland', 'wales', 'northern ireland', 'great britain', 'britain'],
    codes: ['UK', 'GB', 'GBR'],
    cities: [
      'london',
      'manchester',
      'birmingham',
      'leeds',
      'bristol',
      'edinburgh',
      'glasgow',
      'cardiff',
      'belfast',
      'liverpool',
      'newcastle',
      'newcastle upon tyne',
      'sheffield',
      'nottingham',
      'reading',
      'milton keynes',
      'cambridge',
      'oxford',
      'southampton',
      'portsmouth',
      'hampshire',
      'leicester',
      'coventry',
      'brighton',
      'aberdeen',
      'swansea',
      'york',
      'bath',
      'exeter',
      'plymouth',
      'norwich',
      'warrington',
      'basingstoke',
      'winchester',
      'farnborough',
      'guildford',
      'croydon',
      'canary wharf',
      'surrey',
      'kent',
      'essex',
    ],
  },
  {
    code: 'FR',
    name: 'France',
    currency: 'EUR',
    names: ['france'],
    codes: ['FR', 'FRA'],
    cities: [
      'paris',
      'île-de-france',
      'ile-de-france',
      'ile de france',
      'la défense',
      'la defense',
      'lyon',
      'marseille',
      'toulouse',
      'lille',
      'bordeaux',
      'nantes',
      'nanterre',
      'boulogne-billancourt',
      'nice',
      'strasbourg',
      'rennes',
      'montpellier',
      'grenoble',
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    currency: 'EUR',
    names: ['germany', 'deutschland'],
    codes: ['DE', 'DEU'],
    cities: [
      'berlin',
      'munich',
      'münchen',
      'hamburg',
      'frankfurt',
      'frankfurt am main',
      'cologne',
      'köln',
      'stuttgart',
      'düsseldorf',
      'dusseldorf',
      'leipzig',
      'dresden',
      'hanover',
      'hannover',
      'nuremberg',
      'nürnberg',
      'bonn',
    ],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    currency: 'EUR',
    names: ['netherlands', 'the netherlands', 'holland', 'nederland'],
    codes: ['NL', 'NLD'],
    cities: ['amsterdam', 'rotterdam', 'the hague', 'den haag', 'utrecht', 'eindhoven', 'groningen'],
  },
  {
    code: 'CH',
    name: 'Switzerland',
    currency: 'CHF',
    names: ['switzerland', 'schweiz', 'suisse', 'svizzera'],
    codes: ['CH', 'CHE'],
    cities: ['zurich', 'zürich', 'geneva', 'genève', 'geneve', 'basel', 'bern', 'lausanne', 'zug', 'lugano'],
  },
  {
    code: 'CA',
    name: 'Canada',
    currency: 'CAD',
    names: [
      'canada',
      'ontario',
      'quebec',
      'québec',
      'british columbia',
      'alberta',
      'manitoba',
      'saskatchewan',
      'nova scotia',
      'new brunswick',
    ],
    codes: ['CAN'],
    cities: [
      'toronto',
      'montreal',
      'montréal',
      'vancouver',
      'calgary',
      'ottawa',
      'edmonton',
      'winnipeg',
      'mississauga',
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    currency: 'AUD',
    names: ['australia', 'new south wales', 'queensland'],
    codes: ['AU', 'AUS', 'NSW', 'VIC', 'QLD', 'ACT'],
    cities: ['sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'canberra', 'hobart', 'gold coast'],
  },
  {
    code: 'IN',
    name: 'India',
    currency: 'INR',
    names: ['india'],
    codes: ['IN', 'IND'],
    cities: [
      'bengaluru',
      'bangalore',
      'mumbai',
      'pune',
      'hyderabad',
      'chennai',
      'delhi',
      'new delhi',
      'gurugram',
      'gurgaon',
      'noida',
      'kolkata',
      'ahmedabad',
    ],
  },
  {
    code: 'PL',
    name: 'Poland',
    currency: 'PLN',
    names: ['poland', 'polska'],
    codes: ['PL', 'POL'],
    cities: [
      'warsaw',
      'warszawa',
      'kraków',
      'krakow',
      'wrocław',
      'wroclaw',
      'gdańsk',
      'gdansk',
      'poznań',
      'poznan',
      'łódź',
      'lodz',
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    currency: 'EUR',
    names: ['ireland'],
    codes: ['IE'],
    cities: ['dublin', 'cork', 'galway'],
  },
  {
    code: 'BE',
    name: 'Belgium',
    currency: 'EUR',
    names: ['belgium', 'belgique', 'belgië'],
    cities: ['brussels', 'bruxelles', 'antwerp', 'ghent'],
  },
  {
    code: 'ES',
    name: 'Spain',
    currency: 'EUR',
    names: ['spain', 'españa'],
    cities: ['madrid', 'barcelona', 'valencia', 'seville'],
  },
  {
    code: 'IT',
    name: 'Italy',
    currency: 'EUR',
    names: ['italy', 'italia'],
    cities: ['milan', 'milano', 'rome', 'roma', 'turin', 'torino'],
  },
  {
    code: 'AT',
    name: 'Austria',
    currency: 'EUR',
    names: ['austria', 'österreich'],
    cities: ['vienna', 'wien', 'graz', 'linz'],
  },
  {
    code: 'PT',
    name: 'Portugal',
    currency: 'EUR',
    names: ['portugal'],
    cities: ['lisbon', 'lisboa', 'porto'],
  },
  {
    code: 'SE',
    name: 'Sweden',
    currency: 'SEK',
    names: ['sweden', 'sverige'],
    cities: ['stockholm', 'gothenburg', 'malmö'],
  },
  {
    code: 'DK',
    name: 'Denmark',
    currency: 'DKK',
    names: ['denmark', 'danmark'],
    cities: ['copenhagen', 'københavn', 'aarhus'],
  },
  { code: 'NO', name: 'Norway', currency: 'NOK', names: ['norway', 'norge'], cities: ['oslo', 'bergen'] },
  {
    code: 'FI',
    name: 'Finland',
    currency: 'EUR',
    names: ['finland', 'suomi'],
    cities: ['helsinki', 'espoo'],
  },
  { code: 'LU', name: 'Luxembourg', currency: 'EUR', names: ['luxembourg'] },
  {
    code: 'CZ',
    name: 'Czechia',
    currency: 'CZK',
    names: ['czechia', 'czech republic'],
    cities: ['prague', 'praha', 'brno'],
  },
  { code: 'RO', name: 'Romania', currency: 'RON', names: ['romania'], cities: ['bucharest', 'cluj-napoca'] },
  {
    code: 'NZ',
    name: 'New Zealand',
    currency: 'NZD',
    names: ['new zealand'],
    codes: ['NZ'],
    cities: ['auckland', 'wellington', 'christchurch'],
  },
  { code: 'SG', name: 'Singapore', currency: 'SGD', names: ['singapore'] },
  {
    code: 'AE',
    name: 'United Arab Emirates',
    currency: 'AED',
    names: ['united arab emirates', 'dubai', 'abu dhabi'],
    codes: ['UAE', 'AE'],
  },
  { code: 'QA', name: 'Qatar', currency: 'QAR', names: ['qatar', 'doha'] },
  { code: 'SA', name: 'Saudi Arabia', currency: 'SAR', names: ['saudi arabia', 'riyadh', 'jeddah'] },
  {
    code: 'ZA',
    name: 'South Africa',
    currency: 'ZAR',
    names: ['south africa'],
    codes: ['ZA'],
    cities: ['johannesburg', 'cape town', 'durban', 'pretoria', 'sandton'],
  },
  { code: 'NG', name: 'Nigeria', currency: 'NGN', names: ['nigeria'], cities: ['lagos', 'abuja'] },
  { code: 'KE', name: 'Kenya', currency: 'KES', names: ['kenya'], cities: ['nairobi'] },
  { code: 'EG', name: 'Egypt', currency: 'EGP', names: ['egypt'], cities: ['cairo'] },
  {
    code: 'PK',
    name: 'Pakistan',
    currency: 'PKR',
    names: ['pakistan'],
    cities: ['karachi', 'lahore', 'islamabad'],
  },
  { code: 'PH', name: 'Philippines', currency: 'PHP', names: ['philippines'], cities: ['manila'] },
  { code: 'MY', name: 'Malaysia', currency: 'MYR', names: ['malaysia'], cities: ['kuala lumpur'] },
  { code: 'JP', name: 'Japan', currency: 'JPY', names: ['japan'], cities: ['tokyo', 'osaka'] },
  {
    code: 'CN',
    name: 'China',
    currency: 'CNY',
    names: ['china'],
    cities: ['beijing', 'shanghai', 'shenzhen'],
  },
  { code: 'HK', name: 'Hong Kong', currency: 'HKD', names: ['hong kong'] },
  {
    code: 'BR',
    name: 'Brazil',
    currency: 'BRL',
    names: ['brazil', 'brasil'],
    cities: ['são paulo', 'sao paulo', 'rio de janeiro'],
  },
  {
    code: 'MX',
    name: 'Mexico',
    currency: 'MXN',
    names: ['mexico', 'méxico'],
    cities: ['mexico city', 'guadalajara', 'monterrey'],
  },
];

const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

/** US cities without a state in the text, placed in their state. */
const US_CITY_STATE: Record<string, string> = {
  'new york': 'NY',
  nyc: 'NY',
  'san francisco': 'CA',
  'los angeles': 'CA',
  'san diego': 'CA',
  'san jose': 'CA',
  seattle: 'WA',
  boston: 'MA',
  chicago: 'IL',
  atlanta: 'GA',
  denver: 'CO',
  dallas: 'TX',
  houston: 'TX',
  austin: 'TX',
  philadelphia: 'PA',
  phoenix: 'AZ',
  charlotte: 'NC',
  miami: 'FL',
  detroit: 'MI',
  minneapolis: 'MN',
  pittsburgh: 'PA',
  raleigh: 'NC',
  nashville: 'TN',
  'salt lake city': 'UT',
};

/** Canadian province codes: a segment "ON" or "QC" makes "London, ON" and "…, CA" Canadian. */
const CANADIAN_PROVINCE_CODES = new Set([
  'ON',
  'QC',
  'BC',
  'AB',
  'MB',
  'SK',
  'NS',
  'NB',
  'NL',
  'PE',
  'YT',
  'NT',
  'NU',
]);

/** Sub-areas inside a country that the pay table or its area multipliers know. */
const SUB_AREAS: { country: string; code: string; name: string; pattern: RegExp }[] = [
  { country: 'UK', code: 'UK-CityLondon', name: 'City of London', pattern: /\bcity of london\b/i },
  {
    country: 'UK',
    code: 'UK-London',
    name: 'London',
    pattern: /\b(?:london|canary wharf|croydon|westminster|shoreditch|greater london)\b/i,
  },
  {
    country: 'UK',
    code: 'UK-Hampshire',
    name: 'Hampshire',
    pattern: /\b(?:hampshire|portsmouth|southampton|basingstoke|winchester|farnborough)\b/i,
  },
  { country: 'UK', code: 'UK-Wales', name: 'Wales', pattern: /\b(?:wales|cardiff|swansea|newport)\b/i },
  {
    country: 'FR',
    code: 'FR-IDF',
    name: 'Paris / Île-de-France',
    pattern:
      /\b(?:paris|[îi]le[- ]de[- ]france|la d[ée]fense|nanterre|boulogne-billancourt|saint-denis|issy-les-moulineaux)\b/i,
  },
  { country: 'AU', code: 'AU-Sydney', name: 'Sydney', pattern: /\bsydney\b/i },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case-insensitive test; built once per word at load. */
function wordPattern(words: string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'iu');
}

const COUNTRY_MATCHERS = COUNTRIES.map((country) => ({
  country,
  byName: wordPattern(country.names),
  byCity: wordPattern(country.cities ?? []),
  codes: new Set(country.codes ?? []),
}));

const STATE_NAME_PATTERN = wordPattern(Object.values(US_STATES).map((name) => name.toLowerCase()));
const STATE_BY_NAME = new Map(Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase(), code]));
const US_CITY_PATTERN = wordPattern(Object.keys(US_CITY_STATE));

/** Pieces of a location: "AMER - Canada - Quebec - Montreal" → four, "Austin, TX 78701" → "Austin", "TX 78701". */
function segments(text: string): string[] {
  return text
    .split(/\s+[-–—|·]\s+|[,;/|()[\]]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Upper-case two/three-letter tokens standing as the first word of a segment ("TX", "TX 78701", "UK"). */
function segmentCodes(text: string): string[] {
  return segments(text)
    .map((segment) => segment.split(/\s+/)[0] ?? '')
    .filter((word) => /^[A-Z]{2,3}$/.test(word));
}

function countryByCode(code: string): Country | undefined {
  return COUNTRIES.find((c) => c.code === code);
}

function usRegion(text: string, codes: string[]): Region {
  const named = STATE_NAME_PATTERN?.exec(text)?.[0]?.toLowerCase();
  const stateCode =
    codes.find((code) => US_STATES[code] !== undefined) ??
    (named ? STATE_BY_NAME.get(named) : undefined) ??
    US_CITY_STATE[US_CITY_PATTERN?.exec(text)?.[0]?.toLowerCase() ?? ''];
  if (!stateCode) return { code: 'US', country: 'US', name: 'United States' };
  return { code: `US-${stateCode}`, country: 'US', name: `${US_STATES[stateCode]}, US` };
}

function countryRegion(country: Country, text: string, codes: string[]): Region {
  if (country.code === 'US') return usRegion(text, codes);
  const sub = SUB_AREAS.find((area) => area.country === country.code && area.pattern.test(text));
  if (sub) return { code: sub.code, country: country.code, name: sub.name };
  return { code: country.code, country: country.code, name: country.name };
}

/**
 * Which country the text names, strongest evidence first: a country name, a Canadian province
 * code, a country code standing alone, a US state code (unless a city shows the code means a
 * country: "Berlin, DE", "Pune, IN"), a known city, then a US state name.
 */
function findCountry(text: string, codes: string[]): Country | null {
  const byName = COUNTRY_MATCHERS.find((m) => m.byName?.test(text));
  if (byName) return byName.country;
  if (codes.some((code) => CANADIAN_PROVINCE_CODES.has(code))) return countryByCode('CA') ?? null;
  const byCode = COUNTRY_MATCHERS.find((m) =>
    codes.some((code) => m.codes.has(code) && US_STATES[code] === undefined),
  );
  if (byCode) return byCode.country;
  const byCity = COUNTRY_MATCHERS.find((m) => m.byCity?.test(text));
  const stateCode = codes.find((code) => US_STATES[code] !== undefined);
  if (stateCode)
    return byCity && byCity.country.code === stateCode ? byCity.country : (countryByCode('US') ?? null);
  if (byCity) return byCity.country;
  return STATE_NAME_PATTERN?.test(text) ? (countryByCode('US') ?? null) : null;
}

/** The region a location text names, or null when it names none ("Remote", "Hybrid", ""). */
export function detectRegion(location: string | null | undefined): Region | null {
  const text = location?.trim() ?? '';
  if (text.length === 0) return null;
  const codes = segmentCodes(text);
  const country = findCountry(text, codes);
  return country ? countryRegion(country, text, codes) : null;
}

/** The country a currency belongs to, when only one pay-table country uses it (EUR is shared). */
const COUNTRY_BY_CURRENCY: Record<string, string> = {
  USD: 'US',
  GBP: 'UK',
  CHF: 'CH',
  CAD: 'CA',
  AUD: 'AU',
  INR: 'IN',
  PLN: 'PL',
  ZAR: 'ZA',
  NZD: 'NZ',
};

export function regionFromCurrency(currency: string): Region | null {
  const code = COUNTRY_BY_CURRENCY[currency];
  const country = code ? countryByCode(code) : undefined;
  return country ? { code: country.code, country: country.code, name: country.name } : null;
}

/** A region from a pay-table code ("UK-London", "US-TX", "DE"), for the user's own settings. */
export function regionFromCode(code: string): Region | null {
  const [countryCode, sub] = code.split('-');
  const country = countryCode ? countryByCode(countryCode) : undefined;
  if (!country) return null;
  if (!sub) return { code: country.code, country: country.code, name: country.name };
  if (country.code === 'US' && US_STATES[sub]) return { code, country: 'US', name: `${US_STATES[sub]}, US` };
  const area = SUB_AREAS.find((a) => a.code === code);
  return area ? { code, country: country.code, name: area.name } : null;
}

export function currencyOf(country: string): string | null {
  return countryByCode(country)?.currency ?? null;
}
