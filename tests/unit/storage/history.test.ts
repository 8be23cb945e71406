import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearHistory,
  csvField,
  entryFromResult,
  HISTORY_KEY,
  HISTORY_LIMIT,
  HISTORY_VERSION,
  type HistoryEntry,
  HistoryEntrySchema,
  historyFrom,
  historyToCsv,
  historyToJson,
  loadHistory,
  recordResult,
  searchHistory,
  withEntry,
} from '../../../src/storage/history';
import { makeResult, reason } from './factory';

// The storage module imports `browser` from wxt/browser; the in-memory fake stands in for it.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const NOW = new Date('2026-11-20T09:30:00.000Z');

function minutesAfter(base: Date, minutes: number): Date {
  return new Date(base.getTime() + minutes * 60_000);
}

function entry(n: number, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    ...entryFromResult(
      makeResult({ id: `ad-${n}`, url: `https://boards.example.com/jobs/${n}`, title: `PMO Analyst ${n}` }),
      minutesAfter(NOW, n),
    ),
    ...overrides,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('entryFromResult', () => {
  it('keeps the facts of a result and only its three strongest reasons', () => {
    const result = makeResult({ jobKey: '51234567' });
    const record = entryFromResult(result, NOW);
    expect(HistoryEntrySchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      analysedAt: '2026-11-20T09:30:00.000Z',
      url: result.posting.url,
      title: 'PMO Analyst',
      company: 'Northgate Housing Trust',
      location: 'Leeds, West Yorkshire, UK',
      source: 'reed',
      verdict: 'pmo',
      lean: result.lean,
      confidence: result.confidence,
      pmoType: 'support',
      seniority: 'mid',
      summary: result.summary,
      statedPay: {
        currency: 'GBP',
        period: 'year',
        min: 32000,
        max: 36000,
        text: '£32,000 - £36,000 per annum',
      },
      pay: { currency: 'GBP', period: 'year', min: 31000, max: 40500 },
      payBasis: result.pay?.basis,
    });
    expect(record.reasons).toEqual(
      result.reasons.slice(0, 3).map(({ text, side, dimension }) => ({ text, side, dimension })),
    );
  });

  it('names the job by its id, else the board’s job key, else page and time', () => {
    expect(entryFromResult(makeResult({ id: 'line-7', jobKey: '99' }), NOW).id).toBe('line-7');
    expect(entryFromResult(makeResult({ jobKey: '51234567' }), NOW).id).toBe('reed:51234567');
    const first = entryFromResult(makeResult({ url: null, title: null }), NOW).id;
    const later = entryFromResult(makeResult({ url: null, title: null }), minutesAfter(NOW, 1)).id;
    expect(first).not.toBe(later);
  });

  it('records an ad with no pay and few reasons', () => {
    const result = makeResult({
      withPay: false,
      reasons: [reason('Scrum ceremonies', 'neither', 'other_role', 2)],
    });
    const record = entryFromResult(result, NOW);
    expect(record.statedPay).toBeNull();
    expect(record.pay).toBeNull();
    expect(record.payBasis).toBeNull();
    expect(record.reasons).toHaveLength(1);
  });

  it('clips oversized text from an ad, so a full history stays far inside the 10 MB storage quota', () => {
    const huge = (char: string) => char.repeat(1_000_000);
    const hostile = makeResult({
      id: huge('i'),
      url: `https://x.example/${huge('u')}`,
      title: huge('標'),
      company: huge('c'),
      location: huge('l'),
      reasons: [1, 2, 3].map((n) => reason(`${n}${huge('r')}`, 'pmo', 'scope', n)),
    });
    const record = entryFromResult(hostile, NOW);
    expect(record.title?.length).toBeLessThanOrEqual(200);
    expect(record.title?.endsWith('…')).toBe(true);
    expect(record.reasons.every((r) => r.text.length <= 400)).toBe(true);
    expect(entryFromResult(hostile, minutesAfter(NOW, 1)).id).toBe(record.id);
    const full = Array.from({ length: HISTORY_LIMIT }, (_, n) => ({ ...record, id: `${record.id}${n}` }));
    const bytes = new TextEncoder().encode(historyToJson(full)).length;
    expect(bytes).toBeLessThan(10 * 1024 * 1024);
  });

  it('records a Result from the real pipeline', async () => {
    const { analyze } = await import('../../../src/core');
    const text = [
      'PMO Coordinator',
      'The role',
      'You will support the portfolio office: maintain the RAID log, compile the monthly portfolio dashboard for the steering committee and keep project templates up to date.',
      'About you',
      'Experience in a PMO and strong Excel. Salary £30,000 - £34,000 per annum.',
    ].join('\n');
    const outcome = await analyze({
      text,
      title: 'PMO Coordinator',
      company: 'Harbour Council',
      location: 'Bristol, UK',
    });
    if (!outcome.ok) throw new Error(outcome.error);
    const record = entryFromResult(outcome, NOW);
    expect(record).toMatchObject({
      title: 'PMO Coordinator',
      company: 'Harbour Council',
      verdict: outcome.verdict,
    });
    expect(record.reasons.length).toBe(Math.min(3, outcome.reasons.length));
    expect(record.statedPay?.currency ?? null).toBe(outcome.statedPay?.currency ?? null);
  });
});

