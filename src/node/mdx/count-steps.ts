import type { Code, Nodes, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parseCodeMeta } from '../../mdx/code-block/code-meta.ts';

/** Components whose children are revealed one per step (mdx-deck v2's Appear, v4's Steps). */
export const STEP_COMPONENTS = new Set(['Steps', 'Appear']);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function isBlank(node: Nodes): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** A literal `steps` attribute (`steps={3}` or `steps="3"`): any component may claim steps on its slide. */
export function declaredSteps(element: JsxElement): number | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'steps') continue;
    const raw = typeof attribute.value === 'string' ? attribute.value : attribute.value?.value;
    const count = Number(raw);
    return Number.isInteger(count) && count >= 0 ? count : undefined;
  }
  return undefined;
}

/** How many steps one Steps/Appear element adds: a lone list steps through its items, else each child is one step. */
export function stepsOfElement(element: JsxElement): number {
  const children = (element.children as Nodes[]).filter((child) => !isBlank(child));
  const only = children.length === 1 ? children[0] : undefined;
  if (only && only.type === 'list') return only.children.length;
  if (only && only.type === 'paragraph') {
    return (only.children as Nodes[]).filter((child) => !isBlank(child)).length;
  }
  return children.length;
}

/** Steps a code fence adds: one per line group after the first (the first shows with what came before). */
export function stepsOfFence(fence: Code): number {
  return fence.lang === 'mermaid' ? 0 : Math.max(0, parseCodeMeta(fence.meta).groups.length - 1);
}

/**
 * Visits the Steps/Appear elements (and fences with line groups) under `nodes` in document order and calls `visit`
 * with each one and the number of steps revealed before it on the slide.
 * Returns the slide's total number of steps (0 when it has none).
 */
export function walkStepElements(nodes: readonly (RootContent | Nodes)[], visit: (element: JsxElement | Code, offset: number) => void = () => {}): number {
  let total = 0;
  const walk = (node: Nodes): void => {
    if (node.type === 'code') {
      const steps = stepsOfFence(node);
      if (steps > 0) visit(node, total);
      total += steps;
      return;
    }
    if (isJsx(node)) {
      const declared = declaredSteps(node);
      if (declared !== undefined) {
        visit(node, total);
        total += declared;
        return;
      }
      if (node.name && STEP_COMPONENTS.has(node.name)) {
        visit(node, total);
        total += stepsOfElement(node);
        return;
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const node of nodes) walk(node as Nodes);
  return total;
}

/** Remark plugin: tells each Steps/Appear element (and stepping fence's `code`) where its steps start on the slide (`stepOffset`). */
export function remarkStepOffsets() {
  return (tree: { children: RootContent[] }): void => {
    walkStepElements(tree.children, (element, offset) => {
      if (element.type === 'code') {
        const data = (element.data ??= {});
        data.hProperties = { ...data.hProperties, stepOffset: String(offset) };
      } else element.attributes.push({ type: 'mdxJsxAttribute', name: 'stepOffset', value: String(offset) });
    });
  };
}
