/**
 * How the popup orders what the engine found: which side the verdict stands on, the strongest
 * reasons each way, and evidence grouped by dimension. Pure functions over the Result.
 */
import type { Dimension, Result, Side } from '../schema';

/** The least a reason or an evidence item carries for ordering and grouping. */
export interface Weighted {
  side: Side;
  dimension: Dimension;
  weight: number;
}

export interface DimensionGroup<T extends Weighted> {
  dimension: Dimension;
  /** Sum of the group's weights. */
  weight: number;
  /** Strongest first. */
  items: T[];
}

/** The side the verdict stands on; for a hybrid, the side that dominates. */
export function verdictSide(result: Pick<Result, 'verdict' | 'lean' | 'classification'>): Side {
  switch (result.verdict) {
    case 'pmo':
      return 'pmo';
    case 'pm':
      return 'pm';
    case 'neither':
      return 'neither';
    case 'hybrid':
      return result.classification.dominant ?? (result.lean >= 0 ? 'pmo' : 'pm');
  }
}

/** Strongest first; equal weights keep the engine's order. */
export function strongestFirst<T extends Weighted>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.weight - a.item.weight || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The strongest reasons for the verdict's side and against it, at most `forCount` and `againstCount`;
 * a sentence that matched several phrases is shown once, for its strongest.
 */
export function splitReasons<T extends Weighted & { text: string }>(
  items: readonly T[],
  side: Side,
  forCount: number,
  againstCount: number,
): { forVerdict: T[]; against: T[] } {
  const seen = new Set<string>();
  const ordered = strongestFirst(items).filter((item) => {
    if (seen.has(item.text)) return false;
    seen.add(item.text);
    return true;
  });
  return {
    forVerdict: ordered.filter((item) => item.side === side).slice(0, forCount),
    against: ordered.filter((item) => item.side !== side).slice(0, againstCount),
  };
}

/** Items grouped by dimension; groups ordered by their strongest item, items strongest first. */
export function groupByDimension<T extends Weighted>(items: readonly T[]): DimensionGroup<T>[] {
  const groups = new Map<Dimension, DimensionGroup<T>>();
  for (const item of strongestFirst(items)) {
    const group = groups.get(item.dimension) ?? { dimension: item.dimension, weight: 0, items: [] };
    group.weight += item.weight;
    group.items.push(item);
    groups.set(item.dimension, group);
  }
  // Map keeps insertion order, and items arrive strongest first: the strongest group leads.
  return [...groups.values()];
}

/** All evidence by side, the verdict's side first, then the others in a fixed order. */
export function evidenceBySide<T extends Weighted>(
  items: readonly T[],
  first: Side,
): Array<{ side: Side; count: number; groups: DimensionGroup<T>[] }> {
  const order: Side[] = [first, ...(['pmo', 'pm', 'neither'] as const).filter((side) => side !== first)];
  return order
    .map((side) => {
      const ofSide = items.filter((item) => item.side === side);
      return { side, count: ofSide.length, groups: groupByDimension(ofSide) };
    })
    .filter((entry) => entry.count > 0);
}

/** Cuts a long sentence to about `max` characters around its match, keeping the offsets right. */
export function windowAround(
  text: string,
  start: number,
  end: number,
  max: number,
): { text: string; start: number; end: number } {
  if (text.length <= max) return { text, start, end };
  const margin = Math.max(0, Math.floor((max - (end - start)) / 2));
  let from = Math.max(0, start - margin);
  let to = Math.min(text.length, end + margin);
  // Give the room one side does not need to the other side.
  if (from === 0) to = Math.min(text.length, Math.max(to, max));
  if (to === text.length) from = Math.max(0, Math.min(from, text.length - max));
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  return {
    text: `${prefix}${text.slice(from, to)}${suffix}`,
    start: start - from + prefix.length,
    end: end - from + prefix.length,
  };
}
