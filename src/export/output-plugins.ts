import { resolve } from 'node:path';
import { build, type ConfigEnv, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { startChunk } from '../build/start-chunk.ts';
import { deckOutput, OUTPUT_VARIABLE, outputValue, type DeckOutput } from './deck-output.ts';

/** The self-contained copy a normal build writes beside `index.html`, for `file://`. */
export const OFFLINE_FILE = 'offline.html';

/** A classic script that runs before the module script: `file://` cannot load module scripts, so go to the offline copy. */
export const OFFLINE_REDIRECT = `<script>if(location.protocol==='file:')location.replace('${OFFLINE_FILE}'+location.search+location.hash)</script>`;

/** Client builds only: the prerender's SSR build of the same config must not write (or redirect to) a copy. */
const clientBuild = (_config: unknown, env: ConfigEnv) => env.command === 'build' && !env.isSsrBuild;

/** Builds the offline copy into the same folder after the site, with the same config file and deck. */
function offlineCopy(): Plugin {
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
      handler: (html) => html.replace(/<script type="module"/, `${OFFLINE_REDIRECT}\n    <script type="module"`),
    },
    async closeBundle() {
      if (failed) return;
      const previous = process.env[OUTPUT_VARIABLE];
      process.env[OUTPUT_VARIABLE] = outputValue({ kind: 'single-file', fileName: OFFLINE_FILE });
      try {
        await build({
          configFile: config.configFile,
          root: config.root,
          mode: config.mode,
          logLevel: 'silent',
          build: { outDir: resolve(config.root, config.build.outDir), emptyOutDir: false },
        });
      } finally {
        if (previous === undefined) delete process.env[OUTPUT_VARIABLE];
        else process.env[OUTPUT_VARIABLE] = previous;
      }
    },
  };
}

/**
 * The plugins for what a build writes. Single file: every script, style sheet, font and lazy slide chunk inlined into
 * one HTML file that runs from `file://` with no network. Site: adds the offline copy and the redirect to it.
 */
export function deckOutputPlugins(variable: string | undefined): PluginOption[] {
  const output = deckOutput(variable);
  if (output.kind === 'site') return [{ ...startChunk(), apply: clientBuild }, offlineCopy()];
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
    { ...(viteSingleFile({ outputFileName: output.fileName === 'index.html' ? undefined : output.fileName }) as Plugin), apply: clientBuild },
  ];
}
