import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Packages whose presence in a deck's package.json says which mdx-deck it was written for. */
const PACKAGES = ['mdx-deck', 'gatsby-theme-mdx-deck', '@mdx-deck/themes', '@mdx-deck/components'];

/** The major version a package.json range means (`^2.3.2` → 2); a path or tag counts as the newest, 4. */
function majorOf(range: string): number {
  const match = /(\d+)/.exec(range.replace(/^[^\d]*/, ''));
  return match && /^[\s^~>=<v\d.x*|-]+$/.test(range) ? Number(match[1]) : 4;
}

/**
 * Which mdx-deck the nearest package.json above `file` declares (1–2 → 2, 3–4 → 4), stopping at `stopAt` (our own
 * package); 0 when none does.
 */
export function declaredMdxDeck(file: string, stopAt: string): 0 | 2 | 4 {
  let dir = dirname(resolve(file));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (dir === resolve(stopAt)) return 0;
    if (existsSync(manifest)) {
      try {
        const json = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Record<string, string> | undefined>;
        const deps = { ...json.devDependencies, ...json.dependencies };
        const range = PACKAGES.map((name) => deps[name]).find((value) => typeof value === 'string');
        if (range) return majorOf(range) <= 2 ? 2 : 4;
      } catch {
        // An unreadable package.json says nothing about the deck.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return 0;
    dir = parent;
  }
}
