import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cac } from 'cac';
import { createServer, build, createLogger, type InlineConfig, type LogLevel, type PluginOption } from 'vite';
import { serveStatic } from '../export/static-server.ts';
import type { Browser } from 'playwright-core';
import { exportDeck, type BuiltSite } from '../export/export-deck.ts';
import { buildIntoCache, cachedBuildDir } from '../export/build-cache.ts';
import { exportOptions, type ExportFlags } from '../export/export-options.ts';
import { outputValue } from '../export/output-plugins.ts';
import { prerender } from './prerender.ts';
import { applyCsp } from './csp.ts';
import { writeOgImage } from './og-image.ts';

/** The package root: index.html, vite.config.ts and src/ live here whatever deck is built. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A CLI failure with a message meant for people: printed alone, no stack. */
export class UsageError extends Error {}

/** Resolves the deck file argument (default `slides/deck.mdx`) and checks it exists. */
export function deckFileFrom(argument: string | undefined): string {
  const file = resolve(argument ?? (existsSync('slides/deck.mdx') ? 'slides/deck.mdx' : resolve(PACKAGE_ROOT, 'slides/deck.mdx')));
  if (!existsSync(file)) throw new UsageError(`deck: no such deck file: ${file}`);
  if (!/\.mdx?$/.test(file)) throw new UsageError(`deck: expected an .mdx file, got ${file}`);
  return file;
}

/** Vite settings shared by every command, for one deck file. */
export function viteConfig(deckFile: string, overrides: InlineConfig = {}): InlineConfig {
  process.env.DECK_FILE = deckFile;
  return { configFile: resolve(PACKAGE_ROOT, 'vite.config.ts'), root: PACKAGE_ROOT, ...overrides };
}

/** Vite's logger minus its error lines: the CLI prints the one clear error itself. */
function quietErrors(level?: LogLevel) {
  const logger = createLogger(level);
  logger.error = () => {};
  return logger;
}

/** The deck's own error inside a bundler's "Build failed with N errors" wrapper. */
function firstCause(error: unknown): unknown {
  const inner = (error as { errors?: unknown[] }).errors?.[0];
  const located = inner as { loc?: unknown; message?: string } | undefined;
  if (located?.message) return new UsageError(located.message.replace(/^\[plugin [\w:-]+\]\s*/, '').replace(/^(\S+:\d+:\d+)\n(?:Error: )?\1/, '$1'));
  return error;
}

interface BuildFlags {
  out?: string;
  base?: string;
  singleFile?: boolean;
  quiet?: boolean;
  /** `--no-og-image`: skip rendering slide 1 as the link-preview image. */
  ogImage?: boolean;
  /** For `deck export`: the site alone, quick to load whole (no offline copy, no prerender, one minified script). */
  forExport?: boolean;
  /** More bundler plugins (the export's input recorder). */
  plugins?: PluginOption[];
}

/** Builds a deck into a static folder; returns the folder. */
export async function buildDeck(deckFile: string, flags: BuildFlags): Promise<string> {
  const outDir = resolve(flags.out ?? 'dist');
  const base = flags.base ?? './';
  if (!base.startsWith('/') && !base.startsWith('./') && !/^https?:\/\//.test(base)) {
    throw new UsageError(`deck: --base must start with "/" or "./", got ${base}`);
  }
  try {
    process.env.DECK_OUTPUT = outputValue(flags.singleFile ? { kind: 'single-file', fileName: 'index.html' } : flags.forExport ? { kind: 'print' } : { kind: 'site' });
    const config = viteConfig(deckFile, {
      base,
      logLevel: flags.quiet ? 'silent' : 'warn',
      customLogger: quietErrors(flags.quiet ? 'silent' : undefined),
      build: { outDir, emptyOutDir: true },
      plugins: flags.plugins,
    });
    await build(config);
    // The prerendered page links its assets/ folder; a single file has none, and an export prints every slide anyway.
    if (!flags.forExport && !flags.singleFile) {
      await prerender(config, outDir);
      if (flags.ogImage !== false) await writeOgImage(outDir, base, (message) => process.stderr.write(`${message}\n`));
    }
    // Published pages get the strict policy; an export's throwaway build keeps remote images loadable (and reportable).
    if (!flags.forExport) applyCsp(outDir);
  } catch (error) {
    throw firstCause(error);
  }
  return outDir;
}

/**
 * The export's build of a deck, reused from `node_modules/.cache/deck` while none of the files it was built from
 * changed: building is the longest part of an export.
 */
async function exportSite(deckFile: string, reuse: boolean): Promise<BuiltSite> {
  const cache = cachedBuildDir(resolve(PACKAGE_ROOT, 'node_modules/.cache/deck'), deckFile);
  if (reuse && cache.fresh) return { dir: cache.dir, reused: true };
  const shaping = ['package-lock.json', 'vite.config.ts'].map((file) => resolve(PACKAGE_ROOT, file));
  const dir = await buildIntoCache(cache.dir, deckFile, shaping, (outDir, plugin) =>
    buildDeck(deckFile, { out: outDir, quiet: true, forExport: true, plugins: [plugin] }),
  );
  return { dir, reused: false };
}

async function dev(file: string | undefined, flags: { host?: string | boolean; port?: number; open?: boolean }) {
  const deckFile = deckFileFrom(file);
  const server = await createServer(viteConfig(deckFile, { server: { host: flags.host ?? 'localhost', port: flags.port, open: flags.open } }));
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
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
    .action(dev);
  cli
    .command('build [file]', 'Build a static site that works from any sub-path and from file://')
    .option('--out <dir>', 'Output folder', { default: 'dist' })
    .option('--base <path>', 'Public base path, e.g. /talks/2-types/', { default: './' })
    .option('--single-file', 'Write one self-contained offline HTML file')
    .option('--quiet', 'Print only errors')
    .option('--no-og-image', 'Skip the Open Graph preview image of slide 1 (needs Chromium)')
    .action(async (file: string | undefined, flags: BuildFlags) => {
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
        const { deck, browser, rendered, written, reused } = result.timeline;
        const at = (seconds: number) => seconds.toFixed(1);
        process.stdout.write(
          `Wrote ${result.path} (${result.pages} pages) in ${at(result.seconds)} s ` +
            `(deck ${reused ? 'reused' : 'built'} at ${at(deck)} s, Chromium ready at ${at(browser)} s, slides rendered at ${at(rendered)} s, written at ${at(written)} s)\n`,
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
