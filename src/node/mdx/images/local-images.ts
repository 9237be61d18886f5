import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Definition, Image, ImageReference, PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxAttributeValueExpression, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Expression, Program } from 'estree';
import type { Plugin } from 'unified';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localUrl } from './local-url.ts';
import { esmImport } from '../esm-import.ts';

declare module 'vfile' {
  interface DataMap {
    /** Which part of the deck this file is (`slide-3`, `notes-3`, `chrome`, `esm`): for messages that name the slide. */
    deckPart: string;
    /** The folder of the file a line of this part was written in (an `<Include>`d file's own), for relative urls. */
    folderOfLine: (line: number) => string;
  }
}

/** Elements whose `src` is an image url: HTML's own and mdx-deck's `Image` (which takes the url only as `src`). */
const IMAGE_ELEMENTS = new Set(['img', 'Image']);

/** Where in the deck a part's message is, in the author's words. */
function partLabel(part: string | undefined): string {
  const [kind, number] = (part ?? '').split('-');
  if (kind === 'slide') return ` (slide ${number})`;
  if (kind === 'notes') return ` (notes of slide ${number})`;
  if (kind === 'chrome') return ' (Head, Header or Footer)';
  return '';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function program(expression: Expression): Program {
  return { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression }] };
}

/** The bundled url as a JSX attribute value: the import's binding, plus the `#fragment` the author wrote. */
function urlExpression(name: string, hash: string): MdxJsxAttributeValueExpression {
  const binding: Expression = { type: 'Identifier', name };
  const expression: Expression = hash
    ? { type: 'BinaryExpression', operator: '+', left: binding, right: { type: 'Literal', value: hash, raw: JSON.stringify(hash) } }
    : binding;
  return { type: 'mdxJsxAttributeValueExpression', value: hash ? `${name} + ${JSON.stringify(hash)}` : name, data: { estree: program(expression) } };
}

function stringAttribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/**
 * Remark plugin for one part of a deck: every image url relative to the deck file (`![x](./a.png)`, `![x][ref]`,
 * `<img src="a.png" />`, `<Image src="img/a.png" />`) becomes an ESM import of that file, so the bundler copies it
 * with a hashed name (or inlines it in the single-file build) wherever the deck lives. A part compiles alone, so
 * each part imports what it uses. A missing file fails the compile at the url's own position.
 */
export const remarkLocalImages: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const deckDir = file.path ? dirname(file.path) : process.cwd();
  const imports = new Map<string, string>();
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });

  /** The bundled url for `url`, or undefined to leave it as written. */
  const bundled = (url: string | null | undefined, place: Position | undefined): MdxJsxAttributeValueExpression | undefined => {
    const local = localUrl(url);
    if (!local) return undefined;
    const path = resolve(file.data.folderOfLine?.(place?.start.line ?? 1) ?? deckDir, local.path);
    if (!isFile(path)) file.fail(`image ${url} not found${partLabel(file.data.deckPart)}: no file ${path}`, { place, source: 'deck', ruleId: 'missing-image' });
    let name = imports.get(path);
    if (!name) {
      name = `__deckImage${imports.size}`;
      imports.set(path, name);
    }
    return urlExpression(name, local.hash);
  };

  /** Markdown's image, as the same `img` MDX would make of it (still `components.img`), its src an import. */
  const markdownImage = (node: Image | ImageReference, url: string, title: string | null | undefined): MdxJsxTextElement | undefined => {
    const src = bundled(url, node.position);
    if (!src) return undefined;
    const attributes: MdxJsxAttribute[] = [{ type: 'mdxJsxAttribute', name: 'src', value: src }, stringAttribute('alt', node.alt ?? '')];
    if (title) attributes.push(stringAttribute('title', title));
    return { type: 'mdxJsxTextElement', name: 'img', attributes, children: [], position: node.position };
  };

  visit(tree, (node, index, parent) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      const definition = node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
      const url = node.type === 'image' ? node.url : definition?.url;
      const element = url === undefined ? undefined : markdownImage(node, url, node.type === 'image' ? node.title : definition?.title);
      if (element && parent && index !== undefined) (parent.children as PhrasingContent[]).splice(index, 1, element);
      return;
    }
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !IMAGE_ELEMENTS.has(node.name ?? '')) return;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'src' || typeof attribute.value !== 'string') continue;
      attribute.value = bundled(attribute.value, attribute.position ?? node.position) ?? attribute.value;
    }
  });

  const esm = [...imports].map(([path, name]) => {
    const specifier = relative(deckDir, path).split(sep).join('/');
    // `?url`: a url whatever the file's type (an unknown extension would otherwise be parsed as a module).
    return esmImport({ local: name }, `${specifier.startsWith('../') ? '' : './'}${specifier}?url`);
  });
  tree.children.unshift(...esm);
};
