import { resolve } from 'node:path';
import { createServer, build, createLogger, type LogLevel, type PluginOption } from 'vite';
import { recordInputs } from '../cache/build-cache.ts';
import { stagedFolder } from '../cache/atomic-output.ts';
import { deckInputs, refuseForeignOutput, refuseInputClash } from '../output/output-target.ts';
import type { DeckOutput } from '../vite/deck-output.ts';
import { applyCsp } from '../html/csp.ts';
import { PACKAGE_ROOT, UsageError } from '../deck-file.ts';
import { fileErrorMessage } from '../errors/file-error.ts';
import { importErrorMessage, unresolvedImport } from '../errors/import-error.ts';
import { writeOgImage } from '../export/og-image.ts';
import { prerender } from '../vite/prerender.ts';
import { deckViteConfig } from '../vite/vite-config.ts';

/** Vite's logger minus its error lines: the CLI prints the one clear error itself. */
function quietErrors(level?: LogLevel) {
  const logger = createLogger(level);
  logger.error = () => {};
  return logger;
}

/** The deck's own error inside a bundler's "Build failed with N errors" wrapper. */
function firstCause(error: unknown): unknown {
  const inner = (error as { errors?: unknown[] }).errors?.[0];
  const unresolved = unresolvedImport(inner) ?? unresolvedImport(error);
  if (unresolved) return new UsageError(importErrorMessage(unresolved));
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
  /** `--force` / `--empty-out`: replace a non-empty folder that no earlier build wrote. */
  force?: boolean;
  emptyOut?: boolean;
  /** For `deck export`: the site alone, quick to load whole (no offline copy, no prerender, one minified script). */
  forExport?: boolean;
  /** More bundler plugins (the export's input recorder). */
  plugins?: PluginOption[];
}

/** Checks `--base`: a path from the site's root, a relative one, or a full URL. */
function checkedBase(base: string): string {
  if (!base.startsWith('/') && !base.startsWith('./') && !/^https?:\/\//.test(base)) {
    throw new UsageError(`deck: --base must start with "/" or "./", got ${base}`);
  }
  return base;
}

/** Builds a deck into `outDir` as it is (a fresh or throwaway folder: the export's cache, a staged build). */
export async function buildSite(deckFile: string, flags: BuildFlags, outDir: string): Promise<void> {
  const base = checkedBase(flags.base ?? './');
  const output: DeckOutput = flags.singleFile ? { kind: 'single-file', fileName: 'index.html' } : flags.forExport ? { kind: 'print' } : { kind: 'site' };
  try {
    const config = {
      ...deckViteConfig({ deckFile, output, base, outDir, plugins: flags.plugins }),
      logLevel: flags.quiet ? 'silent' : 'warn',
      customLogger: quietErrors(flags.quiet ? 'silent' : undefined),
    } as const;
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
}

/**
 * `deck build`: builds beside the target and swaps it in only when complete, so a failed or interrupted build leaves
 * the last good site. Refuses a target that is or holds an input, or a non-empty folder no build of ours wrote.
 */
export async function buildDeck(deckFile: string, flags: BuildFlags): Promise<string> {
  const outDir = resolve(flags.out ?? 'dist');
  checkedBase(flags.base ?? './');
  refuseInputClash('deck build', '--out', outDir, deckInputs(deckFile, PACKAGE_ROOT));
  refuseForeignOutput('deck build', '--out', outDir, 'site', Boolean(flags.force || flags.emptyOut));
  const staged = await stagedFolder(outDir).catch((error: unknown) => {
    throw new UsageError(fileErrorMessage('deck build: cannot write --out', outDir, error));
  });
  try {
    let imported: string[] = [];
    await buildSite(deckFile, { ...flags, plugins: [...(flags.plugins ?? []), recordInputs((files) => (imported = files))] }, staged.path);
    // A component folder given as --out: the build read from it, the swap would delete it.
    refuseInputClash('deck build', '--out', outDir, deckInputs(deckFile, PACKAGE_ROOT, imported));
    await staged.commit().catch((error: unknown) => {
      throw new UsageError(fileErrorMessage('deck build: cannot replace --out', outDir, error));
    });
  } finally {
    await staged.discard();
  }
  return outDir;
}

/** `deck dev`: Vite's dev server with hot reload for one deck file. */
export async function startDevServer(deckFile: string, flags: { host?: string | boolean; port?: number; open?: boolean }): Promise<void> {
  const config = deckViteConfig({ deckFile, output: { kind: 'site' } });
  const server = await createServer({ ...config, server: { ...config.server, host: flags.host ?? 'localhost', port: flags.port, open: flags.open } });
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
}
