/**
 * Choosing the pay-table cell for a role and turning it into an interquartile-like band.
 *
 * Order of preference: a cell for the exact level, then another level × a sourced seniority
 * ratio, then an all-levels cell cut to the level's part of its distribution, then (for PMO roles)
 * the mixed-PMO aggregate. Within each, the most specific region first (a region's own cell, then
 * the country's × a sourced area ratio), newest first. Seed cells only when nothing else applies.
 */
import type { Employment, Seniority } from '../schema';
import {
  AREA_MULTIPLIERS,
  type AreaMultiplier,
  BLS_SHAPE,
  CELLS,
  type Cell,
  type CellSeniority,
  type Family,
  SENIORITY_MULTIPLIERS,
  SOURCES,
} from './bands';
import { formatMoney } from './format';
import type { Region } from './region';

export type RoleFamily = Exclude<Family, 'pmo_any'>;

/** Which part of an all-levels distribution a level takes. */
type Slice = 'own' | 'iqr' | 'lower_half' | 'upper_half' | 'top_quarter';

interface Route {
  family: Family;
  seniority: CellSeniority;
  factor: number;
  /** The sourced ratio that moves the cell to the wanted level, if any. */
  ratio: { why: string; sources: string[] } | null;
  slice: Slice;
  /** Why this route is taken, for the basis ("level not known"). */
  label: string | null;
}

interface ChainStep {
  code: string;
  area: AreaMultiplier | null;
}

export interface Pick {
  cell: Cell;
  route: Route;
  area: AreaMultiplier | null;
  /** A permanent figure used for a contract role (no contract cell). */
  employmentFallback: boolean;
}

/** The limit for an interquartile-like band: max ≤ 1.8 × min. */
export const MAX_BAND_RATIO = 1.8;

const LEVEL_SLICE: Record<Exclude<Seniority, 'unknown'>, Slice> = {
  junior: 'lower_half',
  mid: 'iqr',
  senior: 'upper_half',
  lead: 'top_quarter',
};

const SLICE_WORDS: Record<Exclude<Slice, 'own'>, string> = {
  iqr: 'middle half (p25–p75)',
  lower_half: 'lower half (p25–p50)',
  upper_half: 'upper half (p50–p90)',
  top_quarter: 'top quarter (p75–p90)',
};

function route(family: Family, seniority: CellSeniority, slice: Slice, label: string | null = null): Route {
  return { family, seniority, factor: 1, ratio: null, slice, label };
}

const FAMILY_LABEL: Record<RoleFamily, string> = {
  pm: 'project manager',
  pmo_support: 'PMO support',
  pmo_lead: 'PMO lead',
};

function routesFor(family: RoleFamily, seniority: Seniority, country: string): Route[] {
  const pmoSlice: Slice = family === 'pmo_support' ? 'lower_half' : 'upper_half';
  const pmoAny =
    family === 'pm'
      ? []
      : [route('pmo_any', 'all', pmoSlice, `no ${FAMILY_LABEL[family]} figure here, so the all-PMO figure`)];
  if (seniority === 'unknown') {
    return [
      route(family, 'all', 'iqr', 'level not stated'),
      route(family, 'mid', 'own', 'level not stated, so the mid-level figure'),
      ...pmoAny,
      ...(['senior', 'junior', 'lead'] as const).map((s) =>
        route(family, s, 'own', `level not stated; the only ${FAMILY_LABEL[family]} figure is ${s}-level`),
      ),
    ];
  }
  const ratios = SENIORITY_MULTIPLIERS.filter(
    (m) => m.region === country && m.to.family === family && m.to.seniority === seniority,
  ).map<Route>((m) => ({
    family: m.from.family,
    seniority: m.from.seniority,
    factor: m.factor,
    ratio: { why: m.why, sources: m.sources },
    slice: 'own',
    label: null,
  }));
  return [
    route(family, seniority, 'own'),
    ...ratios,
    route(family, 'all', LEVEL_SLICE[seniority], `all-levels figure cut for a ${seniority} role`),
    ...pmoAny,
  ];
}

