import type { Browser } from 'playwright-core';
import { findChromium, launchForExport } from './find-chromium.mjs';
import { ExportError } from '../export/export-error.ts';

/**
 * Headless Chromium found the way the tests find it (CHROMIUM_PATH, Playwright's, or Debian's), or a clear message
 * on how to get one. `started` is a launch already under way (`bin/deck.mjs` starts one for `deck export` before
 * the CLI has loaded).
 */
export async function launchBrowser(started?: Promise<Browser>): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new ExportError('deck export: no Chromium found: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH=/path/to/chrome) and retry');
  try {
    return await (started ?? (launchForExport(executablePath) as Promise<Browser>));
  } catch (error) {
    throw new ExportError(`deck export: could not start Chromium at ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
  }
}
