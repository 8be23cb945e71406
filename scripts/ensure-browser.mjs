// Runs before `npm test`: the browser tests need Chromium. On a Debian machine where we are root
// (these build machines, CI) it is installed from Debian's packages when missing; elsewhere we say
// how. The tests themselves fail, never skip, when it is still missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.PMO_LENS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('Chromium is missing: installing it from Debian (apt-get install chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } else {
    console.error(`Chromium not found at ${path}. Install Chromium, or set PMO_LENS_CHROMIUM to its path.`);
  }
}
