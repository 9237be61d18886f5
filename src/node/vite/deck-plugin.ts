import { createHash } from 'node:crypto';
import type { Plugin, ViteDevServer } from 'vite';
import { runSteps, TEMPLATE_STEPS } from '../html/page-pipeline.ts';
import type { DeckOutline } from '../mdx/remark-slides.ts';
import { scriptWarning } from '../mdx/slide-scripts.ts';
import { KATEX_CSS, woff2Only } from '../mdx/katex-css.ts';
import { originOf } from '../mdx/include.ts';
import { isTransition } from '../../deck/slide-transition.ts';
import { deckDevReload, RESOLVED_DECK_ID } from './deck-dev-reload.ts';
import { deckSource } from './deck-source.ts';
import type { OutlineCache } from '../cache/outline-cache.ts';
import { devFirstPaint, type DevFirstPaint } from './dev-first-paint.ts';
import { remoteResources, remoteSeen } from '../html/remote-resources.ts';
import { remotePolicyPlugins } from './remote-policy.ts';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../deck-file.ts';
import { declaredMdxDeck } from '../mdx/mdx-deck-flavor.ts';
import type { MdxDeckFlavor } from '../../mdx/mdx-deck/deck-theme.ts';

const VIRTUAL_ID = 'virtual:deck';
const PART_QUERY = '?deck-part=';

/** Warnings already printed for a deck's text in this process: the client, SSR and offline builds each load it. */
const warned: Set<string> = ((globalThis as { __deckWarned?: Set<string> }).__deckWarned ??= new Set());

const RUNTIME = JSON.stringify(resolve(PACKAGE_ROOT, 'src/mdx/mdx-deck/deck-runtime.tsx'));

/** The deck's index module: meta, theme, chrome and one lazy import per slide and per slide's notes. */
function indexModule(file: string, outline: DeckOutline, flavor: MdxDeckFlavor): string {
  const url = (part: string) => JSON.stringify(`${file}${PART_QUERY}${part}`);
  // A deck written for mdx-deck gets its theme resolved the way mdx-deck did (v2's `themes`, `styles`, components).
  const compat = flavor !== 0 || outline.exports.includes('themes');
  const load = (part: string, index: number) => (compat ? `compat.part(() => import(${url(part)}), ${index})` : `() => import(${url(part)})`);
  const slides = outline.slides.map((slide, index) => {
    const n = index + 1;
    const notes = slide.notes.length ? load(`notes-${n}`, index) : 'null';
    return `  { title: ${JSON.stringify(slide.title)}, steps: ${slide.steps}, layout: ${JSON.stringify(slide.layout)}, body: ${load(`slide-${n}`, index)}, notes: ${notes} }`;
  });
  const id = createHash('sha1').update(file).digest('hex').slice(0, 10);
  const own = (name: string) => (outline.exports.includes(name) ? `import { ${name} as deck_${name} } from ${url('esm')};` : `const deck_${name} = undefined;`);
  const head = compat
    ? [
        own('theme'),
        own('themes'),
        `import { mdxDeckRuntime } from ${RUNTIME};`,
        `import DeckChrome from ${url('chrome')};`,
        `const compat = mdxDeckRuntime(${flavor}, deck_theme, deck_themes, ${outline.slides.length});`,
        `export const theme = compat.theme;`,
        `export const Chrome = compat.chrome(DeckChrome);`,
      ]
    : [
        `export { default as Chrome } from ${url('chrome')};`,
        outline.exports.includes('theme') ? `export { theme } from ${url('esm')};` : `export const theme = undefined;`,
      ];
  return [
    outline.exports.includes('meta') ? `export { meta } from ${url('esm')};` : `export const meta = undefined;`,
    ...head,
    `export const deckId = ${JSON.stringify(id)};`,
    `export const slides = [\n${slides.join(',\n')}\n];`,
  ].join('\n');
}

