/**
 * The library entry: one function the CLI, the background, the tests and the bench all call.
 * input (html | text | an extracted posting) → extract → analyze → pay → Result.
 */
import { classify } from './analyze/index';
import { extractFromText, extractPosting } from './extract/index';
import { parseHtml } from './parse-html';
import { estimatePay } from './pay/index';
import {
  type AnalyzeInput,
  AnalyzeInputSchema,
  type Classification,
  type Extraction,
  type Failure,
  type Outcome,
  type PayEstimate,
  type Posting,
  type Reason,
  type Result,
  type Settings,
} from './schema';
import { VERSION } from './version';

/** How many reasons the Result lists up front; the full evidence stays in `classification`. */
const TOP_REASONS = 8;

export async function analyze(input: AnalyzeInput, settings: Settings | null = null): Promise<Outcome> {
  const parsed = AnalyzeInputSchema.safeParse(input);
  const id = typeof input?.id === 'string' ? input.id : null;
  if (!parsed.success)
    return failure(id, 'invalid_input', `Invalid input: ${parsed.error.issues[0]?.message}`);
  try {
    const extraction = await extract(parsed.data);
    if (!extraction.ok) return failure(id, extraction.reason, extraction.message);
    return analyzePosting(withHints(extraction.posting, parsed.data), { id, settings });
  } catch (error) {
    return failure(
      id,
      'internal',
      `Analysis failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The synchronous core once a posting is in hand (the background's path). */
export function analyzePosting(
  posting: Posting,
  opts: { id?: string | null; settings?: Settings | null } = {},
): Result {
  const started = performance.now();
  const classification = classify(posting);
  const payEstimate = estimatePay(posting, classification, opts.settings ?? null);
  return toResult(opts.id ?? null, posting, classification, payEstimate, performance.now() - started);
}

async function extract(input: AnalyzeInput): Promise<Extraction> {
  if (input.posting) return { ok: true, posting: input.posting };
  if (input.html !== undefined) return extractPosting(await parseHtml(input.html), input.url ?? null);
  return extractFromText(input.text ?? '', {
    title: input.title,
    company: input.company,
    location: input.location,
    url: input.url,
    source: 'text',
  });
}

/** Fields the caller states win over what was read from the page. */
function withHints(posting: Posting, input: AnalyzeInput): Posting {
  return {
    ...posting,
    title: input.title ?? posting.title,
    company: input.company ?? posting.company,
    location: input.location ?? posting.location,
    url: posting.url ?? input.url ?? null,
  };
}

function toResult(
  id: string | null,
  posting: Posting,
  classification: Classification,
  payEstimate: PayEstimate,
  elapsedMs: number,
): Result {
  const expected = payEstimate.expected;
  return {
    ok: true,
    id,
    verdict: classification.verdict,
    lean: classification.lean,
    confidence: classification.confidence,
    pmoType: classification.pmoType,
    seniority: classification.seniority,
    summary: classification.summary,
    reasons: classification.evidence.slice(0, TOP_REASONS).map(toReason),
    posting: {
      title: posting.title,
      company: posting.company,
      location: posting.location,
      source: posting.source,
      description: posting.description,
      descriptionChars: posting.descriptionChars,
      url: posting.url,
      jobKey: posting.jobKey,
      truncated: posting.truncated,
      employmentType: posting.employmentType,
      datePosted: posting.datePosted,
      fieldsFound: posting.fieldsFound,
    },
    statedPay: payEstimate.stated,
    pay: expected
      ? {
          currency: expected.currency,
          period: expected.period,
          min: expected.min,
          max: expected.max,
          basis: expected.basis,
          sources: expected.sources,
        }
      : null,
    classification,
    payEstimate,
    elapsedMs: Math.round(elapsedMs * 100) / 100,
    version: VERSION,
  };
}

function toReason(evidence: Classification['evidence'][number]): Reason {
  const { text, side, dimension, weight, match, start, end, reason } = evidence;
  return { text, side, dimension, weight, match, start, end, reason };
}

function failure(id: string | null, code: Failure['code'], error: string): Failure {
  return { ok: false, id, code, error };
}
