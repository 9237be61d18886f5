import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { InlineConfig, PluginOption } from 'vite';
import { writableCacheDir } from '../cache/cache-dir.mjs';
import { removeStale } from '../cache/remove-stale.mjs';
import { outlineCache } from '../cache/outline-cache.ts';
import type { DeckOutput } from './deck-output.ts';
import { deckOutputPlugins } from './output-plugins.ts';
import { deckPlugin, type DevCaches } from './deck-plugin.ts';
import { mdxDeckCompatPlugin } from './mdx-deck-compat-plugin.ts';
import { printFontsPlugin } from './print-fonts-plugin.ts';
import { PACKAGE_ROOT } from '../deck-file.ts';
import { deckLogger } from './deck-logger.ts';

/** What one Vite run of a deck needs to know: typed, passed in, never read from the environment. */
export interface DeckViteOptions {
  deckFile: string;
  /** What a build writes (the dev server ignores it). */
  output: DeckOutput;
  base?: string;
  outDir?: string;
  /** More plugins (the export's input recorder). */
  plugins?: PluginOption[];
  /** `deck dev`: keep the deck's outline and slide 1's render on disk, so the next start need not make them again. */
  dev?: boolean;
  /** `deck dev --allow-remote`: no policy against other origins' images, fonts, media and frames. */
  allowRemote?: boolean;
}

/**
 * Files the dev server may read besides the modules the deck imports (Vite serves those on its own): the engine's
 * sources and packages, and the deck file. Not the deck's folder: a deck in a home folder would expose all of it.
 */
function servedRoots(deckFile: string, cacheDir: string): string[] {
  return [resolve(PACKAGE_ROOT, 'src'), resolve(PACKAGE_ROOT, 'node_modules'), resolve(PACKAGE_ROOT, 'index.html'), cacheDir, deckFile];
}

/** Never served, even inside an allowed folder: dot-files and dot-folders, keys and certificates, env files. */
const DENIED = ['.*', '**/.*/**', '.env*', '*.{crt,pem,key,p12,pfx,cer,der,gpg,asc,kdbx}', 'id_rsa*', 'id_ed25519*', 'id_ecdsa*', 'id_dsa*'];

/**
 * Our plugins' warnings are already one `file:line:column message` line each: printed without the bundler's
 * `[plugin deck]` in front (a package's plugin keeps its name, which says where its warning comes from).
 */
const withoutOwnPrefix: NonNullable<NonNullable<NonNullable<InlineConfig['build']>['rolldownOptions']>['onLog']> = (level, log, handler) =>
  handler(level, log.plugin === 'deck' || log.plugin?.startsWith('deck:') ? { ...log, plugin: undefined } : log);

/** Where `deck dev` keeps what its next start reuses. */
function devCaches(deckFile: string): DevCaches {
  const dir = writableCacheDir(resolve(PACKAGE_ROOT, 'node_modules/.cache/deck-dev'));
  removeStale(dir, { keep: '' });
  return { outlines: outlineCache(dir, PACKAGE_ROOT, deckFile), firstPaintDir: dir };
}

/** The Vite config for one deck: what `deck dev`, `deck build`, the export and vite.config.ts all use. */
export function deckViteConfig(options: DeckViteOptions): InlineConfig {
  const cacheDir = writableCacheDir(resolve(PACKAGE_ROOT, 'node_modules/.vite'));
  // The offline copy runs from file:// whatever --base says, and records nothing for the export cache.
  const configFor = (output: DeckOutput, outDir: string) => deckViteConfig({ deckFile: options.deckFile, output, outDir });
  return {
    configFile: false,
    customLogger: deckLogger(),
    root: PACKAGE_ROOT,
    base: options.base ?? './',
    cacheDir,
    plugins: [
      mdxDeckCompatPlugin(),
      deckPlugin(options.deckFile, options.dev ? { ...devCaches(options.deckFile), allowRemote: options.allowRemote } : undefined),
      printFontsPlugin({ inline: options.output.kind === 'single-file', preload: options.output.kind === 'print' }),
      react(),
      deckOutputPlugins(options.output, configFor),
      ...(options.plugins ?? []),
    ],
    resolve: {
      // From our own node_modules whoever imports them: a deck outside this package (the usual case) finds the
      // packages we provide (emotion, as mdx-deck brought it; the highlighter its v1 themes name), and one copy each.
      dedupe: ['react', 'react-dom', '@mdx-js/react', '@emotion/react', '@emotion/styled', 'react-syntax-highlighter'],
    },
    server: {
      fs: { strict: true, allow: servedRoots(options.deckFile, cacheDir), deny: DENIED },
      watch: { ignored: ['**/.e2e/**', '**/playwright-report/**'] },
    },
    // No module preloading: the built page loads its entry after first paint without preload links (paint-first.ts),
    // and slide chunks are fetched ahead anyway; this keeps dependency lists (per dynamic import) out of the start bundle.
    // Rolldown's report of slow plugin callbacks is for bundler authors; on a busy machine it buried the CLI's output.
    build: {
      target: 'es2022',
      outDir: options.outDir ?? resolve(PACKAGE_ROOT, 'dist'),
      emptyOutDir: true,
      modulePreload: false,
      // Mermaid's chunks are megabytes by nature and load only with a diagram: the bundler's size advice is noise.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { checks: { bundlerTimings: false }, onLog: withoutOwnPrefix },
    },
  };
}
