/**
 * Sizes of the production build as it ships: `wxt zip` builds `.output/chrome-mv3` for production
 * and zips it. Each part counts its own files plus the chunks they import.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD_DIR = resolve('.output/chrome-mv3');
const OUTPUT_DIR = resolve('.output');

/**
 * Strings the compromise build carries through minification (a console warning naming the
 * library, and tag names of its model). Checked against the background, which must contain it.
 */
const COMPROMISE_MARKERS = ['compromise:', 'PhrasalVerb', 'Possessive'] as const;

export interface PartSize {
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export interface BundleFigures {
  parts: PartSize[];
  /** Every file of the unpacked extension. */
  totalBytes: number;
  zipFile: string;
  zipBytes: number;
  contentScript: { bytes: number; compromiseMarkers: string[] };
  /** Sanity check of the markers: the background bundles compromise, so they must be found there. */
  backgroundMarkers: string[];
  buildMs: number;
}

export function buildExtension(): number {
  const started = performance.now();
  execFileSync('npx', ['wxt', 'zip'], { stdio: 'ignore' });
  return performance.now() - started;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(BUILD_DIR, join(entry.parentPath, entry.name)));
}

/** Static imports of a built module (`from"./chunk.js"`), as paths inside the build. */
function importsOf(file: string): string[] {
  const code = readFileSync(join(BUILD_DIR, file), 'utf8');
  const specifiers = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map(
    (m) => m[1] ?? '',
  );
  return specifiers.map((s) => posix.normalize(posix.join(posix.dirname(file), s)));
}

/** A file and everything it imports, transitively. */
function withImports(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...importsOf(file));
  }
  return [...seen];
}

/** popup.html, the scripts and stylesheets it names, and their imports. */
function popupFiles(): string[] {
  const html = readFileSync(join(BUILD_DIR, 'popup.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return ['popup.html', ...new Set(named.flatMap(withImports))];
}

function sizeOf(name: string, files: string[]): PartSize {
  const contents = files.map((f) => readFileSync(join(BUILD_DIR, f)));
  return {
    name,
    files,
    bytes: contents.reduce((sum, c) => sum + c.length, 0),
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
  };
}

function markersIn(file: string): string[] {
  const code = readFileSync(join(BUILD_DIR, file), 'utf8');
  return COMPROMISE_MARKERS.filter((marker) => code.includes(marker));
}

function newestZip(): string {
  const zips = readdirSync(OUTPUT_DIR)
    .filter((f) => f.endsWith('-chrome.zip'))
    .map((f) => join(OUTPUT_DIR, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const zip = zips[0];
  if (!zip) throw new Error(`No chrome zip in ${OUTPUT_DIR} after wxt zip`);
  return zip;
}

export function measureBundle(buildMs: number): BundleFigures {
  const contentFile = 'content-scripts/content.js';
  const parts = [
    sizeOf('content script', withImports(contentFile)),
    sizeOf('background', withImports('background.js')),
    sizeOf('popup (html+js+css)', popupFiles()),
    sizeOf('page reader', withImports('page-reader.js')),
  ];
  const zipFile = newestZip();
  const content = parts[0] as PartSize;
  return {
    parts,
    totalBytes: listFiles(BUILD_DIR).reduce((sum, f) => sum + statSync(join(BUILD_DIR, f)).size, 0),
    zipFile: relative(dirname(OUTPUT_DIR), zipFile),
    zipBytes: statSync(zipFile).size,
    contentScript: { bytes: content.bytes, compromiseMarkers: content.files.flatMap(markersIn) },
    backgroundMarkers: markersIn('background.js'),
    buildMs,
  };
}
