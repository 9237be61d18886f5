import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';

/** The deck-wide elements (mdx-deck's Head/Header/Footer persist across slides). */
export const CHROME = new Set(['Head', 'Header', 'Footer']);

const blank = (node: Paragraph['children'][number]) => node.type === 'text' && node.value.trim() === '';

/**
 * `<Header>…</Header>` and `<Footer>…</Footer>` on adjacent lines: MDX 1 read two elements, MDX 3 reads one paragraph
 * holding both. Such a paragraph is the deck's chrome all the same.
 */
export function isChromeParagraph(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const children = node.children.filter((child) => !blank(child));
  return children.length > 1 && children.every((child) => child.type === 'mdxJsxTextElement' && CHROME.has(child.name ?? ''));
}

/** Remark plugin for the chrome part: such a paragraph becomes its elements, so no `<p>` wraps the header. */
export const remarkUnwrapChrome: Plugin<[], Root> = () => (tree, file) => {
  if (file.data.deckPart !== 'chrome') return;
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (!isChromeParagraph(node)) return [node];
    return node.children.filter((child) => !blank(child)).map((child) => ({ ...(child as object), type: 'mdxJsxFlowElement' }) as RootContent);
  });
};

declare module 'vfile' {
  interface DataMap {
    deckPart: string;
  }
}
