import type { InlineMath } from 'mdast-util-math';
import type { Root as HastRoot } from 'hast';
import type { Root, Text } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import remarkMath from 'remark-math';
import type { Pluggable, Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { KATEX_CSS } from './katex-css.ts';

/**
 * Whether `$…$` as written is maths by pandoc's rule, which keeps prices and shell prompts text: no space just inside
 * either dollar, and no digit right after the closing one (`$5 and $10`, `$ npm i`, `$5/$10` stay as written).
 */
export function isTextMath(raw: string, after: string): boolean {
  const inner = /^\$+([\s\S]*?)\$+$/.exec(raw)?.[1] ?? '';
  return inner.trim() !== '' && !/^\s|\s$/.test(inner) && !/^\d/.test(after);
}

/** Remark plugin: turns text maths that fails `isTextMath` back into the text it was written as. */
export const remarkDollarText: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const source = String(file.value);
  visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !parent || index === undefined) return;
    if (isTextMath(source.slice(start, end), source.charAt(end))) return;
    const text: Text = { type: 'text', value: source.slice(start, end), position: node.position };
    parent.children.splice(index, 1, text);
    return SKIP;
  });
};

/** Whether a tree holds any maths (a `$$` block or text maths). */
function hasMaths(tree: Root): boolean {
  let found = false;
  visit(tree, ['math', 'inlineMath'], () => {
    found = true;
    return false;
  });
  return found;
}

declare module 'vfile' {
  interface DataMap {
    /** The part has maths: KaTeX renders it (rehypeMaths). */
    maths: boolean;
  }
}

/** Remark plugin for one compiled part: a part with maths imports KaTeX's CSS (and so its fonts); others don't. */
export const remarkKatexStyles: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  if (!hasMaths(tree)) return;
  file.data.maths = true;
  const source = JSON.stringify(KATEX_CSS);
  const css: MdxjsEsm = {
    type: 'mdxjsEsm',
    value: `import ${source}`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [{ type: 'ImportDeclaration', specifiers: [], source: { type: 'Literal', value: KATEX_CSS, raw: source }, attributes: [] }],
      },
    },
  };
  tree.children.unshift(css);
};

/** The parse side of maths, for the outline and each part alike: `$…$` and `$$…$$`, prices left as text. */
export const remarkMaths: Pluggable[] = [remarkMath, remarkDollarText];

type HastTransform = (tree: HastRoot, file: VFile) => void;
let katex: Promise<HastTransform> | undefined;

/**
 * Maths rendered to HTML (with MathML for screen readers) when the deck compiles: no KaTeX script in the browser.
 * KaTeX loads with the first part that has maths (remarkKatexStyles marks it): a deck without maths never loads it.
 */
export const rehypeMaths: Plugin<[], HastRoot> = () => async (tree, file) => {
  if (!file.data.maths) return;
  katex ??= import('rehype-katex').then(({ default: rehypeKatex }) => rehypeKatex({ output: 'htmlAndMathml' }) as HastTransform);
  (await katex)(tree, file);
};
