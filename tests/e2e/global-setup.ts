/**
 * Builds the extension once before the browser tests and checks the browser is there.
 * A missing browser fails the run: browser tests are never skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './browser';

export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set PMO_LENS_CHROMIUM; browser tests are required.`,
    );
  }
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
