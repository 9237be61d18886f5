import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './src/node/browser/find-chromium.mjs';

/** E2E_PORT lets two checkouts run their suites side by side on one machine. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** E2E drives the built decks through the contract only (URL, DOM attributes, keys). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/build-e2e.mjs && node bin/deck.mjs serve .e2e --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/talk/index.html`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
