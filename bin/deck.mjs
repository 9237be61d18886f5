#!/usr/bin/env node
// Node 20 cannot run .ts: Vite's module runner loads the TypeScript CLI.
import { fileURLToPath } from 'node:url';
import { findChromium, launchForExport } from '../scripts/find-chromium.mjs';

const cliPath = fileURLToPath(new URL('../src/build/cli.ts', import.meta.url));

function report(error) {
  const message = error && typeof error.message === 'string' ? error.message : String(error);
  process.stderr.write(`${message.replace(/^\[[\w:-]+\]\s*/, '')}\n`);
  process.exitCode = 1;
}

/**
 * `deck export` needs Chromium, and starting it takes longer than loading the CLI: launch it first, so the two
 * overlap. The CLI takes it over (and reports a missing browser its own way); it is closed whatever happens.
 */
function startChromiumEarly(argv) {
  if (argv[2] !== 'export' || argv.includes('--help') || argv.includes('-h')) return undefined;
  const executablePath = findChromium();
  if (!executablePath) return undefined;
  const chromium = launchForExport(executablePath);
  chromium.catch(() => {});
  return chromium;
}

const chromium = startChromiumEarly(process.argv);
try {
  const nodeEnv = process.env.NODE_ENV;
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(cliPath);
  // The runner sets NODE_ENV=development, which would make builds ship React's development bundle.
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  await module.main(process.argv, { chromium });
} catch (error) {
  report(error);
} finally {
  if (chromium) await chromium.then((browser) => browser.close()).catch(() => {});
}
