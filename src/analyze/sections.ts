/**
 * Splits a description into sections (duties, requirements, about, benefits, legal, apply, other)
 * from its headings, and marks boilerplate paragraphs (equal-opportunity text, benefits lists,
 * "we are a leading…") even when the ad has no headings at all.
 */
import type { SectionKind } from '../schema';

export interface Section {
  kind: SectionKind;
  /** The heading that opened it, if any. */
  heading: string | null;
  /** Offsets in the description (the heading line excluded). */
  start: number;
  end: number;
  /** Under a "Desirable" / "Nice to have" heading: everything in it is a hedge. */
  hedged: boolean;
}

/** A sentence that ends its line with a colon and opens a list of what the role does. */
const DUTIES_LEAD_IN =
  /(?:^|(?<=[.!?]\s))\s*(?:in (?:this|the) role,? )?(?:you will|you['’]ll|your (?:main )?(?:duties|responsibilities) (?:will )?include|(?:the|this) role (?:involves|includes))\s*:\s*$/i;

/** Headings are short: longer lines are content even without a full stop. */
const MAX_HEADING_WORDS = 8;
/** "Responsibilities: you will …" – a heading run into its first line. */
const MAX_INLINE_HEADING_WORDS = 5;

const HEADING_KINDS: readonly [SectionKind, RegExp][] = [
  [
    'legal',
    /equal opportunit|diversity|inclusion|\beeo\b|accessib|reasonable adjustment|privacy|data protection|disclaimer|right to work|affirmative|gdpr|fraud|legal notice/,
  ],
  [
    'apply',
    /how to apply|\bapply\b|application|next steps|interview process|recruitment process|hiring process|closing date/,
  ],
  [
    'duties',
    /responsibilit|duties|what you('ll| will) (do|be doing|work on)|about the (role|job|position|opportunity)|the (role|job|position|opportunity)\b|(role|position|post) (overview|summary|description|purpose|profile)|job (description|purpose|summary|overview|contents?|details)|work contents?|your (role|day|impact|mission|job)|(key |main |your )?tasks\b|key (accountabilit|activities|deliverables)|accountabilit|day[- ]to[- ]day|main (tasks|purpose)|in this role|what the (job|role) involves|why (this|the) (role|job|position|post) exists|why we('re| are) hiring|(your|a) typical (week|day|month)|^\W*(main |your )?activities\b|day in the life|split of (your )?time|(essential|primary|principal|main|key) (job )?functions|scope of (the )?role|key result|you will\b(?! (have|bring|need))|what you will\b(?! (have|bring|need))|overview of the role|missions|responsabilit|aufgaben|taken|funciones|responsabilidades/,
  ],
  [
    'requirements',
    /about you|requirement|\brequired\b|qualification|skills|experience|what you('ll| will)? (bring|need|have)|who you are|you('ll| will)? (have|bring|need)\b|you are\b|essential|desirable|person spec|competenc|criteria|knowledge|nice to have|bonus points|preferred|ideal candidate|(we're|we are) looking for|is this you|must have|what we('re| are) looking for|your profile|candidate profile|(desired|required|ideal|expected) profile|^profil|(our|your|the) expectations|what we expect|we expect (from|of) you|comp[eé]tences|anforderungen|qualifikation|requisitos|functie-eisen/,
  ],
  [
    'benefits',
    /benefit|perks|what we offer|we offer|what's in it|what you('ll)? get|package|reward|compensation|salary|\bpay\b|why (join|work)|our offer|in return|what's on offer|avantages|r[ée]mun[ée]ration|wir bieten|ofrecemos|wij bieden/,
  ],
  [
    'about',
    /about (us|the company|the team|the organi[sz]ation|our|the business|the client|the trust|the department|the employer)|who we are|our (company|story|mission|values|culture|team|client)|company (overview|description|profile)|^the (company|organi[sz]ation|client|team)$|about [a-z]|qui sommes|[àa] propos|über uns|quienes somos|over ons/,
  ],
];

/**
 * A heading that gives a share of the working time ("Project coordination (about half your time)",
 * "Portfolio reporting – 40%") names a part of the job: duties, whatever other words it holds.
 */
const TIME_SHARE_HEADING =
  /\b(half|a third|a quarter|two thirds|\d{1,3} ?%|\d (days?|hours?) (a|per) week)\b[^)]*\b(time|role|week|job)\b|\(\s*(c\.|ca\.|about|around|roughly|approximately|approx\.?)?\s*(\d{1,3} ?%|(half|(a|one|two)[- ]thirds?|(a|one|three)[- ]quarters?)\b)[^)]*\)|\bhow (your|the) time (will be|is) (split|spent|divided)\b/;

