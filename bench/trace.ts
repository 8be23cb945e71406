/**
 * Reading a Chrome trace (CDP Tracing, with the V8 sampling profiler's category) for one script's
 * share of a page's main thread: the sampled time whose stack holds a frame of that script, and
 * the page's long tasks with that script's time inside each.
 */

/** A task longer than this blocks input noticeably (the W3C Long Tasks definition). */
export const LONG_TASK_MS = 50;

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
] as const;

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
}

interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

interface SampledProfile {
  pid: number;
  tid: number;
  nodes: Map<number, ProfileNode>;
  /** Sample end times (µs, trace clock) and the time each sample stands for. */
  samples: { node: number; ts: number; us: number }[];
}

export interface LongTask {
  ms: number;
  /** The script's sampled time inside the task. */
  scriptMs: number;
  /** Whether the task would not have been long without the script's work. */
  causedByScript: boolean;
}

export interface ScriptShare {
  /** Sampled main-thread time with a frame of the script on the stack (its own code and what it calls). */
  scriptMs: number;
  /** Every task over LONG_TASK_MS on the page's main thread. */
  longTasks: LongTask[];
  /** Where that time went: sampled self time by innermost frame, largest first. */
  hotFrames: HotFrame[];
}

export interface HotFrame {
  /** Function name (minified in a production build) with the script file and position, or a native frame's name. */
  frame: string;
  ms: number;
}

function profilesOf(events: readonly TraceEvent[]): SampledProfile[] {
  const byKey = new Map<string, SampledProfile & { clock: number }>();
  for (const event of events) {
    if (event.name !== 'Profile') continue;
    const start = (event.args?.data as { startTime?: number } | undefined)?.startTime ?? event.ts;
    byKey.set(`${event.pid}|${event.id}`, {
      pid: event.pid,
      tid: event.tid,
      nodes: new Map(),
      samples: [],
      clock: start,
    });
  }
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const profile = byKey.get(`${event.pid}|${event.id}`);
    if (!profile) continue;
    const data = (event.args?.data ?? {}) as ProfileChunkData;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      const us = deltas[i] ?? 0;
      profile.clock += us;
      profile.samples.push({ node, ts: profile.clock, us });
    });
  }
  return [...byKey.values()];
}

/** Nodes whose stack (the node or an ancestor) holds a frame from a script under `scriptPrefix`. */
function nodesUnder(profile: SampledProfile, scriptPrefix: string): Set<number> {
  const memo = new Map<number, boolean>();
  const holds = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = profile.nodes.get(id);
    const result =
      node !== undefined &&
      ((node.callFrame.url ?? '').startsWith(scriptPrefix) ||
        (node.parent !== undefined && holds(node.parent)));
    memo.set(id, result);
    return result;
  };
  return new Set([...profile.nodes.keys()].filter(holds));
}

/** `scriptPrefix`: a script's URL, or the folder of several (all content scripts). */
export function scriptShare(events: readonly TraceEvent[], scriptPrefix: string): ScriptShare {
  const profiles = profilesOf(events);
  const withScript = profiles
    .map((profile) => ({ profile, nodes: nodesUnder(profile, scriptPrefix) }))
    .filter(({ nodes }) => nodes.size > 0);
  if (withScript.length === 0) return { scriptMs: 0, longTasks: [], hotFrames: [] };
  const scriptSamples = withScript.flatMap(({ profile, nodes }) =>
    profile.samples.filter((s) => nodes.has(s.node)),
  );
  // The page's main thread: the thread whose profile holds the script (the Profile event's thread).
  const threads = new Set(withScript.map(({ profile }) => `${profile.pid}|${profile.tid}`));
  const longTasks = events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        threads.has(`${e.pid}|${e.tid}`) &&
        (e.dur ?? 0) / 1_000 > LONG_TASK_MS,
    )
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const scriptUs = scriptSamples
        .filter((s) => s.ts > task.ts && s.ts <= end)
        .reduce((sum, s) => sum + s.us, 0);
      const ms = (task.dur ?? 0) / 1_000;
      return { ms, scriptMs: scriptUs / 1_000, causedByScript: ms - scriptUs / 1_000 <= LONG_TASK_MS };
    });
  const hotFrames = hottest(withScript.flatMap(({ profile, nodes }) => selfTimes(profile, nodes)));
  return { scriptMs: scriptSamples.reduce((sum, s) => sum + s.us, 0) / 1_000, longTasks, hotFrames };
}

function frameName(node: ProfileNode | undefined): string {
  if (!node) return '(unknown)';
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return name;
  return `${name} ${url.split('/').pop()}:${(lineNumber ?? 0) + 1}:${(columnNumber ?? 0) + 1}`;
}

function selfTimes(profile: SampledProfile, nodes: Set<number>): HotFrame[] {
  return profile.samples
    .filter((s) => nodes.has(s.node))
    .map((s) => ({ frame: frameName(profile.nodes.get(s.node)), ms: s.us / 1_000 }));
}

export function hottest(samples: readonly HotFrame[]): HotFrame[] {
  const totals = new Map<string, number>();
  for (const { frame, ms } of samples) totals.set(frame, (totals.get(frame) ?? 0) + ms);
  return [...totals].map(([frame, ms]) => ({ frame, ms })).sort((a, b) => b.ms - a.ms);
}
