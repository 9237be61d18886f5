import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { ExportError } from './export-error.ts';

/** Starts headless Chromium the way the tests do (CHROMIUM_PATH, Playwright's, or Debian's), or says how to get one. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new ExportError('deck export: no Chromium found: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH=/path/to/chrome) and retry');
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new ExportError(`deck export: could not start Chromium at ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
  }
}
