/**
 * The contracts between stages (extract → analyze → pay → present), between extension contexts,
 * and for what is stored. Types are inferred from the schemas so the two never drift.
 *
 * Extract code imports only *types* from here (`import type`) so the content script stays free of zod.
 */
import { z } from 'zod';

// zod 4 compiles validators with `new Function` unless told not to; the extension CSP forbids that.
z.config({ jitless: true });

// ───────────────────────── shared vocabulary ─────────────────────────

export const VerdictSchema = z.enum(['pmo', 'pm', 'hybrid', 'neither']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const SideSchema = z.enum(['pmo', 'pm', 'neither']);
export type Side = z.infer<typeof SideSchema>;

/** The nine dimensions of domain.md, plus the title and "another role altogether" signals. */
export const DimensionSchema = z.enum([
  'scope',
  'responsibilities',
  'decisions',
  'reporting',
  'resources_risk',
  'tools',
  'skills',
  'credentials',
  'stance',
  'title',
  'other_role',
]);
export type Dimension = z.infer<typeof DimensionSchema>;

export const SenioritySchema = z.enum(['junior', 'mid', 'senior', 'lead', 'unknown']);
export type Seniority = z.infer<typeof SenioritySchema>;

export const PmoTypeSchema = z.enum(['support', 'lead']).nullable();
export type PmoType = z.infer<typeof PmoTypeSchema>;

export const SectionKindSchema = z.enum([
  'duties',
  'requirements',
  'about',
  'benefits',
  'legal',
  'apply',
  'other',
]);
export type SectionKind = z.infer<typeof SectionKindSchema>;

export const PeriodSchema = z.enum(['hour', 'day', 'week', 'month', 'year']);
export type Period = z.infer<typeof PeriodSchema>;

/** ISO 4217 code. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/);

export const EmploymentSchema = z.enum(['perm', 'contract']);
export type Employment = z.infer<typeof EmploymentSchema>;

// ───────────────────────── extract → Posting ─────────────────────────

export const PostingSourceSchema = z.enum([
  'jsonld',
  'microdata',
  'linkedin',
  'indeed',
  'glassdoor',
  'greenhouse',
  'lever',
  'workday',
  'ashby',
  'smartrecruiters',
  'workable',
  'reed',
  'stepstone',
  'welcometothejungle',
  'generic',
  'text',
  'selection',
  'paste',
]);
export type PostingSource = z.infer<typeof PostingSourceSchema>;

/** Pay as an ad or its structured data states it, normalised. `min`/`max` null for one-sided amounts. */
export const StatedPaySchema = z.object({
  currency: CurrencySchema,
  period: PeriodSchema,
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** The words it was read from, for display ("£450-£550 p/d"). */
  text: z.string(),
  /** Where it was read: structured data, the board's pay element, or the description. */
  from: z.enum(['jsonld', 'board', 'description']),
  /** "outside IR35", "Glassdoor estimate", "NHS AfC Band 7 (2025/26)" … */
  note: z.string().nullable().default(null),
});
export type StatedPay = z.infer<typeof StatedPaySchema>;

export const PostingSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  url: z.string().nullable(),
  /** The board's own job id when there is one; results are keyed on it. */
  jobKey: z.string().nullable(),
  source: PostingSourceSchema,
  /**
   * The description as plain text. Blocks (paragraphs, headings, list items) are separated by "\n";
   * list items start with "• ". Headings stand on their own line.
   */
  description: z.string(),
  descriptionChars: z.number().int().nonnegative(),
  /** The description looked cut off (a clamp with no full text, "…see more" at the end). */
  truncated: z.boolean(),
  /** Raw pay text from the board's pay element, if any (parsed by the pay stage). */
  payText: z.string().nullable(),
  /** Pay from structured data (JSON-LD baseSalary), already normalised by the extractor. */
  structuredPay: StatedPaySchema.nullable(),
  employmentType: z.string().nullable(),
  datePosted: z.string().nullable(),
  /** Names of fields the extractor found, for "what was read". */
  fieldsFound: z.array(z.string()),
});
export type Posting = z.infer<typeof PostingSchema>;

/** What extraction gives back: a posting, or a reason there is none. */
export const ExtractionSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), posting: PostingSchema }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['no_posting', 'empty', 'not_job_ad']),
    message: z.string(),
    jobKey: z.string().nullable().default(null),
  }),
]);
export type Extraction = z.infer<typeof ExtractionSchema>;

// ───────────────────────── analyze → Classification ─────────────────────────

