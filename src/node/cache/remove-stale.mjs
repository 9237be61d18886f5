// One pruning loop for the caches (the CLI bundle, the export builds): each says which entries age out, and when.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Removes the entries of `folder` that `maxAgeMs` gives a limit (by name) and that were last used longer ago than
 * it, except `keep`. An entry that vanishes meanwhile (another command pruning) is skipped.
 * @param {string} folder
 * @param {{ keep: string, maxAgeMs: (name: string) => number | undefined, lastUsed?: (path: string) => number, now?: number }} rules
 */
export function removeStale(folder, { keep, maxAgeMs, lastUsed = (path) => statSync(path).mtimeMs, now = Date.now() }) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const limit = maxAgeMs(name);
    if (limit === undefined || path === keep) continue;
    try {
      if (now - lastUsed(path) > limit) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already.
    }
  }
}
