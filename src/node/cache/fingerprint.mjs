// Fingerprints of the files a build was made from, and short names for cache folders: shared by the export's build
// cache, the compiled CLI and the cache folder fallback.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/**
 * A file's fingerprint, or null when it is gone: installed packages by size and modification time (thousands of
 * files, never edited in place without one of the two changing), the deck's own files and ours by content.
 * @param {string} file
 * @returns {string | null}
 */
export function fingerprint(file) {
  try {
    if (file.includes('/node_modules/')) {
      const stat = statSync(file);
      return `${stat.size}:${stat.mtimeMs}`;
    }
    return createHash('sha1').update(readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/**
 * The fingerprints of the files that exist, by path.
 * @param {Iterable<string>} files
 * @returns {Record<string, string>}
 */
export function fingerprints(files) {
  /** @type {Record<string, string>} */
  const prints = {};
  for (const file of files) {
    const print = fingerprint(file);
    if (print !== null) prints[file] = print;
  }
  return prints;
}

/**
 * Whether a non-empty record of fingerprints still matches every file.
 * @param {Record<string, string>} prints
 */
export function unchanged(prints) {
  const entries = Object.entries(prints);
  return entries.length > 0 && entries.every(([file, print]) => fingerprint(file) === print);
}

/**
 * A short stable name for a text (a path, a list of fingerprints): 12 hex digits of its SHA-1, for folder names.
 * @param {string} text
 */
export function shortHash(text) {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}