describe('historyFrom', () => {
  it('reads the current shape as it is, newest first', () => {
    const entries = [entry(1), entry(3), entry(2)];
    expect(historyFrom({ version: HISTORY_VERSION, entries }).map((e) => e.id)).toEqual([
      'ad-3',
      'ad-2',
      'ad-1',
    ]);
  });

  it('gives an empty history for nothing or junk', () => {
    expect(historyFrom(undefined)).toEqual([]);
    expect(historyFrom(null)).toEqual([]);
    expect(historyFrom('{"version":1')).toEqual([]);
    expect(historyFrom({ version: 1, entries: 'lots' })).toEqual([]);
  });

  it('keeps every valid entry of a partly corrupted value and drops only the broken ones', () => {
    const good = [entry(1), entry(2), entry(3)];
    const stored = {
      version: HISTORY_VERSION,
      entries: [
        good[0],
        { ...entry(4), verdict: 'maybe' },
        null,
        good[1],
        { ...entry(5), analysedAt: 'yesterday' },
        { ...entry(6), confidence: 7 },
        'PMO Analyst',
        good[2],
      ],
    };
    expect(historyFrom(stored).map((e) => e.id)).toEqual(['ad-3', 'ad-2', 'ad-1']);
  });

  it('salvages an unversioned array and entries lacking later fields', () => {
    const { reasons, statedPay, pay, payBasis, summary, seniority, ...bare } = entry(1);
    const stored = [bare, entry(2), { ...entry(3), source: 'some-future-board' }];
    const read = historyFrom(stored);
    expect(read.map((e) => e.id)).toEqual(['ad-3', 'ad-2', 'ad-1']);
    expect(read[0]?.source).toBeNull();
    expect(read[2]).toMatchObject({
      reasons: [],
      statedPay: null,
      pay: null,
      summary: '',
      seniority: 'unknown',
    });
  });

  it('keeps the entries of a value written by a later version', () => {
    const stored = { version: 2, entries: [entry(1), entry(2)], tags: ['x'] };
    expect(historyFrom(stored).map((e) => e.id)).toEqual(['ad-2', 'ad-1']);
  });

  it('bounds an oversized stored list to the newest HISTORY_LIMIT', () => {
    const entries = Array.from({ length: HISTORY_LIMIT + 40 }, (_, i) => entry(i));
    const read = historyFrom({ version: HISTORY_VERSION, entries });
    expect(read).toHaveLength(HISTORY_LIMIT);
    expect(read[0]?.id).toBe(`ad-${HISTORY_LIMIT + 39}`);
    expect(read.at(-1)?.id).toBe('ad-40');
  });
});