const HEDGE_HEADING = /desirable|nice to have|bonus|preferred|plus|advantageous|not essential|would be great/;

const LEGAL_TEXT =
  /equal opportunit|regardless of (race|age|gender|sex|religion|disability)|protected characteristic|reasonable adjustments|\beeo\b|affirmative action|committed to (diversity|inclusion|equality|equal)|disability confident|recruitment agenc(y|ies)|we do not accept unsolicited/i;
const BENEFIT_TEXT =
  /\b(pension|annual leave|days'? holiday|holiday allowance|health insurance|private medical|cycle to work|life assurance|employee assistance|dental|401\(?k\)?|paid time off|\bpto\b|share options|hybrid working|flexible working)\b/i;
const ABOUT_TEXT =
  /^(we are|we're) (a|an|one of)\b|^founded in\b|^(at|join) [A-Z][\w&.-]*,? we\b|^[A-Z][\w&.'-]*( [A-Z][\w&.'-]*){0,3} (is|are) (a|an|one of the) (leading|global|international|award|fast|growing|well|major|national|large|specialist)/;

export function splitSections(text: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: 'other', heading: null, start: 0, end: 0, hedged: false };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const heading = readHeading(line, current.kind);
    if (heading?.inline === true && heading.kind !== 'duties' && heading.kind !== 'requirements') {
      // "Salary: £50k" or "About us: …" on one line labels that line only.
      pushSection(sections, current, lineStart);
      sections.push({
        kind: heading.kind,
        heading: heading.text,
        start: lineStart,
        end: lineEnd,
        hedged: false,
      });
      current = { ...current, start: lineEnd + 1, end: lineEnd + 1 };
    } else if (heading !== null) {
      pushSection(sections, current, lineStart);
      const contentStart = lineStart + heading.contentOffset;
      current = {
        kind: heading.kind,
        heading: heading.text,
        start: contentStart,
        end: contentStart,
        hedged: heading.hedged,
      };
    } else if (current.kind !== 'duties' && DUTIES_LEAD_IN.test(line)) {
      // "… In the role you will:" closing a paragraph: the lines below it are the duties.
      pushSection(sections, current, lineStart + (DUTIES_LEAD_IN.exec(line)?.index ?? 0));
      current = { kind: 'duties', heading: line.trim(), start: lineEnd, end: lineEnd, hedged: false };
    } else {
      for (const part of boilerplateParts(line, lineStart)) {
        const override = boilerplateKind(part.text, current.kind);
        if (override === null) continue;
        pushSection(sections, current, part.start);
        sections.push({
          kind: override,
          heading: current.heading,
          start: part.start,
          end: part.end,
          hedged: false,
        });
        current = { ...current, start: part.end + 1, end: part.end + 1 };
      }
    }
    lineStart = lineEnd + 1;
  }
  pushSection(sections, current, text.length);
  return sections;
}

function pushSection(sections: Section[], section: Section, end: number): void {
  if (end > section.start) sections.push({ ...section, end });
}

interface Heading {
  kind: SectionKind;
  text: string;
  hedged: boolean;
  /** Where content starts within the line (after an inline "Heading:"). */
  contentOffset: number;
  inline: boolean;
}

function readHeading(line: string, currentKind: SectionKind): Heading | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('•')) return null;
  const inline = /^([^:.!?]{2,60}):\s+(\S.*)$/.exec(trimmed);
  if (inline?.[1] !== undefined && wordCount(inline[1]) <= MAX_INLINE_HEADING_WORDS) {
    const kind = headingKind(inline[1]);
    if (kind !== null) {
      return {
        kind,
        text: inline[1],
        hedged: HEDGE_HEADING.test(inline[1].toLowerCase()),
        contentOffset: line.indexOf(inline[2] ?? ''),
        inline: true,
      };
    }
  }
  if (!looksLikeHeading(trimmed)) return null;
  const kind = headingKind(trimmed);
  const hedged = HEDGE_HEADING.test(trimmed.toLowerCase());
  if (kind !== null) return { kind, text: trimmed, hedged, contentOffset: line.length, inline: false };
  // An unnamed sub-heading ("Delivery:") inside duties or requirements continues that section.
  if (!trimmed.endsWith(':')) return null;
  const inherited = currentKind === 'duties' || currentKind === 'requirements' ? currentKind : 'other';
  return { kind: inherited, text: trimmed, hedged, contentOffset: line.length, inline: false };
}

