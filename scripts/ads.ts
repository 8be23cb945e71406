/**
 * Loader for the labelled job-ad set in `tests/fixtures/ads/`.
 *
 * One ad per `.txt` file: a header of `key: value` lines, a line `---`, then the ad body.
 * The header is validated with zod so a typo in a label fails loudly, naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { VerdictSchema } from '../src/schema';

const HEADER_END = '---';

/** Folders under the set's root that split it; anything else is treated as development data. */
export const PartSchema = z.enum([
  'dev',
  'holdout',
  'fresh',
  'fresh2',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
  'fresh8',
  'fresh9',
  'fresh10',
  'fresh11',
  'fresh12',
  'fresh13',
  'fresh14',
  'fresh15',
  'fresh16',
  'fresh17',
  'fresh18',
  'fresh19',
  'fresh20',
  'fresh21',
  'fresh22',
  'fresh23',
  'fresh24',
  'fresh25',
  'fresh26',
  'fresh27',
  'fresh28',
  'fresh29',
  'fresh30',
  'fresh31',
  'fresh32',
  'fresh33',
  'fresh34',
  'fresh35',
  'fresh36',
  'fresh37',
]);
export type Part = z.infer<typeof PartSchema>;

export const AdPmoTypeSchema = z.enum(['support', 'lead', 'none']);
export type AdPmoType = z.infer<typeof AdPmoTypeSchema>;

const AdHeaderSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case words joined by "-"'),
    label: VerdictSchema,
    pmoType: AdPmoTypeSchema,
    title: z.string().min(1),
    company: z.string().min(1),
    location: z.string().min(1),
    notes: z.string().min(1),
  })
  .strict()
  .refine((h) => (h.label === 'pmo' || h.label === 'hybrid') === (h.pmoType !== 'none'), {
    message: 'pmoType must be support or lead for pmo and hybrid ads, and none for pm and neither',
    path: ['pmoType'],
  });

export type AdHeader = z.infer<typeof AdHeaderSchema>;

export type LabelledAd = AdHeader & {
  /** The ad text below the header. */
  body: string;
  /** Path of the file, relative to the directory given to `loadAds`. */
  file: string;
  part: Part;
};

/** Reads `key: value` lines; a value may itself contain ": ". */
function parseHeaderLines(lines: string[], file: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of lines) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`${file}: header line is not "key: value": ${JSON.stringify(line)}`);
    const key = line.slice(0, colon).trim();
    if (key in fields) throw new Error(`${file}: header field "${key}" appears twice`);
    fields[key] = line.slice(colon + 1).trim();
  }
  return fields;
}

/** Parses one ad file's text. `file` names the file in error messages. */
export function parseAd(text: string, file: string, part: Part): LabelledAd {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((line) => line.trim() === HEADER_END);
  if (end < 0) throw new Error(`${file}: no "${HEADER_END}" line between header and body`);
  const parsed = AdHeaderSchema.safeParse(parseHeaderLines(lines.slice(0, end), file));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'header'}: ${i.message}`);
    throw new Error(`${file}: malformed header (${problems.join('; ')})`);
  }
  const body = lines
    .slice(end + 1)
    .join('\n')
    .trim();
  if (body === '') throw new Error(`${file}: empty ad body`);
  const expectedId = basename(file, '.txt');
  if (parsed.data.id !== expectedId) {
    throw new Error(`${file}: id "${parsed.data.id}" does not match the file name "${expectedId}"`);
  }
  return { ...parsed.data, body, file, part };
}

function listTextFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The part an ad belongs to: the first folder under the set's root (or the folder loaded, for one
 * part's folder). A folder no part names is an
 * error, never development data: a new untouched part read as `dev` would be tuned on unseen.
 * Each later part (`fresh` … `fresh29`) was written blind to the classifier after a tuning round,
 * evaluated once, then tuned on (from `fresh10` in pairs or fours, each group first evaluated
 * together); `fresh30` … `fresh33` were written after that: nobody tuning has seen them, and
 * `fresh34` … `fresh37` were written after the last tuning round to check that figure again.
 */
function partOf(dir: string, relativePath: string): Part {
  // Loading one part's folder: its files sit right under it.
  const folder = relativePath.includes(sep) ? relativePath.split(sep)[0] : basename(dir);
  const parsed = PartSchema.safeParse(folder);
  if (!parsed.success)
    throw new Error(
      `${relativePath}: "${folder}" is not a part of the ad set (${PartSchema.options.join(', ')})`,
    );
  return parsed.data;
}

/** Loads every `.txt` ad under `dir` (recursively), sorted by path. Throws on the first malformed file. */
export function loadAds(dir: string): LabelledAd[] {
  return listTextFiles(dir).map((path) => {
    const file = relative(dir, path);
    return parseAd(readFileSync(path, 'utf8'), file, partOf(dir, file));
  });
}
