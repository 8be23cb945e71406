import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { BOARD_MATCHES } from '../../../src/content/matches';
import { SITES, siteFor } from '../../../src/extract/index';

describe('board URLs', () => {
  for (const site of SITES) {
    it(`${site.name}: every example URL is recognised and covered by a content-script match pattern`, () => {
      expect(site.exampleUrls.length).toBeGreaterThan(0);
      const patterns = site.matchPatterns.map((p) => new MatchPattern(p));
      for (const url of site.exampleUrls) {
        expect(siteFor(url)?.name, url).toBe(site.name);
        expect(
          patterns.some((p) => p.includes(url)),
          url,
        ).toBe(true);
      }
    });
  }

  it('content scripts run only on the boards, over https', () => {
    expect(BOARD_MATCHES.length).toBe(new Set(BOARD_MATCHES).size);
    for (const pattern of BOARD_MATCHES) expect(pattern).toMatch(/^https:\/\/[^/]+\.[a-z]+\//);
    expect(BOARD_MATCHES).not.toContain('<all_urls>');
  });
});
