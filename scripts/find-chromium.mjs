// Where the tests and `deck export` find Chromium: CHROMIUM_PATH, else Playwright's own download, else Debian's.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Chromium executable to use, or undefined when none is installed. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, safe(() => createRequire(import.meta.url)('playwright-core').chromium.executablePath()), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
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

/**
 * Features off in the export's browser. Headless Chromium builds the omnibox popup's own web UI for its hidden
 * window; in one process that runs on the page's thread and took ~0.5 s of the talk's 1.3 s render. A second
 * `--disable-features` replaces Playwright's (the last one wins), so Playwright 1.65's list is repeated first: it
 * keeps startup requests to Google (search preconnect, AI mode, network time, hints) and paint holding off.
 */
const EXPORT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
];

/**
 * Starts headless Chromium for `deck export` and the build's preview image: one process (`--single-process` halves
 * the time to a usable page here, ~1.6 s to ~0.9 s, and the page only ever shows our own local deck).
 * playwright-core is required here, not imported at the top: loading it takes about half a second.
 */
export function launchForExport(executablePath) {
  const { chromium } = createRequire(import.meta.url)('playwright-core');
  const args = [...CHROMIUM_ARGS, '--single-process', `--disable-features=${EXPORT_DISABLED_FEATURES.join(',')}`];
  return chromium.launch({ executablePath, args });
}
