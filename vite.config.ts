import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { deckViteConfig } from './src/node/vite/vite-config.ts';

/** For running Vite by hand on the talk; the `deck` CLI builds the same config from its flags (src/node/vite/vite-config.ts). */
export default defineConfig(deckViteConfig({ deckFile: fileURLToPath(new URL('./slides/deck.mdx', import.meta.url)), output: { kind: 'site' } }));
