/**
 * No remote code and no way to send anything, read off the built extension: its scripts hold no
 * network or code-from-string API beyond two known, harmless library snippets, its pages load
 * nothing remote, and its styles fetch no remote fonts or images. URLs as data (pay sources, board
 * match patterns) are allowed; using one as a fetch or import target is not. The runtime half of
 * this claim is the CDP-recorded no-network test in security.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(path, 'utf8');
const scripts = () => filesUnder(EXTENSION_DIR, '.js');

/** APIs that send data, open connections or run strings as code: none may appear at all. */
const FORBIDDEN = [
  'XMLHttpRequest',
  'importScripts',
  'eval(',
  'new Function(',
  'WebSocket',
  'EventSource',
  'sendBeacon',
  'new Worker(',
  'SharedWorker',
  'RTCPeerConnection',
  'chrome.runtime.connectNative',
  'sendNativeMessage',
  'runtime.setUninstallURL',
];

/**
 * The only places `fetch(` and `Function(` may appear. Vite's modulepreload polyfill fetches
 * `<link rel="modulepreload">` files of the page itself (extension files); zod probes whether
 * `Function("")` is allowed and, under `jitless` and the extension CSP, never compiles anything.
 */
const KNOWN_SNIPPETS: Array<{ call: RegExp; context: RegExp; why: string }> = [
  {
    call: /\bfetch\(/g,
    context: /rel===`modulepreload`[\s\S]{0,600}fetch\([a-z]\.href,/,
    why: 'modulepreload polyfill',
  },
  {
    call: /\bFunction\(/g,
    context: /try\{return Function\(``\),!0\}catch\{return!1\}/,
    why: 'zod eval probe',
  },
];

describe('built scripts', () => {
  it('contain no API that sends data or runs a string as code', () => {
    expect(scripts().map((file) => relative(EXTENSION_DIR, file))).toEqual(
      expect.arrayContaining(['background.js', 'page-reader.js', 'content-scripts/linkedin.js']),
    );
    const found = scripts().flatMap((file) =>
      FORBIDDEN.filter((api) => read(file).includes(api)).map(
        (api) => `${relative(EXTENSION_DIR, file)}: ${api}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('call fetch and Function only in the two known library snippets, once each', () => {
    for (const { call, context, why } of KNOWN_SNIPPETS) {
      for (const file of scripts()) {
        const code = read(file);
        const calls = code.match(call)?.length ?? 0;
        if (calls === 0) continue;
        expect(calls, `${relative(EXTENSION_DIR, file)}: ${call}`).toBe(1);
        expect(code, `${relative(EXTENSION_DIR, file)}: ${call} outside the ${why}`).toMatch(context);
      }
    }
  });

  it('import no remote module', () => {
    const remote = /\bimport\s*\(\s*[`'"](?:https?:)?\/\/|\bimport\s*[^;]*?\bfrom\s*[`'"](?:https?:)?\/\//;
    for (const file of scripts()) expect(read(file), relative(EXTENSION_DIR, file)).not.toMatch(remote);
  });
});

describe('built manifest, beyond tests/e2e/manifest.test.ts', () => {
  const manifest = () => JSON.parse(read(join(EXTENSION_DIR, 'manifest.json')));

  it('lists in the README’s permissions table exactly the permissions it asks for', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Permissions'));
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|---')));
    const listed = [...table.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...manifest().permissions].sort());
  });

  it('has only the keys an extension of this kind needs: no update URL, key, overrides or sandbox', () => {
    const allowed = [
      'manifest_version',
      'name',
      'description',
      'version',
      'icons',
      'permissions',
      'action',
      'background',
      'options_ui',
      'content_scripts',
    ];
    expect(Object.keys(manifest()).filter((key) => !allowed.includes(key))).toEqual([]);
    expect(manifest().background).toEqual({ type: 'module', service_worker: 'background.js' });
  });

  it('runs content scripts in the isolated world, in the top frame, on https board pages only', () => {
    for (const script of manifest().content_scripts as Array<Record<string, unknown>>) {
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(script.all_frames ?? false).toBe(false);
      expect(script.match_about_blank ?? false).toBe(false);
      expect(script.match_origin_as_fallback ?? false).toBe(false);
      expect(script.css).toBeUndefined();
      for (const pattern of script.matches as string[])
        expect(pattern).toMatch(/^https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\//);
    }
  });
});

describe('built pages and styles', () => {
  it('load scripts and styles only from the extension itself', () => {
    for (const file of filesUnder(EXTENSION_DIR, '.html')) {
      const html = read(file);
      expect(html, file).not.toMatch(
        /<(?:script|link|img|iframe|object|embed)\b[^>]*\b(?:src|href)=["']?(?:https?:)?\/\//i,
      );
      expect(html, file).not.toMatch(/<iframe|<object|<embed|<base\b/i);
    }
  });

  it('fetch no remote fonts or images from CSS', () => {
    const css = [
      ...filesUnder(EXTENSION_DIR, '.css'),
      ...filesUnder(EXTENSION_DIR, '.html'),
      // Styles a script injects would sit in a string inside it.
      ...scripts(),
    ];
    for (const file of css) {
      const text = read(file);
      expect(text, file).not.toMatch(/url\(\s*["'`]?(?:https?:)?\/\//i);
      expect(text, file).not.toMatch(/@import\s+(?:url\()?\s*["'`]?(?:https?:)?\/\//i);
    }
  });
});
