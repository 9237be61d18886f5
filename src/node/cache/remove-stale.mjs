// One pruning loop and one table for the caches (the CLI bundle, the export builds, deck dev's files): which entries age out, and when.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long each kind of cache entry is kept after its last use, by name; the first pattern that matches wins, and
 * entries matching none are never removed.
 * @type {ReadonlyArray<readonly [RegExp, number, string]>}
 */
export const STALE_AFTER = [
  // A command started just before a rebuild may still be loading an older CLI bundle.
  [/^cli-/, HOUR_MS, 'CLI bundles of earlier sources'],
  [/^(building-\d+|manifest\.json\.\d+)$/, HOUR_MS, 'what a killed CLI bundling left'],
  [/^export-.*\.(building|retired)-/, DAY_MS, 'what an interrupted export left'],
  [/^export-/, 30 * DAY_MS, "builds of decks not exported for 30 days (old talks, the tests' decks)"],
  [/^\..*\.partial$/, HOUR_MS, 'what a killed write left'],
  [/^(outline|first-paint)-\w+\.json$/, 30 * DAY_MS, "deck dev's outline and slide 1 of decks not saved for 30 days (the tests' and benches' decks)"],
];

/** How long an entry named `name` is kept after its last use, or undefined for never removed. */
export function staleAfterMs(name) {
  return STALE_AFTER.find(([pattern]) => pattern.test(name))?.[1];
}

/**
 * Removes the entries of `folder` last used longer ago than the table allows, except `keep`. An entry that vanishes
 * meanwhile (another command pruning) is skipped.
 * @param {string} folder
 * @param {{ keep: string, lastUsed?: (path: string) => number, now?: number }} rules
 */
export function removeStale(folder, { keep, lastUsed = (path) => statSync(path).mtimeMs, now = Date.now() }) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const limit = staleAfterMs(name);
    if (limit === undefined || path === keep) continue;
    try {
      if (now - lastUsed(path) > limit) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already.
    }
  }
}
