import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { cac } from 'cac';
import type { Browser } from 'playwright-core';
import { writableCacheDir } from './cache/cache-dir.mjs';
import { buildIntoCache, builtInputs, cachedBuildDir, engineSources, markUsed } from './cache/build-cache.ts';
import { exportDeck, type BuiltSite } from './export/export-deck.ts';
import { exportOptions, type ExportFlags, type ExportOptions } from './export/export-options.ts';
import { deckInputs, refuseForeignOutput, refuseInputClash } from './output/output-target.ts';
import { serveStatic } from './server/static-server.ts';
import { normalizedArgv, networkWarning, portFrom, reachableFromNetwork } from './cli-flags.ts';
import { deckFileFrom, PACKAGE_ROOT, UsageError } from './deck-file.ts';
import type { BuildFlags } from './commands/build.ts';
import { userMessage } from './errors/user-message.ts';

/** The commands that run Vite, loaded only when one runs: an export that reuses its build never loads Vite. */
const viteCommands = () => import('./commands/build.ts');

/**
 * The export's build of a deck, reused from `node_modules/.cache/deck` (the temp dir on a read-only install) while
 * none of the files it was built from changed: building is the longest part of an export.
 */
async function exportSite(deckFile: string, reuse: boolean): Promise<BuiltSite & { inputs: string[] }> {
  const cache = cachedBuildDir(writableCacheDir(resolve(PACKAGE_ROOT, 'node_modules/.cache/deck')), deckFile);
  if (reuse && cache.fresh) {
    markUsed(cache.dir);
    return { dir: cache.dir, reused: true, inputs: builtInputs(cache.dir) };
  }
  const { buildSite } = await viteCommands();
  const dir = await buildIntoCache(cache.dir, deckFile, engineSources(PACKAGE_ROOT), (outDir, plugin) =>
    buildSite(deckFile, { quiet: true, forExport: true, plugins: [plugin] }, outDir),
  );
  return { dir, reused: false, inputs: builtInputs(dir) };
}

/** Refuses an export target that is or holds one of `inputs`, or that another program wrote (unless `force`). */
function checkExportTarget(options: ExportOptions, inputs: string[], force: boolean): void {
  const { target } = options;
  const [flag, path] = target.kind === 'pdf' ? ['--out', target.file] : ['--png', target.dir];
  refuseInputClash('deck export', flag, path, deckInputs(options.deckFile, PACKAGE_ROOT, inputs));
  refuseForeignOutput('deck export', flag, path, target.kind, force);
}

/** Work `bin/deck.mjs` starts before this module has loaded. */
export interface EarlyStart {
  /** For `deck export`: Chromium, launching while the CLI loads. */
  chromium?: Promise<Browser>;
}

/** Starts `deck serve` and says where; a port in use or a bad host is one line. */
async function serve(dir: string, flags: { port?: unknown; host?: string | boolean }): Promise<void> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`deck serve: no such folder: ${resolve(dir)} (build one with deck build --out ${dir})`);
  const host = flags.host === undefined ? '127.0.0.1' : flags.host === true ? '0.0.0.0' : String(flags.host);
  const port = portFrom('deck serve', flags.port) ?? 4173;
  const { url } = await serveStatic(dir, port, host).catch((error: { code?: string }) => {
    if (error.code === 'EADDRINUSE') throw new UsageError(`deck serve: port ${port} is in use: pass another, e.g. --port ${port + 1}`);
    throw new UsageError(`deck serve: cannot listen on ${host}:${port}: ${error.code ?? String(error)}`);
  });
  if (reachableFromNetwork(flags.host)) process.stderr.write(`${networkWarning('deck serve', flags.host ?? true)}\n`);
  process.stdout.write(`Serving ${resolve(dir)} at ${url}\n`);
}