export const EvidenceSchema = z.object({
  /** The sentence quoted from the ad. */
  text: z.string(),
  /** The phrase in `text` that matched, and where it stands in `text`. */
  match: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  side: SideSchema,
  dimension: DimensionSchema,
  /** Signed contribution after section weighting and context (always ≥ 0; the side says which way). */
  weight: z.number().nonnegative(),
  section: SectionKindSchema,
  /** Why this phrase counts (from the lexicon), plus any context rule that changed it. */
  reason: z.string(),
  /** Context that changed the signal: "negated", "hedged", "reports to the PMO" … */
  context: z.array(z.string()).default([]),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const DimensionScoreSchema = z.object({
  dimension: DimensionSchema,
  pmo: z.number().nonnegative(),
  pm: z.number().nonnegative(),
});
export type DimensionScore = z.infer<typeof DimensionScoreSchema>;

export const ClassificationSchema = z.object({
  verdict: VerdictSchema,
  /** -1 = pure PM … +1 = pure PMO. */
  lean: z.number().min(-1).max(1),
  confidence: z.number().min(0).max(1),
  pmoType: PmoTypeSchema,
  seniority: SenioritySchema,
  /** For hybrid: which side dominates. */
  dominant: z.enum(['pmo', 'pm']).nullable(),
  /** For neither: what the ad looks like instead ("product manager", "scrum master"). */
  looksLike: z.string().nullable(),
  scores: z.object({
    pmo: z.number().nonnegative(),
    pm: z.number().nonnegative(),
    neither: z.number().nonnegative(),
  }),
  dimensions: z.array(DimensionScoreSchema),
  /** All evidence, strongest first. */
  evidence: z.array(EvidenceSchema),
  /** Two sentences in plain English. */
  summary: z.string(),
  /** What would have changed the verdict. */
  counterfactual: z.string().nullable(),
  /** Title says one thing, duties another. */
  titleMismatch: z.string().nullable(),
  /** ISO 639-1 code of the ad's language as detected. */
  language: z.string(),
  notes: z.array(z.string()),
});
export type Classification = z.infer<typeof ClassificationSchema>;

// ───────────────────────── pay → PayEstimate ─────────────────────────

export const PaySourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  asof: z.string(),
  /** Evidence quality tag from research/pay-data.md: P, PR, S, S-low, D, Seed. */
  quality: z.string(),
});
export type PaySource = z.infer<typeof PaySourceSchema>;

export const ExpectedPaySchema = z.object({
  currency: CurrencySchema,
  period: PeriodSchema,
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
  /** One sentence: which cells, which statistic, which adjustments. */
  basis: z.string(),
  sources: z.array(PaySourceSchema),
  /** Conversions and constants used (exchange-rate date, working days per year…). */
  assumptions: z.array(z.string()),
  region: z.string(),
  family: z.enum(['pm', 'pmo_support', 'pmo_lead']),
  seniority: SenioritySchema,
  employment: EmploymentSchema,
});
export type ExpectedPay = z.infer<typeof ExpectedPaySchema>;

export const PayEstimateSchema = z.object({
  stated: StatedPaySchema.nullable(),
  expected: ExpectedPaySchema.nullable(),
  /** "stated £450–£550/day sits in the lower half of the usual …" */
  comparison: z.string().nullable(),
  /** Why there is no expected range, when there is none. */
  note: z.string().nullable(),
});
export type PayEstimate = z.infer<typeof PayEstimateSchema>;

// ───────────────────────── the Result (CLI JSON, popup, background) ─────────────────────────

/** A reason as the Result lists it: the evidence without its section and context details. */
export const ReasonSchema = EvidenceSchema.pick({
  text: true,
  side: true,
  dimension: true,
  weight: true,
  match: true,
  start: true,
  end: true,
  reason: true,
});
export type Reason = z.infer<typeof ReasonSchema>;

export const PayRangeSchema = ExpectedPaySchema.pick({
  currency: true,
  period: true,
  min: true,
  max: true,
  basis: true,
  sources: true,
});

export const ResultPostingSchema = PostingSchema.pick({
  title: true,
  company: true,
  location: true,
  source: true,
  description: true,
  descriptionChars: true,
  url: true,
  jobKey: true,
  truncated: true,
  employmentType: true,
  datePosted: true,
  fieldsFound: true,
});

export const ResultSchema = z.object({
  ok: z.literal(true),
  id: z.string().nullable(),
  verdict: VerdictSchema,
  lean: z.number().min(-1).max(1),
  confidence: z.number().min(0).max(1),
  pmoType: PmoTypeSchema,
  seniority: SenioritySchema,
  summary: z.string(),
  /** The strongest evidence, both sides, strongest first. */
  reasons: z.array(ReasonSchema),
  posting: ResultPostingSchema,
  statedPay: StatedPaySchema.nullable(),
  pay: PayRangeSchema.nullable(),
  classification: ClassificationSchema,
  payEstimate: PayEstimateSchema,
  /** Milliseconds spent in analyze + pay. */
  elapsedMs: z.number().nonnegative(),
  version: z.string(),
});
export type Result = z.infer<typeof ResultSchema>;

