import { rmSync } from 'node:fs';

const pending = new Set<string>();

/** Temporary files and folders to remove if the command is interrupted before it removes or renames them itself. */
export function removeOnInterrupt(path: string): () => void {
  pending.add(path);
  return () => pending.delete(path);
}

/**
 * Ctrl-C (or a SIGTERM) mid-command: remove what is half-written, say so in one line and exit 130, before a pending
 * browser call can fail with a protocol error of its own. Playwright's handler (registered first) has killed Chromium.
 */
export function exitCleanlyOnInterrupt(command: string): void {
  const stop = (signal: NodeJS.Signals) => {
    for (const path of pending) rmSync(path, { recursive: true, force: true });
    process.stderr.write(`\n${command}: interrupted, nothing was changed\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
