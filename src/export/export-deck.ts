import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { serveStatic } from './static-server.ts';
import { launchBrowser } from './launch-browser.ts';
import { loadPrintView } from './load-print-view.ts';
import { printQuery } from './print-query.ts';
import { progressBar } from './progress.ts';
import { writePdf } from './write-pdf.ts';
import { writePngs } from './write-pngs.ts';
import type { ExportOptions } from './export-options.ts';

/** What an export wrote. */
export interface ExportResult {
  /** The PDF file or the PNG folder. */
  path: string;
  pages: number;
  seconds: number;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

/**
 * Builds the deck into a temporary folder (`build`), serves it on localhost and prints its print view from one
 * headless Chromium, started while the build runs. Writes the PDF (or PNGs) whole or not at all.
 */
export async function exportDeck(options: ExportOptions, build: (outDir: string) => Promise<string>): Promise<ExportResult> {
  const started = performance.now();
  const { target } = options;
  const progress = progressBar(options.quiet, 4, 'building the deck');
  const work = await mkdtemp(join(tmpdir(), 'deck-export-'));
  // Chromium and a blank page get ready while the deck builds.
  const opening = launchBrowser().then(async (browser) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: target.kind === 'png' ? target.scale : 1,
      colorScheme: options.dark ? 'dark' : 'light',
    });
    return { browser, page: await context.newPage() };
  });
  opening.catch(() => {});
  let server: Server | undefined;
  try {
    const built = build(join(work, 'site')).then((site) => {
      progress.tick('starting Chromium');
      return site;
    });
    const [site, { page }] = await Promise.all([built, opening]);
    const served = await serveStatic(site);
    server = served.server;
    progress.tick('rendering the slides');
    const view = await loadPrintView(page, `${served.url}index.html${printQuery(options)}`, options.range, options.timeout);
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
    return { path: relative(process.cwd(), path) || path, pages: view.pages.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    progress.stop();
    await Promise.all([
      opening.then(({ browser }) => browser.close()).catch(() => {}),
      server && closeServer(server),
      rm(work, { recursive: true, force: true }),
    ]);
  }
}
