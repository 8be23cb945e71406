import { describe, expect, it } from 'vitest';
import { scriptShare, type TraceEvent } from '../../../bench/trace';

const SCRIPT = 'chrome-extension://abc/content-scripts/';
const PAGE = { pid: 7, tid: 7 };
const SAMPLER = { pid: 7, tid: 9 };

/** A profile: root → page function, and root → content script → DOM call (a native frame). */
function profileEvents(samples: number[], deltas: number[], start = 1_000_000): TraceEvent[] {
  return [
    { name: 'Profile', ph: 'P', ...PAGE, ts: start, id: '0x1', args: { data: { startTime: start } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ...SAMPLER,
      ts: start + 1,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { functionName: '(root)' } },
              {
                id: 2,
                parent: 1,
                callFrame: { functionName: 'pageCode', url: 'https://www.linkedin.com/jobs/' },
              },
              { id: 3, parent: 1, callFrame: { functionName: 'read', url: `${SCRIPT}linkedin.js` } },
              { id: 4, parent: 3, callFrame: { functionName: 'querySelector' } },
            ],
            samples,
          },
          timeDeltas: deltas,
        },
      },
    },
  ];
}

function task(ts: number, durMs: number, thread = PAGE): TraceEvent {
  return { name: 'RunTask', ph: 'X', ...thread, ts, dur: durMs * 1_000 };
}

describe('scriptShare', () => {
  it('counts samples with a script frame anywhere on the stack, including what it calls', () => {
    // 3 ms in the script, 2 ms in the DOM call it made, 4 ms of page code.
    const events = profileEvents([3, 4, 2], [3_000, 2_000, 4_000]);
    expect(scriptShare(events, SCRIPT).scriptMs).toBe(5);
  });

  it('is zero when no frame of the script was sampled', () => {
    expect(scriptShare(profileEvents([2, 2], [1_000, 1_000]), SCRIPT)).toEqual({
      scriptMs: 0,
      longTasks: [],
      hotFrames: [],
    });
  });

  it('says where the script spent its time: self time by innermost frame, largest first', () => {
    // 3 ms in the script's own code, twice 2 ms in the DOM call it made, 4 ms of page code.
    const share = scriptShare(profileEvents([3, 4, 2, 4], [3_000, 2_000, 4_000, 2_000]), SCRIPT);
    expect(share.hotFrames).toEqual([
      { frame: 'querySelector', ms: 4 },
      { frame: 'read linkedin.js:1:1', ms: 3 },
    ]);
  });

  it('lists long tasks on the page thread only, and says which the script caused', () => {
    const start = 1_000_000;
    // Samples end at +40 ms (script, 40 ms long) and +100 ms (page code, 60 ms long).
    const events = [
      ...profileEvents([3, 2], [40_000, 60_000], start),
      task(start, 45), // short: not listed
      task(start - 1_000, 60), // 60 ms holding the 40 ms of script work: without it, 20 ms
      task(start + 41_000, 70), // page code only
      task(start, 90, { pid: 8, tid: 8 }), // another process
    ];
    const share = scriptShare(events, SCRIPT);
    expect(share.longTasks).toEqual([
      { ms: 60, scriptMs: 40, causedByScript: true },
      { ms: 70, scriptMs: 0, causedByScript: false },
    ]);
  });
});
