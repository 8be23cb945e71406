/**
 * Builds the extension once before the browser tests, into a folder of this run's own, and checks
 * the browser is there. A missing browser fails the run: browser tests are never skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './browser';

export default function setup(): () => void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set PMO_LENS_CHROMIUM; browser tests are required.`,
    );
  }
  const outDir = mkdtempSync(join(tmpdir(), 'pmo-lens-e2e-build-'));
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, PMO_LENS_OUT_DIR: outDir },
  });
  // Test workers start after this and inherit the environment: that is how they find the build.
  process.env.PMO_LENS_EXTENSION_DIR = join(outDir, 'chrome-mv3');
  return () => rmSync(outDir, { recursive: true, force: true });
}