describe('recording results', () => {
  it('puts the newest first and survives a reload', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(NOW);
      await recordResult(makeResult({ id: 'a', url: 'https://x.example/1', title: 'PMO Officer' }));
      vi.setSystemTime(minutesAfter(NOW, 5));
      await recordResult(makeResult({ id: 'b', url: 'https://x.example/2', title: 'Project Manager' }));
    } finally {
      vi.useRealTimers();
    }
    const history = await loadHistory();
    expect(history.map((e) => e.id)).toEqual(['b', 'a']);
    const stored = (await fakeBrowser.storage.local.get(HISTORY_KEY))[HISTORY_KEY];
    expect(stored).toMatchObject({ version: HISTORY_VERSION });
  });

  it('replaces the older entry of the same job: same url and title, or same id', async () => {
    await recordResult(
      makeResult({ id: null, url: 'https://x.example/9', title: 'PMO Lead', verdict: 'hybrid' }),
    );
    await recordResult(makeResult({ id: 'other', url: 'https://x.example/10', title: 'Project Manager' }));
    await recordResult(
      makeResult({ id: null, url: 'https://x.example/9', title: 'PMO Lead', verdict: 'pmo' }),
    );
    await recordResult(
      makeResult({ id: 'other', url: 'https://x.example/10?ref=search', title: 'Project Manager' }),
    );
    const history = await loadHistory();
    expect(history.map((e) => e.url)).toEqual(['https://x.example/10?ref=search', 'https://x.example/9']);
    expect(history[1]?.verdict).toBe('pmo');
  });

  it('keeps two different jobs that share a URL but not a title', async () => {
    await recordResult(makeResult({ url: 'https://x.example/search', title: 'PMO Analyst' }));
    await recordResult(makeResult({ url: 'https://x.example/search', title: 'Programme Manager' }));
    expect((await loadHistory()).map((e) => e.title)).toEqual(['Programme Manager', 'PMO Analyst']);
  });

  it('drops the oldest beyond HISTORY_LIMIT', async () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, i) => entry(i));
    await fakeBrowser.storage.local.set({
      [HISTORY_KEY]: { version: HISTORY_VERSION, entries: full.reverse() },
    });
    await recordResult(makeResult({ id: 'newest', url: 'https://x.example/new', title: 'Head of PMO' }));
    const history = await loadHistory();
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.id).toBe('newest');
    expect(history.some((e) => e.id === 'ad-0')).toBe(false);
    expect(history.at(-1)?.id).toBe('ad-1');
  });

  it('loses no entry when results finish at the same time', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        recordResult(makeResult({ id: `c${i}`, url: `https://x.example/c${i}` })),
      ),
    );
    expect((await loadHistory()).map((e) => e.id).sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('recovers a corrupted stored history on the next write, keeping its valid entries', async () => {
    await fakeBrowser.storage.local.set({
      [HISTORY_KEY]: { version: 1, entries: [entry(1), { id: 42 }, entry(2)] },
    });
    await recordResult(makeResult({ id: 'fresh', url: 'https://x.example/fresh' }));
    expect((await loadHistory()).map((e) => e.id)).toEqual(['fresh', 'ad-2', 'ad-1']);
  });

  it('clears everything', async () => {
    await recordResult(makeResult({ id: 'a' }));
    await clearHistory();
    expect(await loadHistory()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(HISTORY_KEY)).toEqual({});
  });
});

describe('withEntry', () => {
  it('never grows past the limit', () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, i) => entry(HISTORY_LIMIT - i));
    expect(withEntry(full, entry(9999))).toHaveLength(HISTORY_LIMIT);
  });
});

