import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Where the deck has a `<script>` element. */
export interface ScriptElement {
  line: number;
  column: number;
}

/** A `<script>` written as JSX in the deck (MDX has no raw HTML, so this is every way to write one in Markdown). */
export function isScriptElement(node: Nodes): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'script';
}

/**
 * Removes every `<script>` element and returns where each was. A slide's script would run only where React's
 * server render put it (slide 1 of a built site) and never once React renders it in the browser: one rule for
 * every slide, Header, Footer, Head and notes is that none runs, so none is kept.
 */
export function removeScripts(tree: Root): ScriptElement[] {
  const found: ScriptElement[] = [];
  visit(tree, (node, index, parent) => {
    if (!isScriptElement(node) || !parent || index === undefined) return undefined;
    found.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return found;
}

/** Remark plugin: drops `<script>` elements from a part before it compiles (the outline has already warned). */
export const remarkRemoveScripts: Plugin<[], Root> = () => (tree: Root) => {
  removeScripts(tree);
};

/** The build warning for one `<script>` in the deck. */
export function scriptWarning(deckFile: string, { line, column }: ScriptElement): string {
  return `${deckFile}:${line}:${column}: <script> in a slide is not run: the build removes it; run code from a component the deck imports (e.g. in useEffect)`;
}
