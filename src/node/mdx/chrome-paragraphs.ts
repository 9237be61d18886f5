import type { Root as HastRoot } from 'hast';
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

interface HastParent {
  type: string;
  children?: HastParent[];
  value?: string;
}

/**
 * Rehype plugin for the chrome part: no line-break text between its elements (at the top, and between the children
 * of a Head). React 19 moves a Head's `<title>` and `<meta>` out to the document's head, so two such breaks end up
 * side by side in the server's HTML, where the browser reads them as one text node; the client has two, and
 * hydration failed (React error #418, a deck with a `<Head><title>` on each of three slides).
 */
export const rehypeTightChrome: Plugin<[], HastRoot> = () => (tree, file) => {
  if (file.data.deckPart !== 'chrome') return;
  const tighten = (node: HastParent) => {
    if (!node.children) return;
    node.children = node.children.filter((child) => !(child.type === 'text' && /^\s*$/.test(child.value ?? '')));
    for (const child of node.children) if (child.type === 'mdxJsxFlowElement') tighten(child);
  };
  tighten(tree as unknown as HastParent);
};

declare module 'vfile' {
  interface DataMap {
    deckPart: string;
  }
}