/** The region's own cells first, then broader areas, then the country × a sourced area ratio. */
function regionChain(region: Region): ChainStep[] {
  const area = AREA_MULTIPLIERS.find((m) => m.area === region.code) ?? null;
  const london = ['UK-CityLondon', 'UK-London'].includes(region.code);
  const steps: ChainStep[] = [{ code: region.code, area: null }];
  if (region.code === 'UK-CityLondon') steps.push({ code: 'UK-London', area: null });
  if (london) steps.push({ code: 'UK-CentralLondon', area: null });
  if (region.code !== region.country) steps.push({ code: region.country, area });
  return steps;
}

/** "2024-05" → 2024.4, "c2018" → 2018, "2018/19" → 2018, "n/a" → 0: for newest-first ordering. */
function asofRank(asof: string): number {
  const match = /(\d{4})(?:-(\d{2}))?/.exec(asof);
  if (!match) return 0;
  return Number(match[1]) + (match[2] ? Number(match[2]) / 100 : 0);
}

const isSeed = (cell: Cell) => SOURCES[cell.source]?.quality === 'Seed';

function cellsAt(
  code: string,
  r: Route,
  employment: Employment,
  seed: boolean,
  localCurrency: string | null,
): Cell[] {
  return CELLS.filter(
    (c) =>
      c.use === 'estimate' &&
      c.region === code &&
      c.family === r.family &&
      c.seniority === r.seniority &&
      c.employment === employment &&
      isSeed(c) === seed,
  ).sort(
    (a, b) =>
      asofRank(b.asof) - asofRank(a.asof) ||
      Number(b.currency === localCurrency) - Number(a.currency === localCurrency),
  );
}

function pickWith(
  region: Region,
  family: RoleFamily,
  seniority: Seniority,
  employment: Employment,
  localCurrency: string | null,
): Omit<Pick, 'employmentFallback'> | null {
  const routes = routesFor(family, seniority, region.country);
  for (const seed of [false, true]) {
    for (const r of routes) {
      for (const step of regionChain(region)) {
        const cell = cellsAt(step.code, r, employment, seed, localCurrency)[0];
        if (cell) return { cell, route: r, area: step.area };
      }
    }
  }
  return null;
}

/** The best cell for the role, or null when the table has nothing that applies. */
export function pickCell(
  region: Region,
  family: RoleFamily,
  seniority: Seniority,
  employment: Employment,
  localCurrency: string | null,
): Pick | null {
  const direct = pickWith(region, family, seniority, employment, localCurrency);
  if (direct) return { ...direct, employmentFallback: false };
  if (employment === 'perm') return null;
  const perm = pickWith(region, family, seniority, 'perm', localCurrency);
  return perm ? { ...perm, employmentFallback: true } : null;
}

export function regionHasFigures(region: Region): boolean {
  return CELLS.some((c) => c.use === 'estimate' && regionChain(region).some((s) => s.code === c.region));
}

// ───────────── band ─────────────

export interface Band {
  min: number;
  max: number;
  /** Phrases for the basis sentence, in order. */
  steps: string[];
  sources: string[];
}

interface Spread {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  borrowed: boolean;
}

/** The cell's own percentiles where it has them; missing ones from its centre × the BLS shape. */
function spreadOf(cell: Cell): Spread | null {
  const centre = cell.p50;
  if (centre === undefined) return null;
  return {
    p10: cell.p10 ?? centre * BLS_SHAPE.p10,
    p25: cell.p25 ?? centre * BLS_SHAPE.p25,
    p50: centre,
    p75: cell.p75 ?? centre * BLS_SHAPE.p75,
    p90: cell.p90 ?? centre * BLS_SHAPE.p90,
    borrowed: [cell.p10, cell.p25, cell.p75, cell.p90].some((p) => p === undefined),
  };
}

const BASIS_WORD: Record<Cell['basis'], string> = {
  median: 'median',
  mean: 'average',
  range: 'range',
  typical: 'typical figure',
};

