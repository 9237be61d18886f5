// Where the CLI keeps its bundle and the export its builds: node_modules/.cache/deck, unless the install is read-only.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortHash } from './fingerprint.mjs';

/**
 * `preferred`, made if missing, when it can be written; else a folder in the temp dir named after it (one per
 * install and purpose), so a read-only install still runs, only without a cache that outlives the temp dir.
 * @param {string} preferred absolute path
 * @returns {string}
 */
export function writableCacheDir(preferred) {
  try {
    mkdirSync(preferred, { recursive: true });
    accessSync(preferred, constants.W_OK);
    return preferred;
  } catch {
    const fallback = join(tmpdir(), `deck-cache-${shortHash(preferred)}`);
    mkdirSync(fallback, { recursive: true });
    return fallback;
  }
}
