// Where the tests and `deck export` find Chromium: CHROMIUM_PATH, else Playwright's own download, else Debian's.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Chromium executable to use, or undefined when none is installed. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    safe(() => createRequire(import.meta.url)('playwright-core').chromium.executablePath()),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  return candidates.find((path) => path && existsSync(path));
}

function safe(read) {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Features off in every headless Chromium we start. Headless Chromium builds the omnibox popup's own web UI for the
 * hidden window of every new page: scripts and layout that competed with the deck for the two cores here (and, in
 * the export's single process, ran on the page's own thread: ~0.5 s of the talk's 1.3 s render). A second
 * `--disable-features` replaces Playwright's (the last one wins), so Playwright 1.65's list is repeated first: it
 * keeps startup requests to Google (search preconnect, AI mode, network time, hints) and paint holding off.
 * tests/e2e/chromium-flags.spec.ts fails when a Playwright upgrade turns off a feature this list lacks.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
];

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
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

/**
 * Starts headless Chromium for `deck export` and the build's preview image: one process (`--single-process` halves
 * the time to a usable page here, ~1.6 s to ~0.9 s, and the page only ever shows our own local deck), and no zygote
 * to fork helpers from (~0.1 s; needs `--no-sandbox`, which CHROMIUM_ARGS has).
 * playwright-core is required here, not imported at the top: loading it takes about half a second.
 */
export function launchForExport(executablePath) {
  const { chromium } = createRequire(import.meta.url)('playwright-core');
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--single-process', '--no-zygote'] });
}
