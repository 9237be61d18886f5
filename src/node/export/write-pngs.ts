import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { stagedFolder } from '../cache/atomic-output.mjs';

/** One PNG per printed page (`slide-03.png`, …) into `dir`; the files appear only once every one is written. */
export async function writePngs(page: Page, dir: string, names: readonly string[], done: () => void): Promise<void> {
  const staged = await stagedFolder(dir);
  try {
    for (const name of names) {
      await page.locator(`[data-print-page="${name}"]`).screenshot({ path: join(staged.path, `${name}.png`), animations: 'disabled', caret: 'hide' });
      done();
    }
    await staged.commit();
  } catch (error) {
    await staged.discard();
    throw error;
  }
}
