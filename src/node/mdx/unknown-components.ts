import type { Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { COMPONENT_NAMES } from '../../mdx/component-names.ts';

/** Where the deck uses a component that nothing provides. */
export interface UnknownComponent {
  name: string;
  line: number;
  column: number;
}

const KNOWN: ReadonlySet<string> = new Set(COMPONENT_NAMES);

/** The names an ESM block brings into scope: its imports and its declarations, exported or not. */
function declaredNames(node: MdxjsEsm): string[] {
  const names: string[] = [];
  for (const statement of node.data?.estree?.body ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    if (declaration.type === 'ImportDeclaration') names.push(...declaration.specifiers.map((specifier) => specifier.local.name));
    else if (declaration.type === 'VariableDeclaration') {
      for (const item of declaration.declarations) if (item.id.type === 'Identifier') names.push(item.id.name);
    } else if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) names.push(declaration.id.name);
  }
  return names;
}

/**
 * Capitalised JSX elements (`<Scorecard />`) that neither the component map nor the deck's own imports and
 * declarations provide: each would render as an error card on its slide. Member names (`<props.Box>`) and JSX
 * inside `{…}` expressions are not checked.
 */
export function unknownComponents(tree: Root, known: ReadonlySet<string> = KNOWN): UnknownComponent[] {
  const declared = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    for (const name of declaredNames(node)) declared.add(name);
  });
  const found: UnknownComponent[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    if (!/^[A-Z]/.test(name) || name.includes('.') || known.has(name) || declared.has(name)) return;
    found.push({ name, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  });
  return found;
}