/** Which mdx-deck a deck was written for: its package.json's, else 4 when it imports from mdx-deck, else none. */
function flavorOf(deckFile: string, source: string): MdxDeckFlavor {
  return declaredMdxDeck(deckFile, PACKAGE_ROOT) || (/from\s+['"](mdx-deck|@mdx-deck\/)/.test(source) ? 4 : 0);
}

/** What `deck dev` keeps on disk for its next start: the deck's outline, and slide 1 rendered. */
export interface DevCaches {
  outlines: OutlineCache;
  firstPaintDir: string;
  /** `deck dev --allow-remote`: other origins' images, fonts, media and frames load (else only if the deck's meta says so). */
  allowRemote?: boolean;
}

/** The plugin that serves `deck dev`'s page with slide 1 prerendered (after Vite's own edits of the page). */
function firstPaintPlugin(firstPaint: DevFirstPaint): Plugin {
  return {
    name: 'deck:first-paint',
    apply: 'serve',
    configureServer: (server) => firstPaint.watch(server),
    transformIndexHtml: { order: 'post', handler: (html) => firstPaint.page(html) },
  };
}

/**
 * Vite plugins: `virtual:deck` for one MDX deck file, split into one lazily loaded module per slide; in `deck dev`
 * (`dev`), also the page with slide 1 prerendered.
 */
export function deckPlugin(deckFile: string, dev?: DevCaches): Plugin[] {
  const deck = deckSource(deckFile, dev?.outlines);
  const reload = deckDevReload(deckFile, deck);
  let server: ViteDevServer | undefined;

  const main: Plugin = {
    name: 'deck',
    enforce: 'pre',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_DECK_ID;
      return undefined;
    },
    async load(id) {
      if (id === RESOLVED_DECK_ID) {
        this.addWatchFile(deckFile);
        const { outline, expanded, repairs } = await deck.read();
        for (const file of expanded.files) this.addWatchFile(file);
        const text = createHash('sha1').update(expanded.text).digest('hex');
        for (const [file, text] of expanded.sources) remoteSeen.set(file, remoteResources(file, text));
        const messages = [
          ...outline.unknownComponents.map(({ name, line, column }) => {
            const origin = originOf(expanded, line);
            return `${origin.file}:${origin.line}:${column}: unknown component <${name}>: not one of the deck's components, nor imported or declared in the deck; its slide will show an error`;
          }),
          ...(outline.meta.transition === undefined || isTransition(outline.meta.transition)
            ? []
            : [
                `${deckFile}: meta.transition is ${JSON.stringify(outline.meta.transition)}, not one of 'fade', 'slide', 'none': the deck changes slides without one`,
              ]),
          ...outline.scripts.map(({ line, column }) => {
            const origin = originOf(expanded, line);
            return scriptWarning(origin.file, { line: origin.line, column });
          }),
          ...repairs.map(({ line, column, message }) => {
            const origin = originOf(expanded, line);
            return `${origin.file}:${origin.line}:${column}: ${message}`;
          }),
        ];
        for (const message of messages) {
          const key = `${text}\0${message}`;
          if (!warned.has(key)) this.warn(message);
          warned.add(key);
        }
        return indexModule(deckFile, outline, flavorOf(deckFile, expanded.text));
      }
      const at = id.indexOf(PART_QUERY);
      if (at < 0 || id.slice(0, at) !== deckFile) return undefined;
      return deck.compilePart(await deck.read(), id.slice(at + PART_QUERY.length), (message) => this.warn(message));
    },
    transform(code, id) {
      return id === KATEX_CSS ? woff2Only(code) : undefined;
    },
    async transformIndexHtml(html) {
      // The page asks for slide 1 next: the compiler loads once the page is answered, not when that request comes.
      setTimeout(() => deck.warm());
      return runSteps(TEMPLATE_STEPS, html, { outline: (await deck.read()).outline });
    },
    async configureServer(devServer) {
      server = devServer;
      await reload.watch(devServer);
    },
    handleHotUpdate(context) {
      if (!deck.files().includes(context.file) || !server) return undefined;
      reload.saved(server);
      return [];
    },
  };
  if (!dev) return [main];
  const allowRemote = async () => Boolean(dev.allowRemote) || (await deck.read()).outline.meta.allowRemote === true;
  return [main, firstPaintPlugin(devFirstPaint(deckFile, deck, dev.firstPaintDir)), ...remotePolicyPlugins(allowRemote)];
}
