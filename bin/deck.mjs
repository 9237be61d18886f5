#!/usr/bin/env node
// Node 20 cannot run .ts: the TypeScript CLI runs from a plain-JS bundle of it, made on first use (compiled-cli.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { writableCacheDir } from '../src/node/cache/cache-dir.mjs';
import { importCompiled } from '../src/node/cache/compiled-cli.mjs';
import { findChromium, launchForExport } from '../src/node/browser/find-chromium.mjs';
import { exitCleanlyOnInterrupt } from '../src/node/output/interrupt.mjs';

const cliPath = fileURLToPath(new URL('../src/node/cli.ts', import.meta.url));
const cacheDir = writableCacheDir(fileURLToPath(new URL('../node_modules/.cache/deck/cli', import.meta.url)));

function report(error) {
  const message = (error && typeof error.message === 'string' ? error.message : String(error)).replace(/^\[[\w:-]+\]\s*/, '');
  // Colour codes only reach a terminal; a log file or a pipe gets plain text.
  process.stderr.write(`${process.stderr.isTTY ? message : stripVTControlCharacters(message)}\n`);
  // The full story, for a bug report: DECK_DEBUG=1 deck …
  if (process.env.DECK_DEBUG) console.error(error?.cause ?? error);
  process.exitCode = 1;
}

/**
 * `deck export` needs Chromium, and starting it takes longer than loading the CLI: launch it first, so the two
 * overlap. The CLI takes it over (and reports a missing browser its own way); it goes when the process ends.
 */
function startChromiumEarly(argv) {
  if (argv[2] !== 'export' || argv.includes('--help') || argv.includes('-h')) return undefined;
  const executablePath = findChromium();
  if (!executablePath) return undefined;
  const chromium = launchForExport(executablePath);
  chromium.catch(() => {});
  return chromium;
}

/**
 * Commands that start Chromium get a temp folder of their own, removed however they end (Playwright's profile and
 * Chromium's own files go there): a browser killed mid-export otherwise leaves its profile in the temp dir.
 */
function privateTempDir(argv) {
  const folder = mkdtempSync(join(tmpdir(), `deck-${argv[2]}-`));
  process.env.TMPDIR = folder;
  return () => {
    try {
      rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Chromium still writing its profile as it dies: the temp dir's own cleaning gets the rest.
    }
  };
}

const command = process.argv[2];
const writes = command === 'export' || command === 'build';
if (writes) exitCleanlyOnInterrupt(`deck ${command}`);
const removeTemp = writes ? privateTempDir(process.argv) : undefined;
const chromium = startChromiumEarly(process.argv);
if (removeTemp) {
  process.on('exit', removeTemp);
  // Then after Playwright's own exit handler (added as the launch starts), which kills Chromium first.
  chromium?.finally(() => process.off('exit', removeTemp).on('exit', removeTemp)).catch(() => {});
}
// A promise left pending for good (a call into a browser killed at the wrong instant) lets Node drain its event loop
// and exit 13 in silence: say what happened instead.
let settled = false;
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  report(new Error(`deck ${process.argv[2] ?? ''}: stopped before finishing (Chromium went away mid-command?): nothing was written; run it again`));
  process.exit(1);
});
try {
  const cli = await importCompiled(cliPath, cacheDir);
  await cli.main(process.argv, { chromium });
} catch (error) {
  report(error);
} finally {
  settled = true;
  // A graceful close of Chromium takes ~0.3 s. Exiting is enough: Playwright's exit handler kills the browser it
  // launched and removes its temporary profile.
  if (chromium) process.exit();
}
