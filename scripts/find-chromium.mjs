// Where the tests and `deck export` find Chromium: CHROMIUM_PATH, else Playwright's own download, else Debian's.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The Chromium executable to use, or undefined when none is installed. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, safe(() => chromium.executablePath()), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

function safe(read) {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Flags that keep headless Chromium quiet on a closed network (see the env notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];
