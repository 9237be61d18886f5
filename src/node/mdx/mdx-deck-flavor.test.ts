import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredMdxDeck } from './mdx-deck-flavor.ts';

function deckIn(manifest: object | undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'flavor-'));
  if (manifest) writeFileSync(join(root, 'package.json'), JSON.stringify(manifest));
  mkdirSync(join(root, 'src'));
  return join(root, 'src', 'deck.mdx');
}

describe('which mdx-deck a deck was written for', () => {
  it("reads the nearest package.json: 1–2 are v2's, 3–4 and paths are v4's, none is ours", () => {
    expect(declaredMdxDeck(deckIn({ devDependencies: { 'mdx-deck': '^2.3.2' } }), '/nowhere')).toBe(2);
    expect(declaredMdxDeck(deckIn({ dependencies: { 'mdx-deck': '1.10.0' } }), '/nowhere')).toBe(2);
    expect(declaredMdxDeck(deckIn({ dependencies: { 'gatsby-theme-mdx-deck': '^4.1.0' } }), '/nowhere')).toBe(4);
    expect(declaredMdxDeck(deckIn({ dependencies: { 'mdx-deck': './cli.js' } }), '/nowhere')).toBe(4);
    expect(declaredMdxDeck(deckIn({ dependencies: { react: '^19' } }), '/nowhere')).toBe(0);
  });
});