function describeCell(cell: Cell): string {
  const source = SOURCES[cell.source]?.short ?? cell.source;
  const what = cell.note ? ` (${cell.note})` : '';
  const money = (v: number) => formatMoney(v, cell.currency);
  const per = cell.period === 'year' ? '' : `/${cell.period}`;
  if (cell.p25 !== undefined && cell.p75 !== undefined) {
    return `${source} p25–p75 ${money(cell.p25)}–${money(cell.p75)}${per}${what}`;
  }
  if (cell.low !== undefined && cell.high !== undefined) {
    return `${source} ${BASIS_WORD[cell.basis]} ${money(cell.low)}–${money(cell.high)}${per}${what}`;
  }
  return `${source} ${BASIS_WORD[cell.basis]} ${money(cell.p50 ?? 0)}${per}${what}`;
}

const SHAPE_WORDS = `BLS May 2022 percentile shape: p10 ${BLS_SHAPE.p10}×, p25 ${BLS_SHAPE.p25}×, p75 ${BLS_SHAPE.p75}×, p90 ${BLS_SHAPE.p90}× the median`;

function sliceOf(spread: Spread, slice: Slice): [number, number] {
  switch (slice) {
    case 'lower_half':
      return [spread.p25, spread.p50];
    case 'upper_half':
      return [spread.p50, spread.p90];
    case 'top_quarter':
      return [spread.p75, spread.p90];
    default:
      return [spread.p25, spread.p75];
  }
}

/** Ends of the band before multipliers, with how they were read off the cell. */
function rawBand(cell: Cell, slice: Slice): { min: number; max: number; step: string; shape: boolean } {
  const described = describeCell(cell);
  if (cell.low !== undefined && cell.high !== undefined && (slice === 'own' || cell.p50 === undefined)) {
    return { min: cell.low, max: cell.high, step: described, shape: false };
  }
  if (slice === 'own' && cell.p25 !== undefined && cell.p75 !== undefined) {
    return { min: cell.p25, max: cell.p75, step: described, shape: false };
  }
  const spread = spreadOf(cell);
  if (!spread) throw new Error(`pay cell ${cell.source}/${cell.region} has no centre`);
  const [min, max] = sliceOf(spread, slice);
  const part = slice === 'own' ? 'spread p25–p75' : SLICE_WORDS[slice];
  const shape = spread.borrowed ? ` (${SHAPE_WORDS})` : '';
  return { min, max, step: `${described}, ${part}${shape}`, shape: spread.borrowed };
}

/** Pull both ends towards the centre (in ratio terms) until max = 1.8 × min. */
function narrow(min: number, max: number): { min: number; max: number; narrowed: boolean } {
  const ratio = max / min;
  if (ratio <= MAX_BAND_RATIO) return { min, max, narrowed: false };
  const pull = Math.sqrt(ratio / MAX_BAND_RATIO);
  return { min: min * pull, max: max / pull, narrowed: true };
}

export function buildBand(
  pick: Pick,
  extraFactor: { factor: number; why: string; sources: string[] } | null,
): Band {
  const { cell, route, area } = pick;
  const raw = rawBand(cell, route.slice);
  const steps = [raw.step];
  const sources = [cell.source, ...(raw.shape ? BLS_SHAPE.sources : [])];
  let factor = 1;
  if (route.ratio) {
    factor *= route.factor;
    steps.push(`× ${route.factor} (${route.ratio.why})`);
    sources.push(...route.ratio.sources);
  }
  if (area) {
    factor *= area.factor;
    steps.push(`× ${area.factor} for the area (${area.why})`);
    sources.push(...area.sources);
  }
  if (extraFactor) {
    factor *= extraFactor.factor;
    steps.push(`× ${extraFactor.factor} for the industry (${extraFactor.why})`);
    sources.push(...extraFactor.sources);
  }
  const band = narrow(raw.min * factor, raw.max * factor);
  if (band.narrowed) steps.push(`narrowed about its centre to max = ${MAX_BAND_RATIO} × min`);
  return { min: band.min, max: band.max, steps, sources: [...new Set(sources)] };
}
