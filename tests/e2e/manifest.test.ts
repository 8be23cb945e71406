/** Least privilege, read off the built extension: anything not justified in the README fails. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOARD_MATCHES } from '../../src/content/matches';
import { manifestPermissionNames } from '../../src/permissions';
import { EXTENSION_DIR } from './browser';

const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('built manifest', () => {
  it('asks only for the permissions listed and justified', () => {
    const { permissions = [], optional_permissions = [] } = manifest();
    expect([...permissions].sort()).toEqual([...manifestPermissionNames].sort());
    expect(optional_permissions).toEqual([]);
  });

  it('has no host permissions beyond the boards its content script reads', () => {
    const { host_permissions = [], content_scripts = [] } = manifest();
    for (const host of host_permissions) expect(BOARD_MATCHES).toContain(host);
    expect(content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(
      [...BOARD_MATCHES].sort(),
    );
  });

  it('exposes nothing to web pages and keeps the default content-security policy', () => {
    const m = manifest();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    expect(m.manifest_version).toBe(3);
  });

  it('keeps the NLP library out of the content script and the page reader', () => {
    const scripts = readdirSync(join(EXTENSION_DIR, 'content-scripts')).map((f) =>
      join('content-scripts', f),
    );
    for (const file of [...scripts, 'page-reader.js']) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      // compromise registers its tagger and lexicon under these names; they survive minification.
      expect(code, file).not.toMatch(/compromise|Possessive|Gerund/);
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