export const FailureSchema = z.object({
  ok: z.literal(false),
  id: z.string().nullable(),
  code: z.enum(['no_posting', 'empty', 'not_job_ad', 'invalid_input', 'internal']),
  error: z.string(),
});
export type Failure = z.infer<typeof FailureSchema>;

export const OutcomeSchema = z.discriminatedUnion('ok', [ResultSchema, FailureSchema]);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** What `analyze()` takes. Either html or text; the rest are hints that override what is read. */
export const AnalyzeInputSchema = z
  .object({
    id: z.string().optional(),
    html: z.string().optional(),
    text: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    company: z.string().optional(),
    location: z.string().optional(),
    /** An already-extracted posting (the browser path): skips extraction. */
    posting: PostingSchema.optional(),
  })
  .refine((v) => v.html !== undefined || v.text !== undefined || v.posting !== undefined, {
    message: 'give html, text or posting',
  });
export type AnalyzeInput = z.infer<typeof AnalyzeInputSchema>;

// ───────────────────────── messages between contexts ─────────────────────────

/** content → background: what the page holds now. */
export const PageReportSchema = z.object({
  type: z.literal('page-report'),
  url: z.string(),
  extraction: ExtractionSchema,
});
export type PageReport = z.infer<typeof PageReportSchema>;

/** content → background: the user moved to another job; its text is not read yet. */
export const JobChangedSchema = z.object({
  type: z.literal('job-changed'),
  url: z.string(),
  jobKey: z.string().nullable(),
});
export type JobChanged = z.infer<typeof JobChangedSchema>;

export const ContentMessageSchema = z.discriminatedUnion('type', [PageReportSchema, JobChangedSchema]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** popup → background. */
export const PopupRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-state'), tabId: z.number().int() }),
  z.object({ type: z.literal('reread'), tabId: z.number().int() }),
  z.object({ type: z.literal('analyze-text'), text: z.string(), tabId: z.number().int().nullable() }),
]);
export type PopupRequest = z.infer<typeof PopupRequestSchema>;

/** background → content: read the page again now. */
export const ContentRequestSchema = z.object({ type: z.literal('extract') });
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** popup → page (run there by scripting.executeScript): mark these evidence sentences (empty clears) and scroll to one. */
export const HighlightRequestSchema = z.object({
  type: z.literal('highlight'),
  /** Each evidence sentence as quoted, with its matched phrase to fall back on. */
  quotes: z.array(z.object({ text: z.string(), match: z.string() })),
  /** Index in `quotes` of the sentence to scroll to, or null to scroll nowhere. */
  focus: z.number().int().nonnegative().nullable(),
});
export type HighlightRequest = z.infer<typeof HighlightRequestSchema>;

/** page → popup: how many sentences were found and marked; null when the browser cannot highlight. */
export const HighlightReplySchema = z.object({
  type: z.literal('highlighted'),
  found: z.number().int().nonnegative().nullable(),
  /** The sentence asked to scroll to was found and scrolled to. */
  focused: z.boolean().default(false),
});
export type HighlightReply = z.infer<typeof HighlightReplySchema>;

/** What the popup shows for a tab. */
export const TabStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('loading'), jobKey: z.string().nullable() }),
  z.object({ state: z.literal('ready'), result: ResultSchema }),
  z.object({ state: z.literal('no-posting'), message: z.string() }),
  z.object({ state: z.literal('no-access'), message: z.string() }),
  z.object({ state: z.literal('error'), message: z.string() }),
]);
export type TabState = z.infer<typeof TabStateSchema>;

// ───────────────────────── stored settings ─────────────────────────

export const SETTINGS_VERSION = 1;

/** The user's own overrides for the expected range (options page). */
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Region code as the pay table knows it ("US", "UK", "UK-London", "FR", "DE" …), or null for the ad's. */
  homeRegion: z.string().nullable(),
  /** ISO 4217 code to show ranges in, or null for the region's own. */
  currency: CurrencySchema.nullable(),
  /** Years of experience, to personalise seniority, or null for the ad's. */
  years: z.number().int().min(0).max(60).nullable(),
  /** Use the three fields above instead of what the ad says. */
  personalise: z.boolean(),
  /** Show the verdict on the toolbar badge. */
  badge: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  homeRegion: null,
  currency: null,
  years: null,
  personalise: false,
  badge: true,
};
