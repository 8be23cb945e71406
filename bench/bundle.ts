/**
 * Sizes of the production build as it ships: `wxt zip` builds the extension for production and
 * zips it (into the bench's own output folder, see bench/wxt.config.ts). Each part counts its own
 * files plus the chunks they import.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { BENCH_OUT_DIR } from './wxt.config';

const OUTPUT_DIR = resolve(BENCH_OUT_DIR);
export const BUILD_DIR = join(OUTPUT_DIR, 'chrome-mv3');

/** Injected on demand by the background (scripting API), so the manifest does not name it. */
const PAGE_READER = 'page-reader.js';

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

export interface ContentScriptSize {
  file: string;
  bytes: number;
  compromiseMarkers: string[];
}

export interface BundleFigures {
  parts: PartSize[];
  /** Every file of the unpacked extension. */
  totalBytes: number;
  zipFile: string;
  zipBytes: number;
  /** Each content script the manifest declares (one per group of boards). */
  contentScripts: ContentScriptSize[];
  /** Sanity check of the markers: the background bundles compromise, so they must be found there. */
  backgroundMarkers: string[];
  buildMs: number;
}

export function buildExtension(): number {
  const started = performance.now();
  execFileSync('npx', ['wxt', 'zip', '-c', 'bench/wxt.config.ts'], { stdio: 'ignore' });
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

/** An HTML page, the scripts and stylesheets it names, and their imports. */
function pageFiles(html: string): string[] {
  const text = readFileSync(join(BUILD_DIR, html), 'utf8');
  const named = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return [html, ...new Set(named.flatMap(withImports))];
}

const ManifestSchema = z.object({
  background: z.object({ service_worker: z.string() }),
  action: z.object({ default_popup: z.string() }),
  options_ui: z.object({ page: z.string() }).optional(),
  content_scripts: z.array(z.object({ js: z.array(z.string()) })).default([]),
});

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
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8')));
  const contentFiles = [...new Set(manifest.content_scripts.flatMap((c) => c.js))];
  const parts = [
    ...contentFiles.map((file) => sizeOf(`content script ${basename(file, '.js')}`, withImports(file))),
    sizeOf('background', withImports(manifest.background.service_worker)),
    sizeOf('popup (html+js+css)', pageFiles(manifest.action.default_popup)),
    ...(manifest.options_ui ? [sizeOf('options page', pageFiles(manifest.options_ui.page))] : []),
    ...(existsSync(join(BUILD_DIR, PAGE_READER)) ? [sizeOf('page reader', withImports(PAGE_READER))] : []),
  ];
  const zipFile = newestZip();
  return {
    parts,
    totalBytes: listFiles(BUILD_DIR).reduce((sum, f) => sum + statSync(join(BUILD_DIR, f)).size, 0),
    zipFile: relative(resolve('.'), zipFile),
    zipBytes: statSync(zipFile).size,
    contentScripts: contentFiles.map((file) => ({
      file,
      bytes: statSync(join(BUILD_DIR, file)).size,
      compromiseMarkers: withImports(file).flatMap(markersIn),
    })),
    backgroundMarkers: markersIn(manifest.background.service_worker),
    buildMs,
  };
}
