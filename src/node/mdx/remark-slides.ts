import type { Heading, Root, RootContent, Nodes } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { unified, type Plugin, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { walkStepElements } from './count-steps.ts';
import { literalValue, UNKNOWN } from './literal-value.ts';
import { unknownComponents, type UnknownComponent } from './unknown-components.ts';
import { isScriptElement, removeScripts, type ScriptElement } from './slide-scripts.ts';
import { remarkMaths } from './maths.ts';
import { isChromeParagraph } from './chrome-paragraphs.ts';
import { slideLayout } from './slide-layout.ts';
import { DEFAULT_LAYOUT } from '../../mdx/builtins/layout-types.ts';
import { EMPTY_DECK_TITLE } from './deck-lines.ts';

/** Inclusive 1-based line span in the deck file. */
export interface LineSpan {
  start: number;
  end: number;
}

/** One slide as found at compile time: where its parts are and what the deck needs to know without rendering it. */
export interface SlideOutline {
  title: string;
  /** The slide's words as plain text, for the transcript in the built HTML. */
  text: string;
  /** The speaker notes as plain text. */
  notesText: string;
  steps: number;
  /** The slide's archetype, `data-layout` on its element (`content` unless a top-level `<Layout type>` names one). */
  layout: string;
  body: LineSpan[];
  notes: LineSpan[];
  /** The line of an `export default` written inside this slide (mdx-deck 1–2's layout of that slide alone). */
  defaultExport?: number;
}

/** The deck file cut into parts; every part keeps its original line numbers. */
export interface DeckOutline {
  esm: LineSpan[];
  /** Names the deck exports (`meta`, `theme`, …). */
  exports: string[];
  /** `export const meta`, when it is a plain literal (for the HTML head at build time). */
  meta: Record<string, unknown>;
  chrome: LineSpan[];
  slides: SlideOutline[];
  /** Components the slides use that nothing provides (each would show an error card): for a build warning. */
  unknownComponents: UnknownComponent[];
  /** `<script>` elements anywhere in the deck: each part drops them when it compiles; for a build warning. */
  scripts: ScriptElement[];
  /** The line of an `export default` before the first `---` (MDX 3's layout of the whole file, unless mdx-deck 1–2). */
  leadingDefaultExport?: number;
  /** The line of each `---` that separates two slides (a root thematic break): where `deck dev` looks for the slide a save changed. */
  breaks: number[];
}

/** Elements lifted out of slides: they belong to the whole deck (mdx-deck's Head/Header/Footer persist). */
const CHROME = new Set(['Head', 'Header', 'Footer']);
const NOTES = 'Notes';

function span(node: RootContent): LineSpan {
  const start = node.position?.start.line ?? 1;
  const end = node.position?.end.line ?? start;
  return { start, end };
}

/** The component a root node is: a flow element, or a paragraph holding just one element (`<Notes>text</Notes>`). */
function jsxName(node: RootContent): string | undefined {
  if (node.type === 'mdxJsxFlowElement') return node.name ?? undefined;
  if (node.type !== 'paragraph') return undefined;
  const children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = children.length === 1 ? children[0] : undefined;
  return only?.type === 'mdxJsxTextElement' ? (only.name ?? undefined) : undefined;
}

/** A slide's notes: `<Notes>`, or mdx-deck 1's fenced block in the language `notes` (shown to the speaker alone). */
function isNotes(node: RootContent): boolean {
  return jsxName(node) === NOTES || (node.type === 'code' && node.lang === 'notes');
}

/**
 * Remark plugin for a notes part: mdx-deck 1's ```` ```notes ```` block is the notes' text, a paragraph per block
 * of lines, not code.
 */
export const remarkNotesFences: Plugin<[], Root> = () => (tree, file) => {
  if (!String(file.data.deckPart ?? '').startsWith('notes-')) return;
  tree.children = tree.children.flatMap((node): RootContent[] =>
    node.type === 'code' && node.lang === 'notes'
      ? node.value
          .split(/\n\s*\n/)
          .filter((text) => text.trim())
          .map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text.trim() }] }))
      : [node],
  );
};

/** The heading that names a slide: its first top-level (shallowest) heading with text, outside Notes. */
function titleHeading(nodes: RootContent[]): { node: Heading; text: string } | undefined {
  let best: { node: Heading; text: string } | undefined;
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') {
      const text = toString(node).trim();
      if (text && (!best || node.depth < best.node.depth)) best = { node, text };
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === NOTES) return;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const node of nodes) walk(node);
  return best;
}

const titleOf = (nodes: RootContent[]): string => titleHeading(nodes)?.text ?? '';

/**
 * Remark plugin for a slide's part: marks the heading that is the slide's title `data-slide-title`, so a view that
 * names the slide itself (the reading view) can show the title once.
 */
export const remarkSlideTitle: Plugin<[], Root> = () => (tree, file) => {
  if (!String(file.data.deckPart ?? '').startsWith('slide-')) return;
  const title = titleHeading(tree.children)?.node;
  if (title) title.data = { ...title.data, hProperties: { ...title.data?.hProperties, 'data-slide-title': '' } };
};

/** The line of the `export default` in an ESM block, if it has one. */
function defaultExportLine(node: MdxjsEsm): number | undefined {
  return node.data?.estree?.body.find((statement) => statement.type === 'ExportDefaultDeclaration')?.loc?.start.line;
}

