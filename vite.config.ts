import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { deckPlugin } from './src/build/deck-plugin.ts';
import { deckOutputPlugins } from './src/export/output-plugins.ts';

const root = dirname(fileURLToPath(import.meta.url));

/** The deck file comes from the CLI (`DECK_FILE`); the talk is the default. */
const deckFile = resolve(process.env.DECK_FILE ?? resolve(root, 'slides/deck.mdx'));

export default defineConfig({
  root,
  base: './',
  // DECK_OUTPUT (set by the CLI): the site plus its offline.html copy (default), the site for deck export, or one HTML file.
  plugins: [deckPlugin(deckFile), react(), deckOutputPlugins(process.env.DECK_OUTPUT)],
  resolve: {
    dedupe: ['react', 'react-dom', '@mdx-js/react'],
    alias: { 'mdx-deck': resolve(root, 'src/mdx/mdx-deck-compat.ts') },
  },
  server: { fs: { allow: [root, dirname(deckFile)] } },
  // No module preloading: the built page loads its entry after first paint without preload links (paint-first.ts),
  // and slide chunks are fetched ahead anyway; this keeps dependency lists (per dynamic import) out of the start bundle.
  // Rolldown's report of slow plugin callbacks is for bundler authors; on a busy machine it buried the CLI's output.
  build: { target: 'es2022', outDir: resolve(root, 'dist'), emptyOutDir: true, modulePreload: false, rolldownOptions: { checks: { bundlerTimings: false } } },
});
