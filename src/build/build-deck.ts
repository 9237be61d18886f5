import { resolve } from 'node:path';
import { createServer, build, createLogger, type InlineConfig, type LogLevel, type PluginOption } from 'vite';
import { outputValue } from '../export/deck-output.ts';
import { applyCsp } from './csp.ts';
import { PACKAGE_ROOT, UsageError } from './deck-file.ts';
import { writeOgImage } from './og-image.ts';
import { prerender } from './prerender.ts';

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

/** Options of `deck build`, and of the build an export makes for itself. */
export interface BuildFlags {
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

/** `deck dev`: Vite's dev server with hot reload for one deck file. */
export async function startDevServer(deckFile: string, flags: { host?: string | boolean; port?: number; open?: boolean }): Promise<void> {
  const server = await createServer(viteConfig(deckFile, { server: { host: flags.host ?? 'localhost', port: flags.port, open: flags.open } }));
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
}
