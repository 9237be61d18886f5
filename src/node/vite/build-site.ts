import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type LogLevel, type PluginOption } from 'vite';
import type { DeckOutput } from './deck-output.ts';
import { BUILT_STEPS, runSteps, type PageContext } from '../html/page-pipeline.ts';
import { UsageError } from '../deck-file.ts';
import { importErrorMessage, unresolvedImport } from '../errors/import-error.ts';
import { writeOgImage } from '../export/og-image.ts';
import { builtChunks, mainFontFile, renderFirstPaint, stylesheetsOf } from './prerender.ts';
import { firstPaintSubset, textOf } from '../fonts/first-paint-font.ts';
import { splitCriticalCss } from '../html/critical-css.ts';
import { linkedStylesheets, rebase, type FirstFrameCss } from '../html/paint-first.ts';
import { deckViteConfig } from './vite-config.ts';
import { deckLogger } from './deck-logger.ts';
import { originsOf, remoteMessage, remoteSeen } from '../html/remote-resources.ts';
import { deckSource } from './deck-source.ts';

/** The reading view's module, whose chunk's stylesheets the prerendered page inlines. */
const READ_VIEW_MODULE = 'src/views/read/read-view.tsx';

/** The deck's outline as built (for `meta.allowRemote`). */
const readDeck = async (deckFile: string) => (await deckSource(deckFile).read()).outline;

/** Vite's logger minus its error lines: the CLI prints the one clear error itself. */
function quietErrors(level?: LogLevel) {
  const logger = deckLogger(level);
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
  /** `--allow-remote`: widen the policy for the origins of the remote images, frames, media and fonts the deck names. */
  allowRemote?: boolean;
}

/** Checks `--base`: a path from the site's root, a relative one, or a full URL. */
export function checkedBase(base: string): string {
  if (!base.startsWith('/') && !base.startsWith('./') && !/^https?:\/\//.test(base)) {
    throw new UsageError(`deck: --base must start with "/" or "./", got ${base}`);
  }
  return base;
}

/**
 * The start CSS (`css`, every stylesheet the prerendered page links, all in assets/) split for the first frame: the
 * part `markup` uses, to inline, and the whole, written beside the other assets for the start script to link.
 */
async function firstFrameCss(outDir: string, base: string, css: string, markup: string): Promise<FirstFrameCss> {
  const split = await splitCriticalCss(css, markup, (part) => rebase(part, `${base}assets/`));
  const file = `assets/start-all-${createHash('sha256').update(split.deferred).digest('base64url').slice(0, 8)}.css`;
  writeFileSync(join(outDir, file), split.deferred);
  return { inline: split.inline, deferredHref: `${base}${file}` };
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
    remoteSeen.clear();
    const built = await build(config);
    const remote = [...remoteSeen.values()].flat();
    // An export's throwaway build is printed as built: no prerender, no policy (remote images stay loadable, and so
    // reportable when they fail).
    if (flags.forExport) return;
    const allowed = Boolean(flags.allowRemote) || (await readDeck(deckFile)).meta.allowRemote === true;
    if (!flags.quiet) for (const resource of remote) process.stderr.write(`${remoteMessage(resource, allowed)}\n`);
    const context: PageContext = { csp: true, remote: allowed ? originsOf(remote) : undefined };
    // The prerendered page links its assets/ folder; a single file has none.
    if (!flags.singleFile) {
      const readCss = (href: string) => readFileSync(join(outDir, href.slice(href.lastIndexOf('/assets/') + 1)), 'utf8');
      const first = await renderFirstPaint(config);
      const fontFile = mainFontFile(outDir);
      const firstFont = fontFile && {
        fileName: fontFile,
        subset: await firstPaintSubset(readFileSync(join(outDir, 'assets', fontFile)), textOf(first.audience)),
      };
      // Phones open the reading view: its prerender and the stylesheets of its lazy chunk, inlined like the start CSS.
      const stylesheets = stylesheetsOf(builtChunks(built), READ_VIEW_MODULE).map((file) => `${base}${file}`);
      const hrefs = [...new Set([...linkedStylesheets(readFileSync(join(outDir, 'index.html'), 'utf8')), ...stylesheets])];
      const css = await firstFrameCss(outDir, base, hrefs.map(readCss).join('\n'), first.audience + first.read);
      context.prerendered = { markup: first.audience, reading: { markup: first.read, stylesheets }, firstFont: firstFont || undefined, readCss, css };
      const warn = (message: string) => process.stderr.write(`${message}\n`);
      if (flags.ogImage !== false && (await writeOgImage(outDir, base, warn))) context.ogImageBase = base;
    }
    for (const name of readdirSync(outDir).filter((file) => file.endsWith('.html'))) {
      const page = join(outDir, name);
      // Slide 1 and its preview belong to index.html; the offline copy gets the policy alone.
      const own = name === 'index.html' ? context : { csp: context.csp, remote: context.remote };
      writeFileSync(page, runSteps(BUILT_STEPS, readFileSync(page, 'utf8'), own));
    }
  } catch (error) {
    throw firstCause(error);
  }
}
