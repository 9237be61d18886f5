import type { Server } from 'node:http';
import { serveStatic } from '../server/static-server.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../browser/launch-browser.ts';
import { loadPrintView } from './load-print-view.ts';
import { savedPrintView } from './saved-print-view.ts';
import { printQuery } from '../../print/print-query.ts';
import { progressBar } from './progress.ts';
import { writePdf } from './write-pdf.ts';
import { writePngs } from './write-pngs.ts';
import { chromiumStopped } from '../errors/user-message.ts';
import { ExportError } from './export-error.ts';
import { shownPath, type ExportOptions } from './export-options.ts';

/** What an export wrote. */
export interface ExportResult {
  /** The PDF file or the PNG folder. */
  path: string;
  pages: number;
  seconds: number;
  /** Where the time went, in seconds since the process started: CLI loaded, deck ready (built or reused), Chromium ready, slides rendered, written. */
  timeline: { started: number; deck: number; browser: number; rendered: number; written: number; reused: boolean };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

/** The built deck to print: its folder, and whether an earlier build was reused. */
export interface BuiltSite {
  dir: string;
  reused: boolean;
}

/**
 * Gets the built deck (`site`: reused or built), serves it on localhost and prints its print view from one headless
 * Chromium, started while the build runs (or earlier: `chromium`, a launch already under way). Writes the PDF (or
 * PNGs) whole or not at all. The first export of a build saves the print view it rendered as a static page, which
 * later ones load instead (saved-print-view.ts).
 */
export async function exportDeck(options: ExportOptions, site: () => Promise<BuiltSite>, chromium?: Promise<Browser>): Promise<ExportResult> {
  // Node's clock starts with the process: the times include starting Node and loading the CLI.
  const since = () => performance.now() / 1000;
  const { target } = options;
  const progress = progressBar(options.quiet, 4, 'building the deck (or reusing the last build)');
  const timeline = { started: since(), deck: 0, browser: 0, rendered: 0, written: 0, reused: false };
  // Chromium and a blank page get ready while the deck builds.
  const opening = launchBrowser(chromium).then(async (browser) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: target.kind === 'png' ? target.scale : 1,
      colorScheme: options.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    // Laid out for print from the start: `page.pdf` then skips a relayout of every slide (~0.4 s for the talk).
    if (target.kind === 'pdf') await page.emulateMedia({ media: 'print' });
    timeline.browser = since();
    return { browser, page };
  });
  opening.catch(() => {});
  // A browser killed mid-call can leave that call pending for good (seen with page.pdf): fail on the disconnect itself.
  const gone = opening.then(
    ({ browser }) =>
      new Promise<never>((_, reject) => {
        browser.once('disconnected', () => reject(new ExportError(chromiumStopped('deck export'))));
      }),
  );
  gone.catch(() => {});
  let server: Server | undefined;
  try {
    return await Promise.race([render(), gone]);
  } finally {
    progress.stop();
    await Promise.all([
      // A browser handed in belongs to the caller (`bin/deck.mjs` ends the process instead of a graceful close).
      chromium ? undefined : opening.then(({ browser }) => browser.close()).catch(() => {}),
      server && closeServer(server),
    ]);
  }

  async function render(): Promise<ExportResult> {
    const built = site().then((folder) => {
      Object.assign(timeline, { deck: since(), reused: folder.reused });
      progress.tick('starting Chromium');
      return folder;
    });
    const [{ dir }, { page }] = await Promise.all([built, opening]);
    const served = await serveStatic(dir);
    server = served.server;
    progress.tick('rendering the slides');
    const query = printQuery(options);
    // What decides the pages: a PNG is taken in screen media, a PDF in print media.
    const saved = savedPrintView(dir, `${query} ${options.dark ? 'dark' : 'light'} ${target.kind === 'pdf' ? 'print' : 'screen'}`);
    const load = (entry: string) => loadPrintView(page, `${served.url}${entry}${query}`, options.range, options.timeout);
    // A saved copy that no longer loads (edited by hand, damaged) is dropped: the app renders the slides again.
    const copy = saved?.saved
      ? await load(saved.name).catch(() => {
          saved.discard();
          return undefined;
        })
      : undefined;
    const view = copy ?? (await load('index.html'));
    timeline.rendered = since();
    if (target.kind === 'pdf') {
      progress.tick('printing the PDF');
      await writePdf(page, target.file);
      progress.tick('done');
    } else {
      progress.grow(view.pages.length - 1);
      progress.tick('writing PNGs');
      await writePngs(page, target.dir, view.pages, () => progress.tick('writing PNGs'));
    }
    const path = target.kind === 'pdf' ? target.file : target.dir;
    timeline.written = since();
    // Not saved (a full disk, a folder gone) only means the next export renders the slides again.
    if (saved && !saved.saved) await saved.save(page).catch(() => {});
    return { path: shownPath(path), pages: view.pages.length, seconds: since(), timeline };
  }
}
