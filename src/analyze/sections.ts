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
    /responsibilit|duties|what you('ll| will) (do|be doing|work on)|about the (role|job|position|opportunity)|the (role|job|position|opportunity)\b|role (overview|summary|description|purpose|profile)|job (description|purpose|summary|overview)|your (role|day|impact|mission|job)|(key |main |your )?tasks\b|key (accountabilit|activities|deliverables)|accountabilit|day[- ]to[- ]day|main (tasks|purpose)|in this role|what the (job|role) involves|scope of (the )?role|key result|you will\b(?! (have|bring|need))|what you will\b(?! (have|bring|need))|overview of the role|missions|responsabilit|aufgaben|taken|funciones|responsabilidades/,
  ],
  [
    'requirements',
    /about you|requirement|qualification|skills|experience|what you('ll| will)? (bring|need|have)|who you are|you('ll| will)? (have|bring|need)\b|you are\b|essential|desirable|person spec|competenc|criteria|knowledge|nice to have|bonus points|preferred|ideal candidate|(we're|we are) looking for|is this you|must have|what we('re| are) looking for|your profile|candidate profile|(desired|required|ideal|expected) profile|^profil|(our|your|the) expectations|what we expect|comp[eé]tences|anforderungen|qualifikation|requisitos|functie-eisen/,
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
  /\b(half|a third|a quarter|two thirds|\d{1,3} ?%|\d (days?|hours?) (a|per) week)\b[^)]*\b(time|role|week|job)\b|\(\s*(c\.|ca\.|about|around|roughly|approx\.?)?\s*\d{1,3} ?%\s*\)/;

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
    } else {
      const override = boilerplateKind(line, current.kind);
      if (override !== null) {
        pushSection(sections, current, lineStart);
        sections.push({
          kind: override,
          heading: current.heading,
          start: lineStart,
          end: lineEnd,
          hedged: false,
        });
        current = { ...current, start: lineEnd + 1, end: lineEnd + 1 };
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

function looksLikeHeading(line: string): boolean {
  if (wordCount(line) > MAX_HEADING_WORDS) return false;
  if (/[.!?]$/.test(line) && !/\?$/.test(line)) return false;
  return !/^[a-z]/.test(line);
}

function headingKind(heading: string): SectionKind | null {
  const lower = heading.toLowerCase().replace(/[’]/g, "'");
  if (TIME_SHARE_HEADING.test(lower)) return 'duties';
  for (const [kind, pattern] of HEADING_KINDS) if (pattern.test(lower)) return kind;
  return null;
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
  /(^|[.!?:]\s+|\n)(the |a |an )?(pmos?|project managers?|project management offices?|project management officers?|pmo managers?|pmo leaders?)\b[^.\n]{0,40}?\b(is|are|has|have|oversees?|focus(es)?|delivers?|sets?|acts?|provides?|ensures?|manages?|plays?|can|must|should|typically|usually|often)\b/gi;
const JOB_AD_CUE =
  /\b(you will|you'll|we are looking for|we're looking for|the successful candidate|responsibilities|requirements|to apply|salary|join (us|our)|your role|what you('ll| will) (do|bring)|reporting to|about you)\b/gi;
/** Words of comparison guides and blog posts, rare in ads. */
const ARTICLE_CUE =
  /\b(pmo vs|vs\.? project manager|this (article|guide|post)|in summary|subscribe|read more|related articles|key differences|the difference between|differences between|similarities between|written by|published on)\b/gi;
/** A question about the roles ("Is PMO better than project manager?"): FAQ pages are lists of them. */
const ROLE_QUESTION =
  /(^|\n)[^\n?]{0,80}\b(pmos?|project managers?|programme managers?|scrum masters?|pms?)\b[^\n?]{0,80}\?/gi;
/** An article generalises about the roles several times… */
const MIN_GENERIC_STATEMENTS = 4;
/** …or generalises a little and names itself as a comparison or a post this often… */
const MIN_ARTICLE_CUES = 2;
/** …or is a list of questions about the roles (an ad asks one or two: "Are you an experienced PM?"). */
const MIN_ROLE_QUESTIONS = 6;

/**
 * Words a course's sales page uses to sell a place to a learner (who it is for, what you will
 * learn, dates, price, booking, the exam voucher), and that an ad, even a trainer's, rarely does:
 * a trainer's ad says what the hire teaches ("deliver PRINCE2 courses to delegates"), not how to
 * book. Each distinct kind counts once.
 */
const COURSE_PAGE_CUES: readonly RegExp[] = [
  /\bwho (is )?this (course|training|programme|program|workshop) (is )?for\b/i,
  /\bwhat you('|’)?ll learn\b|\bwhat you will learn\b|\b(learning|training|course) (outcomes|objectives)\b|\bobjectives of the (course|training|workshop)\b/i,
  // "By the end of the workshop, participants will be able to": an ad's hire is no participant.
  /\b(participants|delegates|attendees|learners) will (be able to|learn)\b|\b(by|at) the end of (the|this) (course|training|workshop)\b/i,
  /\bcourse (outline|overview|content|contents|fee|fees|price|dates|duration|manual|materials|syllabus)\b/i,
  /\bupcoming (dates|courses|sessions|cohorts)\b|\bnext (cohort|intake) starts\b|\bnext (sessions|dates)\b/i,
  /\bbook (now|your place|a place|online|today)\b|\benrol(l)?(ment)? (now|today|online)\b|\benrol(l)? on\b|\bregister (now|online|today)\b/i,
  /\bper (participant|delegate|attendee|learner|trainee)\b/i,
  // "Duration: 3 days (21 hours)"; a contract's duration is in months, an agenda's in days or hours.
  /\bduration:?\s*\d+(\.\d)?\s*(days?|hours?)\b|(^|\n)\s*day \d\s*[:–-]/i,
  /\b(\d+ )?places? (left|remaining)\b|\bspaces? (left|remaining)\b/i,
  /\bexam (voucher|included|fee)\b|\bfree resit\b/i,
  /[£$€]\s?[\d,.]+\s*(\+|plus|ex\.?|excl\.?)\s*vat\b/i,
  /\brelated courses\b|\bother courses\b/i,
  /\b\d[\d,]* reviews\b|\bcpd (points|hours)\b/i,
];
/** A page with at least this many kinds of course-selling cues is a course page… */
const MIN_COURSE_CUES = 4;

/**
 * …and not an ad when it sells more than it hires (a PMO trainer's ad has its own duties,
 * requirements and "you will"). Four kinds: a trainer's ad may name a course outline, dates or an
 * exam, but not also booking, places left and price.
 */
export function readsLikeCoursePage(text: string): boolean {
  const course = COURSE_PAGE_CUES.filter((cue) => cue.test(text)).length;
  const ad = text.match(JOB_AD_CUE)?.length ?? 0;
  return course >= MIN_COURSE_CUES && course > ad;
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
      else if (PM_PART_HEADING.test(trimmed)) pm = true;
    }
  }
  return pmo && pm;
}

/** What a text that is no job ad is instead, in the explanation's words; null for an ad. */
export function readNotAnAd(text: string): string | null {
  if (readsLikeArticle(text)) return 'an article about project roles, not a job ad';
  if (readsLikeCoursePage(text)) return 'a training course page, not a job ad';
  return null;
}

/** True for text about project roles in general (a blog post, a guide) rather than an ad for one. */
export function readsLikeArticle(text: string): boolean {
  const generic = text.match(GENERIC_ROLE_STATEMENT)?.length ?? 0;
  const cues = text.match(JOB_AD_CUE)?.length ?? 0;
  const articleCues = text.match(ARTICLE_CUE)?.length ?? 0;
  const questions = text.match(ROLE_QUESTION)?.length ?? 0;
  if (questions >= MIN_ROLE_QUESTIONS) return true;
  if (generic >= 2 && articleCues >= MIN_ARTICLE_CUES) return true;
  return generic >= MIN_GENERIC_STATEMENTS && generic > 2 * cues;
}
