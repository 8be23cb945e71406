import { describe, expect, it } from 'vitest';
import { ADS_DIR, countWords, loadCorpus, textOfWords } from '../../../bench/corpus';
import { type LabelledAd, loadAds } from '../../../scripts/ads';

function ad(id: string, words: number): LabelledAd {
  const lines = Array.from(
    { length: words / 10 },
    (_, i) => `${id} line ${i} has exactly ten words in it ok`,
  );
  return {
    id,
    label: 'pmo',
    pmoType: 'support',
    title: `${id} title`,
    company: 'Acme',
    location: 'Leeds',
    notes: 'test',
    body: lines.join('\n'),
    file: `${id}.txt`,
    part: 'dev',
  };
}

describe('countWords', () => {
  it('counts whitespace-separated words across lines', () => {
    expect(countWords(' one two\nthree\t four ')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});

describe('textOfWords', () => {
  const ads = [ad('small', 50), ad('mid', 200), ad('big', 400)];

  it('cuts the shortest ad that reaches the target on its own at a line end', () => {
    const text = textOfWords(ads, 'typical', 150);
    expect(text.madeFrom).toBe('mid');
    expect(text.title).toBe('mid title');
    expect(text.words).toBe(150);
    expect(text.text.startsWith('mid line 0')).toBe(true);
  });

  it('starts with the longest ad and adds the next longest when none is long enough', () => {
    const text = textOfWords(ads, 'long', 620);
    expect(text.text.startsWith('big line 0')).toBe(true);
    expect(text.text).toContain('mid line 0');
    expect(text.words).toBeGreaterThanOrEqual(620);
    expect(text.words).toBeLessThan(620 + 10);
  });

  it('cycles through the ads for a text longer than all of them together', () => {
    const text = textOfWords(ads, '2k', 2_000);
    expect(text.words).toBeGreaterThanOrEqual(2_000);
    expect(text.madeFrom).toMatch(/^big \+ \d+ more ads$/);
  });
});

describe('loadCorpus on the project ad set', () => {
  it('leaves out the ads the predicate rejects, and reaches every target length', () => {
    const first = loadAds(ADS_DIR)[0] as LabelledAd;
    const corpus = loadCorpus((candidate) => candidate.id !== first.id);
    expect(corpus.dropped).toEqual([first.id]);
    for (const text of [...corpus.ads, ...corpus.scaling]) {
      expect(text.words).toBeGreaterThanOrEqual(text.target);
      expect(text.words).toBeLessThan(text.target * 1.2);
      expect(text.text).not.toContain(first.body.slice(0, 80));
    }
  });
});
