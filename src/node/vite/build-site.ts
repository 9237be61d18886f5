import { build, createLogger, type LogLevel, type PluginOption } from 'vite';
import type { DeckOutput } from './deck-output.ts';
import { applyCsp } from '../html/csp.ts';
import { UsageError } from '../deck-file.ts';
import { importErrorMessage, unresolvedImport } from '../errors/import-error.ts';
import { writeOgImage } from '../export/og-image.ts';
import { prerender } from './prerender.ts';
import { deckViteConfig } from './vite-config.ts';

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
export function checkedBase(base: string): string {
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