/** `deck dev | build | serve | export`: parses argv once into typed flags and runs the command. */
export async function main(argv: string[], early: EarlyStart = {}): Promise<void> {
  const cli = cac('deck');
  cli
    .command('dev [file]', 'Dev server with hot reload for an MDX deck (default slides/deck.mdx)')
    .option('--host [host]', 'Listen on this host (no value: all interfaces; the deck is then reachable from the network)')
    .option('--port <port>', 'Port (default 5173, next free one if taken)')
    .option('--open', 'Open the browser')
    .action(async (file: string | undefined, flags: { host?: string | boolean; port?: unknown; open?: boolean }) => {
      const port = portFrom('deck dev', flags.port);
      const deckFile = deckFileFrom(file);
      const { startDevServer } = await viteCommands();
      if (reachableFromNetwork(flags.host)) process.stderr.write(`${networkWarning('deck dev', flags.host ?? true)}\n`);
      await startDevServer(deckFile, { host: flags.host, port, open: flags.open });
    });
  cli
    .command('build [file]', 'Build a static site that works from any sub-path and from file://')
    .option('--out <dir>', 'Output folder; replaced whole once the build is complete', { default: 'dist' })
    .option('--base <path>', 'Public base path, e.g. /talks/2-types/', { default: './' })
    .option('--single-file', 'Write one self-contained offline HTML file')
    .option('--force', 'Replace --out even if it holds files that no deck build wrote')
    .option('--empty-out', 'The same as --force')
    .option('--quiet', 'Print only errors')
    .option('--no-og-image', 'Skip the Open Graph preview image of slide 1 (needs Chromium)')
    .action(async (file: string | undefined, flags: BuildFlags) => {
      if (typeof flags.out !== 'string' || flags.out.trim() === '') throw new UsageError('deck build: --out needs a folder, e.g. --out dist');
      const deckFile = deckFileFrom(file);
      const { buildDeck } = await viteCommands();
      await buildDeck(deckFile, { ...flags, out: String(flags.out), base: String(flags.base) });
    });
  cli
    .command('serve [dir]', 'Serve a built deck folder (default: dist) on localhost, no compression')
    .option('--port <port>', 'Port (default 4173)')
    .option('--host [host]', 'Listen on this host (no value: all interfaces; the deck is then reachable from the network)')
    .action((dir: string | undefined, flags: { port?: unknown; host?: string | boolean }) => serve(dir ?? 'dist', flags));
  cli
    .command('export [file]', 'PDF (or one PNG per slide) of a deck, with a progress bar on stderr')
    .option('--out <file>', 'PDF file, or a folder to put <deck name>.pdf in (default: <deck name>.pdf here)')
    .option('--steps', 'One page per step')
    .option('--notes', 'Each slide followed by its notes')
    .option('--handout <n>', 'N slides per A4 page (2, 3, 4 or 6) with notes or lines')
    .option('--png <dir>', 'One PNG per slide into this folder instead of a PDF')
    .option('--scale <n>', 'Device pixel ratio of the PNGs, e.g. 2 for retina')
    .option('--range <slides>', 'Only these slides, e.g. 3-10,12', { type: [String] })
    .option('--dark', 'Emulate a dark colour scheme')
    .option('--force', 'Replace --out or --png even if deck export did not write what is there')
    .option('--quiet', 'No progress bar or summary')
    .option('--timeout <ms>', 'How long to wait for the deck to load and settle (default 60000)')
    .option('--no-cache', 'Build the deck afresh even if nothing changed since the last export')
    .action(async (file: string | undefined, flags: ExportFlags & { cache?: boolean; force?: boolean }) => {
      // Kept as text (cac would read `--range ''` as 0); the last one wins, as with every other flag.
      const range = Array.isArray(flags.range) ? (flags.range.at(-1) as string | undefined) : flags.range;
      const options = exportOptions(deckFileFrom(file), { ...flags, range });
      const force = Boolean(flags.force);
      checkExportTarget(options, [], force);
      const site = async () => {
        const built = await exportSite(options.deckFile, flags.cache !== false);
        checkExportTarget(options, built.inputs, force);
        return built;
      };
      const result = await exportDeck(options, site, early.chromium);
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
  const command = argv[2] && !argv[2].startsWith('-') ? `deck ${argv[2]}` : 'deck';
  try {
    cli.parse(normalizedArgv(argv, command), { run: false });
    if (!cli.matchedCommand && cli.args.length) throw new UsageError(`deck: unknown command ${cli.args[0]} (try deck --help)`);
    if (!cli.matchedCommand && !cli.options.help) {
      cli.outputHelp();
      return;
    }
    await cli.runMatchedCommand();
  } catch (error) {
    throw new UsageError(userMessage(command, error), { cause: error });
  }
}