/** "Your tasks – Senior Project Manager Electrolyser (about half of your time)": a part with its share runs longer. */
const MAX_TIME_SHARE_HEADING_WORDS = 14;

function looksLikeHeading(line: string): boolean {
  const limit = TIME_SHARE_HEADING.test(line.toLowerCase())
    ? MAX_TIME_SHARE_HEADING_WORDS
    : MAX_HEADING_WORDS;
  if (wordCount(line) > limit) return false;
  if (/[.!?]$/.test(line) && !/\?$/.test(line)) return false;
  return !/^[a-z]/.test(line);
}

function headingKind(heading: string): SectionKind | null {
  const lower = heading.toLowerCase().replace(/[’]/g, "'");
  if (TIME_SHARE_HEADING.test(lower)) return 'duties';
  for (const [kind, pattern] of HEADING_KINDS) if (pattern.test(lower)) return kind;
  return null;
}

/**
 * A line longer than this is a paragraph (scraped ads often come as one): its sentences are judged
 * as boilerplate one by one, so a closing equal-opportunity sentence does not make the duties
 * before it legal text. About the length of the longest benefits or equality line in the ad set.
 */
const PARAGRAPH_WORDS = 60;

function boilerplateParts(line: string, lineStart: number): { text: string; start: number; end: number }[] {
  if (wordCount(line) <= PARAGRAPH_WORDS)
    return [{ text: line, start: lineStart, end: lineStart + line.length }];
  const parts: { text: string; start: number; end: number }[] = [];
  for (const found of line.matchAll(/[^.!?]+[.!?]*/g)) {
    const start = lineStart + found.index;
    parts.push({ text: found[0], start, end: start + found[0].length });
  }
  return parts;
}

