// npm test needs a real Chromium: find one, or install Debian's as root, or say in one line what to run.
import { execSync } from 'node:child_process';
import { findChromium } from '../src/node/browser/find-chromium.mjs';

function canApt() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
}

if (!findChromium()) {
  if (canApt()) {
    process.stderr.write("No Chromium found: installing Debian's chromium and poppler-utils (apt-get)…\n");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils', { stdio: 'inherit' });
  }
  if (!findChromium()) {
    process.stderr.write('No Chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH=/path/to/chrome) and retry.\n');
    process.exit(1);
  }
}
