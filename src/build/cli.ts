import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cac } from 'cac';
import { createServer, build, createLogger, type InlineConfig } from 'vite';
import { serveStatic } from '../export/static-server.ts';
import { prerender } from './prerender.ts';

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
function quietErrors() {
  const logger = createLogger();
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
}

/** Builds a deck into a static folder; returns the folder. */
export async function buildDeck(deckFile: string, flags: BuildFlags): Promise<string> {
  const outDir = resolve(flags.out ?? 'dist');
  const base = flags.base ?? './';
  if (!base.startsWith('/') && !base.startsWith('./') && !/^https?:\/\//.test(base)) {
    throw new UsageError(`deck: --base must start with "/" or "./", got ${base}`);
  }
  try {
    const config = viteConfig(deckFile, { base, logLevel: flags.quiet ? 'silent' : 'warn', customLogger: quietErrors(), build: { outDir, emptyOutDir: true } });
    await build(config);
    await prerender(config, outDir);
  } catch (error) {
    throw firstCause(error);
  }
  return outDir;
}

async function dev(file: string | undefined, flags: { host?: string | boolean; port?: number; open?: boolean }) {
  const deckFile = deckFileFrom(file);
  const server = await createServer(viteConfig(deckFile, { server: { host: flags.host ?? 'localhost', port: flags.port, open: flags.open } }));
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
}

/** `deck dev | build | export`: parses argv once into typed flags and runs the command. */
export async function main(argv: string[]): Promise<void> {
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
    .command('export [file]', 'PDF or PNG export of a deck (see README)')
    .allowUnknownOptions()
    .action(() => {
      throw new UsageError('deck export: not available yet in this build');
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