/** Boilerplate recognised by its content, whatever heading (if any) it sits under. */
function boilerplateKind(line: string, currentKind: SectionKind): SectionKind | null {
  const trimmed = line.replace(/^\s*•\s*/, '').trim();
  if (trimmed === '') return null;
  if (LEGAL_TEXT.test(trimmed)) return currentKind === 'legal' ? null : 'legal';
  if (currentKind !== 'other') return null;
  if (BENEFIT_TEXT.test(trimmed) && wordCount(trimmed) < 40) return 'benefits';
  if (ABOUT_TEXT.test(trimmed)) return 'about';
  return null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Sentences that describe the roles in general ("Project managers are…", "The PMO sets…"). */
const GENERIC_ROLE_STATEMENT =
  /(^|[.!?:]\s+|\n)(the |a |an )?(supportive |controlling |directive |typical |good |great |effective |modern |mature |strategic |central |enterprise )?(pmos?|project managers?|project management offices?|project management officers?|pmo managers?|pmo leaders?)\b[^.\n]{0,40}?\b(is|are|has|have|oversees?|focus(es)?|delivers?|sets?|acts?|provides?|ensures?|manages?|plays?|can|must|should|typically|usually|often)\b/gi;
const JOB_AD_CUE =
  /\b(you will|you'll|we are looking for|we're looking for|the successful candidate|responsibilities|requirements|to apply|salary|join (us|our)|your role|what you('ll| will) (do|bring)|reporting to|about you)\b/gi;
/** Words of comparison guides and blog posts, rare in ads. */
const ARTICLE_CUE =
  /\b(pmo vs|vs\.? project manager|this (article|guide|post)|in summary|subscribe|read more|related articles|key differences|the difference between|differences between|similarities between|written by|published on|\d+[- ]min(ute)? read|related posts|related reading|further reading|blog|newsletter|opinion|new article)\b/gi;
/** A question about the roles ("Is PMO better than project manager?"): FAQ pages are lists of them. */
const ROLE_QUESTION =
  /(^|\n)[^\n?]{0,80}\b(pmos?|project managers?|programme managers?|scrum masters?|pms?)\b[^\n?]{0,80}\?/gi;
/** An article generalises about the roles several times… */
const MIN_GENERIC_STATEMENTS = 4;
/** …or generalises a little and names itself as a comparison or a post this often… */
const MIN_ARTICLE_CUES = 2;
/** …or names itself as a post this often, with at least one generalisation… */
const MIN_SELF_NAMING_CUES = 3;
/** …or is a list of questions about the roles (an ad asks one or two: "Are you an experienced PM?"). */
const MIN_ROLE_QUESTIONS = 6;

/**
 * A job ad addresses a hire: it describes a role as the duties of "you" or "the post holder", lists
 * responsibilities and requirements, seeks someone ("we are looking for", "join us"), and states
 * terms (salary, contract, location) and how to apply. Each kind counts once, so a long ad and a
 * terse 100-word one score alike; on the 384 tuned-on ads every English ad shows at least one.
 */
const HIRING_CUES: readonly RegExp[] = [
  /\b(you will|you'll|you’ll|you would|the post ?holder|the job ?holder|the role ?holder|the successful (candidate|applicant)|the (ideal|right) candidate|the incumbent|your (role|responsibilities|duties|main tasks))\b/i,
  /\b(responsibilit\w*|duties|accountabilities|key tasks|main tasks|day[- ]to[- ]day|what you('|’)?ll (do|be doing)|the role\b|this role|the position|this position|the post\b|the job\b|in this role)/i,
  /\b(requirements|qualifications|essential|desirable|experience (in|of|with)|years'? (of )?(\w+ )?experience|\d\+? years|about you|your profile|who you are|skills and experience|must have|nice to have|degree in)\b/i,
  /\b(we are|we're|we’re|is|are) (looking for|seeking|hiring|recruiting)\b|\bjoin (us|our|the|a)\b|\bto join\b|\bvacanc(y|ies)\b|\bopening for\b|\bopportunity for an?\b/i,
  /\b(salary|per annum|p\.?a\.?\b|day rate|per day|permanent|fixed[- ]term|contract (role|length|duration)|full[- ]time|part[- ]time|hours per week|reporting (line|to)|reports to|line manager|benefits|pension|annual leave|hybrid working|remote|on[- ]site|location:|based in)\b/i,
  /\b(apply|applications?|applicants?|closing date|cv|résumé|resume|cover letter|interview|candidates?|recruitment)\b/i,
];

/**
 * Pages that talk about PMOs without hiring anyone, each by the words it uses to sell or inform
 * rather than to hire: a course page (who it is for, what you'll learn, dates, price, booking), a
 * software vendor's product page (demo, free trial, per-user pricing, customers), an event page
 * (a timed agenda, keynotes, break-out sessions, tickets, PDUs). Each cue counts once per page. The
 * event cues are what a visitor books, not what an events job works on (speakers, sponsors, the
 * summit itself), so an events programmer's ad stays an ad.
 */
const PAGE_KINDS: readonly { looksLike: string; cues: readonly RegExp[] }[] = [
  {
    looksLike: 'a training course page, not a job ad',
    cues: [
      /\bwho (is )?this (course|training|programme|program|workshop) (is )?for\b|\bwho should (attend|join|enrol|enroll|take this)\b/i,
      /\bwhat you('|’)?ll learn\b|\bwhat you will learn\b|\b(learning|training|course) (outcomes|objectives)\b|\bobjectives of the (course|training|workshop)\b/i,
      // "By the end of the workshop, participants will be able to": an ad's hire is no participant.
      /\b(participants|delegates|attendees|learners) will (be able to|learn)\b|\b(by|at) the end of (the|this) (course|training|workshop)\b/i,
      /\bcourse (outline|overview|content|contents|fee|fees|price|dates|duration|manual|materials|syllabus)\b|\b(programme|program|training) (fee|fees)\b/i,
      // "Next batches", "weekend batch": Indian training providers' word for a cohort.
      /\bupcoming (dates|courses|sessions|cohorts|batch|batches)\b|\bnext (cohort|intake) starts\b|\bnext (sessions|dates|batch|batches)\b|\b(weekend|weekday) batch(es)?\b/i,
      /\bbook (now|your place|a place|online|today)\b|\benrol(l)?(ment)? (now|today|online)\b|\benrol(l)? on\b|\bregister (now|online|today)\b/i,
      /\bper (participant|delegate|attendee|learner|trainee)\b|\btuition\b|\bcourse code\b|\bcontact hours\b|\bbootcamp\b/i,
      // "Duration: 3 days (21 hours)"; a contract's duration is in months, an agenda's in days or hours.
      /\bduration:?\s*\d+(\.\d)?\s*(days?|hours?)\b|(^|\n)\s*day \d\s*[:–-]/i,
      /\b(\d+ )?places? (left|remaining)\b|\bspaces? (left|remaining)\b/i,
      /\bexam (voucher|included|fee)\b|\bfree resit\b/i,
      /[£$€]\s?[\d,.]+\s*(\+|plus|ex\.?|excl\.?)\s*vat\b/i,
      /\brelated courses\b|\bother courses\b|\bcertificate of (completion|attendance)\b|\bdownload (the |our )?(course )?brochure\b/i,
      /\b\d[\d,]* reviews\b|\bcpd (points|hours)\b/i,
    ],
  },
  {
    looksLike: 'a software product page, not a job ad',
    cues: [
      /\b(book|request|schedule|get) a (free )?demo\b/i,
      /\bfree trial\b|\bno credit card\b|\bstart (your )?free\b/i,
      /\bper (user|seat|licen[cs]e) per (month|year)\b|(^|\n)\s*pricing\s*($|\n)|\b(plans|pricing) (start|from)\b/i,
      /\btrusted by\b|\bour customers\b|\bcustomer (success )?stories\b/i,
      /\b(integrates with|integrations|out of the box|connectors?)\b/i,
      /\b(all plans|every plan)\b/i,
    ],
  },
  {
    // A consultancy selling PMO set-up or PMO-as-a-service talks to a client ("we help your board",
    // "our references", "book a consultation"); an ad talks to a hire, even a consultancy's own ad.
    looksLike: "a consultancy's services page, not a job ad",
    cues: [
      /\bour (\w+ )?(services|solutions|service offering|consulting services|offering)\b|(^|\n)[^\n]*\bservices\s*[>›»]/i,
      /\bwe (help|support|advise|guide) (you|your|organi[sz]ations|companies|businesses|clients)\b|\bhelps (them|you|organi[sz]ations|companies|clients|entities)\b/i,
      /\bcase stud(y|ies)\b|\bour references\b|\bclient (testimonials?|stories)\b|\bsuccess stories\b/i,
      /\bcontact us\b|\bcontact our (\w+ )?(practice|team|experts)\b|\bget in touch\b|\btalk to us\b|\benquiry form\b|\bfree (maturity )?assessment\b|\b(free|initial|non-binding|no-obligation) (initial )?(consultation|call)\b|\b(book|arrange|schedule) a (free |non-binding )?(\d+-minute )?(consultation|call)\b|\bsend request\b/i,
      /\b[Ww]hy (choose )?(us|[A-Z][\w&-]+)\?|\b[Ww]hy choose\b|(^|\n)\s*Why [A-Z][\w&-]+( [A-Z][\w&-]+)?\s*(\n|$)/,
      /\bwhite ?paper\b|\bwebinar\b/i,
      /\byour (company|organi[sz]ation|business|management board|board|project landscape|project office|pmo)\b/i,
    ],
  },
  {
    looksLike: 'an event or conference page, not a job ad',
    cues: [
      /\bkeynote\b/i,
      /\b(break-?out|parallel) sessions?\b|\btracks? [a-d1-4]\b/i,
      /\b(tickets?|early[- ]bird|group discount)\b/i,
      /(^|\n)\s*(coffee|lunch|networking|drinks)( break)?\s*($|\n)|\bnetworking (break|drinks|lunch)\b/i,
      // A timed agenda: lines that start with a clock time ("09:30 Keynote").
      /(^|\n)\s*\d{1,2}[:.]\d{2}\s+\S/,
      /\b(pdus?|cpd points)\b/i,
      /\bregistration (and coffee|opens|desk)\b|\bregistration required\b/i,
    ],
  },
];
/**
 * A page needs at least this many kinds of one family's cues, and more than it has hiring cues. On
 * the 384 tuned-on ads the four pages that are no ads show 7–11 kinds against 0–2 hiring kinds;
 * the most any real ad shows is 3 (a conference programme manager's ad), against 5 hiring kinds.
 * On the 447 ads of dev and fresh–fresh8 the consultancy's services page shows 7 kinds of its
 * family's cues; no ad shows more than 1.
 */
const MIN_PAGE_CUES = 3;

/** What kind of page the text is, when it informs or sells more than it hires; null for an ad. */
export function readsLikePage(text: string): string | null {
  const hiring = HIRING_CUES.filter((cue) => cue.test(text)).length;
  let best: { looksLike: string; count: number } | null = null;
  for (const kind of PAGE_KINDS) {
    const count = kind.cues.filter((cue) => cue.test(text)).length;
    if (count > (best?.count ?? 0)) best = { looksLike: kind.looksLike, count };
  }
  return best !== null && best.count >= MIN_PAGE_CUES && best.count > hiring ? best.looksLike : null;
}

/** A sub-heading is a short line of its own: a heading, or an unbulleted line in the duties. */
const MAX_PART_HEADING_WORDS = 6;
/** A part of the duties named for the PMO side ("Portfolio management", "In the PMO you will:"). */
const PMO_PART_HEADING =
  /\b(e?pmo|portfolio|portfolio office|programme office|program office|project management office)\b/i;
/** …and a part named for delivery ("Project management", "As a project manager you will:", "B. Project Lead"). */
const PM_PART_HEADING =
  /\b(project (management|manager|lead|leader|delivery)|programme manager|program manager|delivering projects|your own projects)\b(?! office)/i;

/**
 * …or a part named for one piece of work ("Expansion Program (approx. 40%)", "ERP Project"), not
 * for a function every project shares ("Project governance", "Programme reporting", "Project support").
 */
const NAMED_WORK_HEADING = /\b(project|programme|program)\b/i;
const PROJECT_FUNCTION_WORDS =
  /\b(office|pmo|portfolio|governance|assurance|reporting|standards?|methods?|methodology|framework|lifecycle|controls?|support|intake|data|finance|financials|administration|coordination|community|academy|management)\b/i;

function namesDeliveryPart(heading: string): boolean {
  if (PM_PART_HEADING.test(heading)) return true;
  return NAMED_WORK_HEADING.test(heading) && !PROJECT_FUNCTION_WORDS.test(heading);
}

/**
 * The duties fall under two sub-headings, one naming the PMO side and the other a delivery role
 * ("Portfolio management … Project management", "A. PMO … B. Project Lead"): the ad lays out a
 * job in two parts, as plainly as "a dual role" says it.
 */
export function splitsDutiesBySide(text: string): boolean {
  let pmo = false;
  let pm = false;
  for (const section of splitSections(text)) {
    if (section.kind !== 'duties') continue;
    const lines = text.slice(section.start, section.end).split('\n');
    for (const line of [section.heading ?? '', ...lines]) {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('•') || wordCount(trimmed) > MAX_PART_HEADING_WORDS) continue;
      if (PMO_PART_HEADING.test(trimmed)) pmo = true;
      else if (namesDeliveryPart(trimmed)) pm = true;
    }
  }
  return pmo && pm;
}

/** What a text that is no job ad is instead, in the explanation's words; null for an ad. */
export function readNotAnAd(text: string): string | null {
  if (readsLikeArticle(text)) return 'an article about project roles, not a job ad';
  return readsLikePage(text);
}

/** True for text about project roles in general (a blog post, a guide) rather than an ad for one. */
export function readsLikeArticle(text: string): boolean {
  const generic = text.match(GENERIC_ROLE_STATEMENT)?.length ?? 0;
  const cues = text.match(JOB_AD_CUE)?.length ?? 0;
  const articleCues = text.match(ARTICLE_CUE)?.length ?? 0;
  const questions = text.match(ROLE_QUESTION)?.length ?? 0;
  if (questions >= MIN_ROLE_QUESTIONS) return true;
  if (generic >= 2 && articleCues >= MIN_ARTICLE_CUES) return true;
  // A post that names itself as one three ways ("7 min read", "Related posts", "Blog") needs one generalisation…
  if (generic >= 1 && articleCues >= MIN_SELF_NAMING_CUES) return true;
  // …and one that does so four ways ("Opinion · 7 min read", "Related reading", "Subscribe") needs none.
  if (articleCues > MIN_SELF_NAMING_CUES) return true;
  return generic >= MIN_GENERIC_STATEMENTS && generic > 2 * cues;
}
