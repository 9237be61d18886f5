import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-output.mjs';
import { fingerprints, shortHash } from './fingerprint.mjs';
import { sourcesUnder } from './build-cache.ts';
import type { DeckOutline } from '../mdx/remark-slides.ts';
import type { Mdx1Repair } from '../mdx/mdx1-habits.ts';

/** A deck's text as outlined: the text after MDX 1 repairs, the repairs, and the outline. */
export interface StoredOutline {
  text: string;
  repairs: Mdx1Repair[];
  outline: DeckOutline;
}

/** Our outline code (every remark plugin and the splitter, under src/node/mdx/) and the packages it runs on. */
function engineHash(root: string): string {
  return JSON.stringify(fingerprints([...sourcesUnder(join(root, 'src/node/mdx')), join(root, 'package-lock.json')]));
}

/**
 * The last whole outline of one deck, kept on disk for `deck dev`'s next start: outlining a long talk in a fresh
 * process (remark not yet compiled by V8) took 0.4–0.8 s here before the server could listen. One file per deck,
 * keyed by the deck's text and our outline code; any doubt (another text, changed code, an unreadable file) is a miss.
 */
export function outlineCache(dir: string, root: string, deckFile: string) {
  const file = join(dir, `outline-${shortHash(deckFile)}.json`);
  let engine: string | undefined;
  const keyOf = (text: string) =>
    createHash('sha1')
      .update((engine ??= engineHash(root)))
      .update('\0')
      .update(text)
      .digest('hex');
  return {
    /** The outline stored for exactly this deck text, if any. */
    get(text: string): StoredOutline | undefined {
      try {
        const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: StoredOutline };
        return stored.key === keyOf(text) ? stored.value : undefined;
      } catch {
        return undefined;
      }
    },
    /** Keeps the outline of this deck text for the next start (silently not, where the folder is not writable). */
    set(text: string, value: StoredOutline): void {
      try {
        mkdirSync(dir, { recursive: true });
        writeFileAtomically(file, JSON.stringify({ key: keyOf(text), value }));
      } catch {
        // A read-only install: the next start outlines the deck again.
      }
    },
  };
}

/** What deckSource reads and keeps outlines with (`deck dev` only). */
export type OutlineCache = ReturnType<typeof outlineCache>;
