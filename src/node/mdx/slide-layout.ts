import type { RootContent } from 'mdast';
import { DEFAULT_LAYOUT } from '../../mdx/builtins/layout-types.ts';

/**
 * A slide's archetype (its `data-layout`): the literal `type` of a `<Layout type="…">` at the slide's top level,
 * else `content`. Read at compile time, so the prerendered HTML carries it and nothing waits for the slide to render.
 */
export function slideLayout(nodes: readonly RootContent[]): string {
  for (const node of nodes) {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Layout') continue;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'type' && typeof attribute.value === 'string' && attribute.value.trim()) {
        return attribute.value.trim();
      }
    }
  }
  return DEFAULT_LAYOUT;
}