function exportedNames(node: MdxjsEsm, values: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const statement of node.data?.estree?.body ?? []) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const declaration = statement.declaration;
    if (declaration?.type === 'VariableDeclaration') {
      for (const item of declaration.declarations) {
        if (item.id.type !== 'Identifier') continue;
        names.push(item.id.name);
        const value = literalValue(item.init);
        if (value !== UNKNOWN) values[item.id.name] = value;
      }
    } else if (declaration && 'id' in declaration && declaration.id) names.push(declaration.id.name);
    for (const specifier of statement.specifiers) {
      if (specifier.exported.type === 'Identifier') names.push(specifier.exported.name);
    }
  }
  return names;
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);
/** Remarks for the speaker alone (`<SpeakerOnly>` in Notes): never in the public transcript. */
const SPEAKER_ONLY = 'SpeakerOnly';

const isSpeakerOnly = (node: Nodes) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === SPEAKER_ONLY;

/** `node` without its SpeakerOnly parts (a copy where it had any). */
function publicPart(node: Nodes): Nodes {
  if (!('children' in node)) return node;
  const children = (node.children as Nodes[]).filter((child) => !isSpeakerOnly(child)).map(publicPart);
  return { ...node, children } as Nodes;
}

/** One line per text block (paragraph, heading, list item, table cell, code), for a plain-text transcript; SpeakerOnly remarks left out. */
function plainText(nodes: RootContent[]): string {
  const lines: string[] = [];
  const walk = (node: Nodes): void => {
    if (isSpeakerOnly(node)) return;
    if (TEXT_BLOCKS.has(node.type)) {
      const text = toString(publicPart(node), { includeHtml: false }).replace(/\s+/g, ' ').trim();
      if (text) lines.push(text);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const node of nodes) walk(node);
  return lines.join('\n');
}

/**
 * Groups a parsed deck's root nodes into slides at each `---` (a root thematic break). Removes `<script>` elements
 * from `tree` (a slide made of one still counts, so slide numbers stay as written). `firstIndex` is the deck's index
 * of the tree's first slide when the tree is one slide of a deck (an untitled slide is `Slide N` by its place).
 */
export function outlineDeck(tree: Root, firstIndex = 0): DeckOutline {
  const esm: LineSpan[] = [];
  const exports: string[] = [];
  const values: Record<string, unknown> = {};
  const chrome: LineSpan[] = [];
  const groups: RootContent[][] = [[]];
  /** Each group's `export default` line, by group. */
  const defaults: (number | undefined)[] = [];
  const breaks: number[] = [];
  for (const node of tree.children) {
    if (node.type === 'thematicBreak') {
      groups.push([]);
      breaks.push(span(node).start);
    } else if (node.type === 'mdxjsEsm') {
      esm.push(span(node));
      exports.push(...exportedNames(node, values));
      defaults[groups.length - 1] ??= defaultExportLine(node);
    } else if (node.type === 'yaml') continue;
    else if (CHROME.has(jsxName(node) ?? '') || isChromeParagraph(node)) chrome.push(span(node));
    else groups[groups.length - 1]!.push(node);
  }
  const scripts = removeScripts(tree);
  const slides = groups
    .map((group, index) => ({ group, defaultExport: defaults[index] }))
    .filter(({ group }, index) => group.length > 0 || (index > 0 && index < groups.length - 1))
    .map(({ group, defaultExport }, index): SlideOutline => {
      const notes = group.filter(isNotes);
      const body = group.filter((node) => !isNotes(node));
      // Root-level scripts stay in the spans (their part drops them) but give no title, text or steps.
      const shown = body.filter((node) => !isScriptElement(node));
      return {
        title: titleOf(shown) || `Slide ${firstIndex + index + 1}`,
        text: plainText(shown),
        notesText: plainText(notes),
        steps: walkStepElements(shown),
        layout: slideLayout(shown),
        body: body.map(span),
        notes: notes.map(span),
        ...(defaultExport === undefined ? {} : { defaultExport }),
      };
    });
  if (slides.every((slide) => slide.body.length === 0 && slide.notes.length === 0))
    slides.splice(0, slides.length, { title: EMPTY_DECK_TITLE, text: '', notesText: '', steps: 0, layout: DEFAULT_LAYOUT, body: [], notes: [] });
  const meta = values.meta && typeof values.meta === 'object' ? (values.meta as Record<string, unknown>) : {};
  const leading = defaults[0] === undefined ? {} : { leadingDefaultExport: defaults[0] };
  return { esm, exports, meta, chrome, slides, unknownComponents: unknownComponents(tree), scripts, breaks, ...leading };
}

/** The remark plugins every part of a deck is compiled with (GFM on, frontmatter skipped, `$…$` maths). */
export const deckRemarkPlugins: PluggableList = [remarkGfm, remarkFrontmatter, ...remarkMaths];

/** Remark plugin: records the deck outline on `file.data.deck` for the build to use (`firstIndex` as in outlineDeck). */
export const remarkSlides: Plugin<[number?], Root> =
  (firstIndex = 0) =>
  (tree, file) => {
    file.data.deck = outlineDeck(tree, firstIndex);
  };

declare module 'vfile' {
  interface DataMap {
    deck: DeckOutline;
  }
}

/**
 * Parses a deck's MDX source and outlines it; throws a VFileMessage with line and column on a syntax error.
 * `firstIndex` is for the text of one slide of a deck (outlineDeck).
 */
export function splitDeck(source: string, path?: string, firstIndex = 0): DeckOutline {
  const file = new VFile({ value: source, path });
  const processor = unified().use(remarkParse).use(remarkMdx).use(deckRemarkPlugins).use(remarkSlides, firstIndex);
  processor.runSync(processor.parse(file), file);
  return file.data.deck!;
}
