// Plain JS: bin/deck.mjs installs the handler before the TypeScript CLI (and Chromium) have loaded.
import { rmSync } from 'node:fs';

/**
 * One set per process, whichever copy of this module asks (bin's, and the one bundled into the compiled CLI).
 * @type {Set<string>}
 */
const pending = (globalThis.__deckInterruptPending ??= new Set());

/**
 * Temporary files and folders to remove if the command is interrupted before it removes or renames them itself.
 * @param {string} path
 * @returns {() => void} forgets the path
 */
export function removeOnInterrupt(path) {
  pending.add(path);
  return () => pending.delete(path);
}

/**
 * Ctrl-C (or a SIGTERM) mid-command: remove what is half-written, say so in one line and exit 130, before a pending
 * browser call can fail with a protocol error of its own. Installed first thing, so a signal during start-up is ours.
 * @param {string} command e.g. `deck export`
 */
export function exitCleanlyOnInterrupt(command) {
  /** @param {NodeJS.Signals} signal */
  const stop = (signal) => {
    for (const path of pending) rmSync(path, { recursive: true, force: true });
    process.stderr.write(`\n${command}: interrupted, nothing was changed\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
