import { build, mergeConfig, type ConfigEnv, type InlineConfig, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import { startChunk } from './start-chunk.ts';
import { BUNDLED_STEPS, runSteps } from '../html/page-pipeline.ts';
import { OFFLINE_FILE, type DeckOutput } from './deck-output.ts';
import { deckLogger } from './deck-logger.ts';

/** The same deck's config for another output into a folder: the offline copy is a second build of the deck. */
export type ConfigFor = (output: DeckOutput, outDir: string) => InlineConfig;

/** Client builds only: the prerender's SSR build of the same config must not write (or redirect to) a copy. */
const clientBuild = (_config: unknown, env: ConfigEnv) => env.command === 'build' && !env.isSsrBuild;

/** Builds the offline copy into the same folder after the site, with the same deck and options. */
function offlineCopy(configFor: ConfigFor): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  return {
    name: 'deck:offline-copy',
    apply: clientBuild,
    configResolved(resolved) {
      config = resolved;
    },
    buildEnd(error) {
      failed = Boolean(error);
    },
    renderError() {
      failed = true;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => runSteps(BUNDLED_STEPS, html, { offlineCopy: true }),
    },
    async closeBundle() {
      if (failed) return;
      const outDir = config.build.outDir;
      // Silent, as a logger of its own: the site's build has said all there is to say (a failure reaches it thrown).
      const copy = { ...configFor({ kind: 'single-file', fileName: OFFLINE_FILE }, outDir), customLogger: deckLogger('silent') };
      await build(mergeConfig(copy, { mode: config.mode, build: { outDir, emptyOutDir: false } }));
    },
  };
}

/**
 * The plugins for what a build writes. Single file: every script, style sheet, font and lazy slide chunk inlined into
 * one HTML file that runs from `file://` with no network. Site: adds the offline copy and the redirect to it.
 */
export function deckOutputPlugins(output: DeckOutput, configFor: ConfigFor): PluginOption[] {
  if (output.kind === 'site') return [{ ...startChunk(), apply: clientBuild }, offlineCopy(configFor)];
  if (output.kind === 'print') {
    return [
      {
        name: 'deck:print-build',
        apply: clientBuild,
        config: () => ({ build: { reportCompressedSize: false, modulePreload: false } }),
        outputOptions: (options) => ({ ...options, codeSplitting: false }),
      },
    ];
  }
  return [
    {
      name: 'deck:single-file-config',
      apply: clientBuild,
      config: () => ({ build: { modulePreload: false, copyPublicDir: false } }),
    },
    // Loaded only for this output: every other command, `deck dev` first, starts without it.
    import('vite-plugin-singlefile').then(({ viteSingleFile }) => ({
      ...(viteSingleFile({ outputFileName: output.fileName === 'index.html' ? undefined : output.fileName }) as Plugin),
      apply: clientBuild,
    })),
  ];
}
