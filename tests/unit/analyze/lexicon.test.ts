import { describe, expect, it } from 'vitest';
import { LEXICON, LexiconEntrySchema, verbs } from '../../../src/analyze/lexicon';
import { expandPhraseChoices, findSignals, tokenize, widenGaps } from '../../../src/analyze/signals';

const NINE = [
  'scope',
  'responsibilities',
  'decisions',
  'reporting',
  'resources_risk',
  'tools',
  'skills',
  'credentials',
  'stance',
];

describe('the lexicon', () => {
  it('validates every entry, each with a reason', () => {
    for (const entry of LEXICON) {
      expect(() => LexiconEntrySchema.parse(entry)).not.toThrow();
      expect(entry.reason.length).toBeGreaterThan(12);
    }
  });

  it('has unique ids', () => {
    const ids = LEXICON.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers each of the nine dimensions on both sides', () => {
    for (const dimension of NINE) {
      expect(
        LEXICON.some((e) => e.dimension === dimension && e.side === 'pmo'),
        `${dimension} pmo`,
      ).toBe(true);
      expect(
        LEXICON.some((e) => e.dimension === dimension && e.side === 'pm'),
        `${dimension} pm`,
      ).toBe(true);
    }
  });

  it('rejects a single-word pattern outside tools, credentials and other roles', () => {
    const entry = {
      id: 'pm.bad',
      side: 'pm',
      dimension: 'scope',
      weight: 1,
      patterns: ['project'],
      reason: 'a reason long enough',
    };
    expect(() => LexiconEntrySchema.parse(entry)).toThrow();
  });

  it('rejects a neither entry that does not say what role it points to', () => {
    const entry = {
      id: 'neither.bad',
      side: 'neither',
      dimension: 'other_role',
      weight: 1,
      patterns: ['x y'],
      reason: 'a reason long enough',
    };
    expect(() => LexiconEntrySchema.parse(entry)).toThrow();
  });
});

describe('verb forms', () => {
  const manage = new RegExp(verbs('manage').slice(1, -1));
  it('matches every inflection but not the noun', () => {
    for (const form of ['manage', 'manages', 'managed', 'managing']) expect(manage.test(form)).toBe(true);
    expect(manage.test('management')).toBe(false);
    expect(manage.test('manager')).toBe(false);
  });
  it('knows irregular and doubling verbs', () => {
    const lead = new RegExp(verbs('lead', 'set', 'plan').slice(1, -1));
    for (const form of ['led', 'leading', 'setting', 'planned', 'planning'])
      expect(lead.test(form)).toBe(true);
    expect(lead.test('leadership')).toBe(false);
  });
});

describe('pattern compilation', () => {
  it('splits multi-word choices into their own patterns', () => {
    expect(expandPhraseChoices('run (the pmo|a team|office)')).toEqual([
      'run the pmo',
      'run a team',
      'run (office)',
    ]);
  });
  it('folds an optional word after a gap into the gap', () => {
    expect(widenGaps('prepare .{0,4} (monthly)? reports')).toBe('prepare .{0,5} reports');
  });
});

describe('matching', () => {
  const sentence = (text: string) => ({ text, start: 0, end: text.length });

  it('catches verb forms and word order variants of setting standards', () => {
    for (const text of [
      'You will establish project management standards.',
      'She sets the standard for delivery.',
      'Standardise ways of working across teams.',
      'Established standards and templates for all teams.',
    ]) {
      expect(
        findSignals(sentence(text)).some((h) => h.entry.id === 'pmo.resp.standards'),
        text,
      ).toBe(true);
    }
  });

  it('returns offsets that slice back to the matched phrase', () => {
    const text = '• Co-ordinate the PMO’s reporting cycle, and collate monthly highlight reports.';
    const hits = findSignals(sentence(text));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.match);
  });

  it('tokenises hyphens, possessives and elisions the way patterns expect', () => {
    const normals = tokenize("end-to-end co-ordinate PMO's l'équipe").map((t) => t.normal);
    expect(normals).toEqual(['end', 'to', 'end', 'coordinate', 'pmo', 'equipe']);
  });
});

describe('delivery and prioritisation phrasing', () => {
  const hits = (text: string) => findSignals({ text, start: 0, end: text.length }).map((h) => h.entry.id);

  it('reads delivering a replacement, renewal or refresh as delivering a piece of work', () => {
    expect(hits('Deliver the replacement of 900 ticket machines across the network.')).toContain(
      'pm.resp.deliver',
    );
    expect(hits('Manage the renewal of our student records system.')).toContain('pm.resp.deliver');
    expect(hits('Lead the laptop refresh for 4,000 staff.')).toContain('pm.resp.deliver');
  });

  it('reads "project manage" as a verb of delivery', () => {
    expect(hits('Project manage the new customer portal build across three vendors.')).toContain(
      'pm.resp.deliver',
    );
  });

  it('reads leading a named piece of work "end to end" or "from design to reopening" as end-to-end delivery', () => {
    expect(hits('Lead the loyalty app relaunch end to end with the agency.')).toContain(
      'pm.scope.end_to_end',
    );
    expect(hits('Take the library refit from design to reopening.')).toContain('pm.scope.end_to_end');
  });

  it('reads reporting to the project board or sponsor as a project manager’s reporting', () => {
    expect(hits('Own the plan and the budget; report to the project board.')).toContain('pm.rep.status');
    expect(hits('You will report to the project sponsor weekly.')).toContain('pm.rep.status');
  });

  it('reads prioritising the capital plan or the portfolio as the PMO’s decision', () => {
    expect(hits('Lead annual prioritisation of the capital plan with the executive.')).toContain(
      'pmo.dec.prioritisation',
    );
    expect(hits('Run the prioritisation of the change portfolio each quarter.')).toContain(
      'pmo.dec.prioritisation',
    );
  });
});
