import { resolve } from 'node:path';
import { cac } from 'cac';
import type { Browser } from 'playwright-core';
import { writableCacheDir } from '../../scripts/cache-dir.mjs';
import { buildIntoCache, cachedBuildDir, markUsed } from '../export/build-cache.ts';
import { exportDeck, type BuiltSite } from '../export/export-deck.ts';
import { exportOptions, type ExportFlags } from '../export/export-options.ts';
import { serveStatic } from '../export/static-server.ts';
import { deckFileFrom, PACKAGE_ROOT, UsageError } from './deck-file.ts';
import type { BuildFlags } from './build-deck.ts';

/** The commands that run Vite, loaded only when one runs: an export that reuses its build never loads Vite. */
const viteCommands = () => import('./build-deck.ts');

/**
 * The export's build of a deck, reused from `node_modules/.cache/deck` (the temp dir on a read-only install) while
 * none of the files it was built from changed: building is the longest part of an export.
 */
async function exportSite(deckFile: string, reuse: boolean): Promise<BuiltSite> {
  const cache = cachedBuildDir(writableCacheDir(resolve(PACKAGE_ROOT, 'node_modules/.cache/deck')), deckFile);
  if (reuse && cache.fresh) {
    markUsed(cache.dir);
    return { dir: cache.dir, reused: true };
  }
  const shaping = [resolve(PACKAGE_ROOT, 'package-lock.json')];
  const { buildDeck } = await viteCommands();
  const dir = await buildIntoCache(cache.dir, deckFile, shaping, (outDir, plugin) =>
    buildDeck(deckFile, { out: outDir, quiet: true, forExport: true, plugins: [plugin] }),
  );
  return { dir, reused: false };
}

/** Work `bin/deck.mjs` starts before this module has loaded. */
export interface EarlyStart {
  /** For `deck export`: Chromium, launching while the CLI loads. */
  chromium?: Promise<Browser>;
}

/** `deck dev | build | export`: parses argv once into typed flags and runs the command. */
export async function main(argv: string[], early: EarlyStart = {}): Promise<void> {
  const cli = cac('deck');
  cli
    .command('dev [file]', 'Dev server with hot reload for an MDX deck (default slides/deck.mdx)')
    .option('--host [host]', 'Listen on this host (no value: all interfaces)')
    .option('--port <port>', 'Port (default 5173, next free one if taken)')
    .option('--open', 'Open the browser')
    .action(async (file: string | undefined, flags: { host?: string | boolean; port?: number; open?: boolean }) => {
      const { startDevServer } = await viteCommands();
      await startDevServer(deckFileFrom(file), flags);
    });
  cli
    .command('build [file]', 'Build a static site that works from any sub-path and from file://')
    .option('--out <dir>', 'Output folder', { default: 'dist' })
    .option('--base <path>', 'Public base path, e.g. /talks/2-types/', { default: './' })
    .option('--single-file', 'Write one self-contained offline HTML file')
    .option('--quiet', 'Print only errors')
    .option('--no-og-image', 'Skip the Open Graph preview image of slide 1 (needs Chromium)')
    .action(async (file: string | undefined, flags: BuildFlags) => {
      const { buildDeck } = await viteCommands();
      await buildDeck(deckFileFrom(file), flags);
    });
  cli
    .command('serve [dir]', 'Serve a built deck folder on localhost (no compression)')
    .option('--port <port>', 'Port', { default: 4173 })
    .action(async (dir: string | undefined, flags: { port: number }) => {
      const { url } = await serveStatic(dir ?? 'dist', Number(flags.port));
      process.stdout.write(`Serving ${resolve(dir ?? 'dist')} at ${url}\n`);
    });
  cli
    .command('export [file]', 'PDF (or one PNG per slide) of a deck, with a progress bar on stderr')
    .option('--out <file>', 'PDF file (default: <deck name>.pdf here)')
    .option('--steps', 'One page per step')
    .option('--notes', 'Each slide followed by its notes')
    .option('--handout <n>', 'N slides per A4 page (2, 3, 4 or 6) with notes or lines')
    .option('--png <dir>', 'One PNG per slide into this folder instead of a PDF')
    .option('--scale <n>', 'Device pixel ratio of the PNGs, e.g. 2 for retina')
    .option('--range <slides>', 'Only these slides, e.g. 3-10,12')
    .option('--dark', 'Emulate a dark colour scheme')
    .option('--quiet', 'No progress bar or summary')
    .option('--timeout <ms>', 'How long to wait for the deck to load and settle (default 60000)')
    .option('--no-cache', 'Build the deck afresh even if nothing changed since the last export')
    .action(async (file: string | undefined, flags: ExportFlags & { cache?: boolean }) => {
      const options = exportOptions(deckFileFrom(file), flags);
      const result = await exportDeck(options, () => exportSite(options.deckFile, flags.cache !== false), early.chromium);
      if (!options.quiet) {
        const { started, deck, browser, rendered, written, reused } = result.timeline;
        const at = (seconds: number) => seconds.toFixed(1);
        process.stdout.write(
          `Wrote ${result.path} (${result.pages} pages) in ${at(result.seconds)} s ` +
            `(CLI loaded at ${at(started)} s, deck ${reused ? 'reused' : 'built'} at ${at(deck)} s, Chromium ready at ${at(browser)} s, slides rendered at ${at(rendered)} s, written at ${at(written)} s)\n`,
        );
      }
    });
  cli.help();
  cli.parse(argv, { run: false });
  if (!cli.matchedCommand && cli.args.length) throw new UsageError(`deck: unknown command ${cli.args[0]} (try deck --help)`);
  if (!cli.matchedCommand && !cli.options.help) {
    cli.outputHelp();
    return;
  }
  await cli.runMatchedCommand();
}
