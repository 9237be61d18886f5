import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { esmImport } from './esm-import.ts';

/** The component that draws a diagram, by absolute path: a deck anywhere on disk imports it. */
export const MERMAID_BLOCK = fileURLToPath(new URL('../../mdx/mermaid/mermaid-block.tsx', import.meta.url));
const NAME = '__DeckMermaid';

/**
 * Remark plugin for one compiled part: each ```` ```mermaid ```` fence becomes the diagram component, imported by the
 * part itself. So only a deck with a diagram has Mermaid in its build (its chunks are megabytes, and the offline page
 * inlines every chunk); the talk and every other deck are built exactly as before.
 */
export const remarkMermaidFences: Plugin<[], Root> = () => (tree: Root) => {
  let found = false;
  visit(tree, 'code', (node, index, parent) => {
    if (node.lang !== 'mermaid' || !parent || index === undefined) return undefined;
    found = true;
    const element: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: NAME,
      attributes: [{ type: 'mdxJsxAttribute', name: 'code', value: node.value }],
      children: [],
      position: node.position,
    };
    parent.children.splice(index, 1, element);
    return SKIP;
  });
  if (found) tree.children.unshift(esmImport({ imported: 'MermaidBlock', local: NAME }, MERMAID_BLOCK));
};
