import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { DeckOutline } from './remark-slides.ts';

declare module 'vfile' {
  interface DataMap {
    /** The deck line of the one `export default` this part keeps as its layout; none when undefined. */
    keptDefaultExport: number | undefined;
    /** The deck line a line of this part came from. */
    deckLineOf: (line: number) => number;
  }
}

/**
 * Which `export default` a part of the deck keeps as its layout (its deck line). Only a slide has one: the one written
 * inside it, as mdx-deck 1–2 read it (that slide's layout alone); else, unless the deck is written for mdx-deck 1–2,
 * one written before the first `---`, MDX 3's layout of the whole file (so every slide). Notes, Header/Footer and the
 * ESM part never get one.
 */
export function keptDefaultExport(outline: DeckOutline, part: string, mdxDeck2: boolean): number | undefined {
  const [kind, number] = part.split('-');
  if (kind !== 'slide') return undefined;
  return outline.slides[Number(number) - 1]?.defaultExport ?? (mdxDeck2 ? undefined : outline.leadingDefaultExport);
}

/**
 * Remark plugin: drops every `export default` from the part's ESM but the one it keeps (every part repeats the deck's
 * ESM so that it compiles alone; MDX 3 makes a default export the layout of what it compiles).
 */
export const remarkDefaultExports: Plugin<[], Root> = () => (tree, file) => {
  const kept = file.data.keptDefaultExport;
  const deckLine = file.data.deckLineOf ?? ((line: number) => line);
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'mdxjsEsm' || !node.data?.estree) return true;
    const estree = node.data.estree;
    estree.body = estree.body.filter((statement) => statement.type !== 'ExportDefaultDeclaration' || deckLine(statement.loc?.start.line ?? 0) === kept);
    return estree.body.length > 0;
  });
};
