import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { writeFileAtomically } from '../cache/atomic-output.mjs';
import { buildStamp } from '../cache/build-cache.ts';
import { shortHash } from '../cache/fingerprint.mjs';
import { imagesSettled } from '../../print/images-settled.ts';
import { serializePrintView } from '../../print/print-snapshot.ts';

/**
 * The saved page's ready check, its one script: `data-ready` once the page has loaded (stylesheets, preloaded fonts,
 * images), the fonts its layout uses are in and every image has decoded, as the print view itself waits.
 */
const SETTLE = `addEventListener('load', async () => {
  await document.fonts.ready;
  await (${imagesSettled.toString()})();
  document.documentElement.dataset.ready = 'true';
});`;

/**
 * The print view of one build, as one export rendered it, saved beside the build: the next export asking for the
 * same pages (same print query, colour scheme and media) loads that static page, which needs no script to paint, and
 * skips the app's start and React's render of every slide. Named by the build's stamp too, so a copy saved from a
 * build that has since been replaced is never found.
 */
export interface SavedPrintView {
  /** Its path in the served folder (`print-<hash>.html`). */
  name: string;
  /** Whether an earlier export saved it. */
  saved: boolean;
  /** Saves the print view `page` shows now (settled, checked), unless it holds what a copy loses. */
  save(page: Page): Promise<void>;
  /** Removes a saved copy that failed to load, so this export saves a fresh one. */
  discard(): void;
}

/** The saved print view for `request` (what decides the pages: query, colour scheme, media) in the build at `dir`, or null for a folder that is not a cached build. */
export function savedPrintView(dir: string, request: string): SavedPrintView | null {
  const stamp = buildStamp(dir);
  if (!stamp) return null;
  const name = `print-${shortHash(`${stamp}\n${request}`)}.html`;
  const file = join(dir, name);
  const view: SavedPrintView = {
    name,
    saved: existsSync(file),
    async save(page) {
      const html = await page.evaluate(serializePrintView, SETTLE);
      if (html) writeFileAtomically(file, html);
    },
    discard() {
      rmSync(file, { force: true });
      view.saved = false;
    },
  };
  return view;
}