describe('searchHistory', () => {
  const entries = [
    entry(1, { title: 'PMO Analyst', company: 'Northgate Housing', location: 'Leeds', verdict: 'pmo' }),
    entry(2, {
      title: 'Project Manager – Fit-out',
      company: 'Brightline Interiors',
      location: 'Manchester',
      verdict: 'pm',
    }),
    entry(3, { title: 'Scrum Master', company: 'Kestrel Bank', location: 'London', verdict: 'neither' }),
  ];

  it('matches title, company, location and verdict words, case-insensitively', () => {
    expect(searchHistory(entries, 'kestrel').map((e) => e.id)).toEqual(['ad-3']);
    expect(searchHistory(entries, 'LEEDS').map((e) => e.id)).toEqual(['ad-1']);
    expect(searchHistory(entries, 'pm-leaning').map((e) => e.id)).toEqual(['ad-2']);
    expect(searchHistory(entries, 'neither').map((e) => e.id)).toEqual(['ad-3']);
    expect(searchHistory(entries, 'manager manchester').map((e) => e.id)).toEqual(['ad-2']);
  });

  it('shows everything for an empty query and nothing for a miss', () => {
    expect(searchHistory(entries, '  ')).toHaveLength(3);
    expect(searchHistory(entries, 'astronaut')).toEqual([]);
  });
});

describe('CSV export', () => {
  it('quotes fields per RFC 4180 and separates records with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Leeds, UK')).toBe('"Leeds, UK"');
    expect(csvField('the "best" PMO')).toBe('"the ""best"" PMO"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField(null)).toBe('');
    const csv = historyToCsv([entry(1, { company: 'Smith, Jones & "Co"' })]);
    const records = csv.split('\r\n');
    expect(records).toHaveLength(3);
    expect(records[2]).toBe('');
    expect(records[1]).toContain('"Smith, Jones & ""Co"""');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    for (const hostile of [
      '=HYPERLINK("http://evil.example","x")',
      '+1+cmd|/c calc',
      '-2+3',
      '@SUM(A1)',
      '\tTab',
      '\rCR',
    ]) {
      const field = csvField(hostile);
      expect(field.replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('Project = delivery')).toBe('Project = delivery');
    expect(csvField(-0.62)).toBe('-0.62');
    const csv = historyToCsv([entry(1, { title: '=cmd|"/c calc"!A0', company: '@evil' })]);
    expect(csv).toContain(`"'=cmd|""/c calc""!A0"`);
    expect(csv).toContain(`,'@evil,`);
  });

  it('writes one record per entry with the header first, and reads back cell for cell', () => {
    const entries = [
      entry(2),
      entry(1, { statedPay: null, pay: null, payBasis: null, title: 'PMO "Lead",\nLondon' }),
    ];
    const [header, first, second, ...rest] = parseCsv(historyToCsv(entries));
    expect(rest).toEqual([]);
    const columns = header ?? [];
    const cell = (row: string[] | undefined, name: string) => row?.[columns.indexOf(name)];
    expect(first?.length).toBe(columns.length);
    expect(second?.length).toBe(columns.length);
    expect(cell(first, 'id')).toBe('ad-2');
    expect(cell(first, 'location')).toBe('Leeds, West Yorkshire, UK');
    expect(cell(first, 'expected_min')).toBe('31000');
    expect(cell(first, 'stated_pay')).toBe('£32,000 - £36,000 per annum');
    expect(cell(first, 'stated_max')).toBe('36000');
    expect(cell(first, 'reason_1')).toBe(`pmo/reporting: ${entries[0]?.reasons[0]?.text}`);
    expect(cell(second, 'title')).toBe('PMO "Lead",\nLondon');
    expect(cell(second, 'expected_min')).toBe('');
  });
});

/** A strict RFC 4180 reader, to check what the writer wrote. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('JSON export', () => {
  it('writes the stored shape, which reads back to the same entries', () => {
    const entries = [entry(2), entry(1)];
    const json = historyToJson(entries);
    expect(historyFrom(JSON.parse(json))).toEqual(entries);
    expect(JSON.parse(json).version).toBe(HISTORY_VERSION);
  });
});
