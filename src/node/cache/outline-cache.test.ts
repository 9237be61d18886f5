import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDeck } from '../mdx/remark-slides.ts';
import { outlineCache } from './outline-cache.ts';

/** A package root with outline code of its own and a lockfile, and a cache folder in it. */
function packageRoot() {
  const root = mkdtempSync(join(tmpdir(), 'outline-cache-'));
  mkdirSync(join(root, 'src/node/mdx'), { recursive: true });
  writeFileSync(join(root, 'src/node/mdx/remark-slides.ts'), 'export const version = 1;');
  writeFileSync(join(root, 'package-lock.json'), '{}');
  return { root, dir: join(root, 'cache') };
}

const text = '# One\n\n---\n\n## Two\n';
const value = { text, repairs: [], outline: splitDeck(text) };

describe('outlineCache', () => {
  it("gives back the outline kept for exactly the deck's text, and nothing for another text", () => {
    const { root, dir } = packageRoot();
    const cache = outlineCache(dir, root, '/decks/talk.mdx');
    expect(cache.get(text)).toBeUndefined();
    cache.set(text, value);
    expect(outlineCache(dir, root, '/decks/talk.mdx').get(text)).toEqual(value);
    expect(outlineCache(dir, root, '/decks/talk.mdx').get(`${text}\nmore`)).toBeUndefined();
    expect(outlineCache(dir, root, '/decks/other.mdx').get(text)).toBeUndefined();
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('misses once the outline code or the packages changed', () => {
    const { root, dir } = packageRoot();
    outlineCache(dir, root, '/decks/talk.mdx').set(text, value);
    writeFileSync(join(root, 'src/node/mdx/remark-slides.ts'), 'export const version = 2;');
    expect(outlineCache(dir, root, '/decks/talk.mdx').get(text)).toBeUndefined();
    outlineCache(dir, root, '/decks/talk.mdx').set(text, value);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(outlineCache(dir, root, '/decks/talk.mdx').get(text)).toBeUndefined();
  });

  it('misses on a damaged file, and never throws where it cannot write', () => {
    const { root, dir } = packageRoot();
    const cache = outlineCache(dir, root, '/decks/talk.mdx');
    cache.set(text, value);
    writeFileSync(join(dir, readdirSync(dir)[0]!), '{"key":');
    expect(cache.get(text)).toBeUndefined();
    writeFileSync(join(root, 'not-a-folder'), '');
    expect(() => outlineCache(join(root, 'not-a-folder'), root, '/decks/talk.mdx').set(text, value)).not.toThrow();
  });
});
