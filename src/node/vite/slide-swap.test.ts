import { describe, expect, it } from 'vitest';
import { changedSlideParts } from './slide-swap.ts';
import { deckSource } from './deck-source.ts';

const FILE = '/decks/deck.mdx';
const parse = (text: string) => deckSource(FILE).parse(text);
const deck = (second: string, extra = '') => `export const meta = { title: 'T' }\n\n# One\n\n---\n\n${second}\n\n---\n\n## Three\n${extra}`;

describe('changedSlideParts', () => {
  it('names only the slide whose text changed, title included', async () => {
    expect(changedSlideParts(await parse(deck('## Two')), await parse(deck('## Two, edited')), FILE)).toEqual(['slide-2']);
  });
  it('is empty when nothing a slide compiles from changed', async () => {
    expect(changedSlideParts(await parse(deck('## Two')), await parse(deck('## Two')), FILE)).toEqual([]);
  });
  it('gives up (reload) when the steps, the notes or the ESM change', async () => {
    expect(changedSlideParts(await parse(deck('## Two')), await parse(deck('## Two\n\n<Steps>\n\n- a\n- b\n\n</Steps>')), FILE)).toBeNull();
    expect(changedSlideParts(await parse(deck('## Two')), await parse(deck('## Two\n\n<Notes>n</Notes>')), FILE)).toBeNull();
    expect(changedSlideParts(await parse(deck('## Two')), await parse(deck('## Two').replace("'T'", "'U'")), FILE)).toBeNull();
  });
  it('gives up when a slide is added', async () => {
    expect(changedSlideParts(await parse(deck('## Two')), await parse(deck('## Two', '\n---\n\n## Four\n')), FILE)).toBeNull();
  });
});
