import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createProcessor } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import type { Plugin, ViteDevServer } from 'vite';
import { splitDeck, extractLines, deckRemarkPlugins, EMPTY_DECK_TITLE, type DeckOutline, type LineSpan } from '../mdx/remark-slides.ts';
import { remarkStepOffsets } from '../mdx/count-steps.ts';
import { formatDeckError } from '../errors/format-error.ts';
import { remarkLocalImages } from '../mdx/images/local-images.ts';
import { remarkRemoveScripts, scriptWarning } from '../mdx/slide-scripts.ts';
import { runSteps, TEMPLATE_STEPS } from '../html/page-pipeline.ts';

const VIRTUAL_ID = 'virtual:deck';
/** Beyond this, MDX parsing alone takes minutes: a clear error beats a build that seems to hang. */
const MAX_DECK_CHARS = 4 * 1024 * 1024;
const RESOLVED_ID = '\0virtual:deck';
const PART_QUERY = '?deck-part=';

/**
 * Compiled parts by source text, shared across the builds of one process (client, SSR prerender, offline copy):
 * Vite loads a fresh config, and so a fresh plugin, for each build.
 */
const compiled: Map<string, string> = ((globalThis as { __deckCompiled?: Map<string, string> }).__deckCompiled ??= new Map());
/** Warnings already printed for a deck's text in this process: the client, SSR and offline builds each load it. */
const warned: Set<string> = ((globalThis as { __deckWarned?: Set<string> }).__deckWarned ??= new Set());

interface Parsed {
  source: string;
  lines: string[];
  outline: DeckOutline;
}

/** The lines of each part: ESM (imports, exports) is repeated in every part so each compiles alone. */
function partSpans(outline: DeckOutline, part: string): LineSpan[] {
  const [kind, number] = part.split('-');
  const slide = outline.slides[Number(number) - 1];
  if (kind === 'esm') return outline.esm;
  if (kind === 'chrome') return [...outline.esm, ...outline.chrome];
  if (kind === 'slide' && slide) return [...outline.esm, ...slide.body];
  if (kind === 'notes' && slide) return [...outline.esm, ...slide.notes];
  throw new Error(`unknown deck part ${part}`);
}

function indexModule(file: string, outline: DeckOutline): string {
  const url = (part: string) => JSON.stringify(`${file}${PART_QUERY}${part}`);
  const slides = outline.slides.map((slide, index) => {
    const n = index + 1;
    const notes = slide.notes.length ? `() => import(${url(`notes-${n}`)})` : 'null';
    return `  { title: ${JSON.stringify(slide.title)}, steps: ${slide.steps}, body: () => import(${url(`slide-${n}`)}), notes: ${notes} }`;
  });
  const id = createHash('sha1').update(file).digest('hex').slice(0, 10);
  return [
    ...['meta', 'theme'].map((name) =>
      outline.exports.includes(name) ? `export { ${name} } from ${url('esm')};` : `export const ${name} = undefined;`,
    ),
    `export { default as Chrome } from ${url('chrome')};`,
    `export const deckId = ${JSON.stringify(id)};`,
    `export const slides = [\n${slides.join(',\n')}\n];`,
  ].join('\n');
}

/** Vite plugin: serves `virtual:deck` for one MDX deck file, split into one lazily loaded module per slide. */
export function deckPlugin(deckFile: string): Plugin {
  let cached: Parsed | undefined;
  const processor = createProcessor({ providerImportSource: '@mdx-js/react', remarkPlugins: [...deckRemarkPlugins, remarkRemoveScripts, remarkStepOffsets, remarkLocalImages] });
  let server: ViteDevServer | undefined;

  const parse = (source: string): Parsed => {
    if (cached?.source === source) return cached;
    if (source.length > MAX_DECK_CHARS) {
      const size = (source.length / 1024 / 1024).toFixed(1);
      throw new Error(`${deckFile}:1:1: the deck is ${size} MB of text, over the ${MAX_DECK_CHARS / 1024 / 1024} MB limit: move large data into a file the deck imports`);
    }
    try {
      cached = { source, lines: source.split('\n'), outline: splitDeck(source, deckFile) };
    } catch (error) {
      throw formatDeckError(error, deckFile, source);
    }
    return cached;
  };
  let stamp = '';
  const fileStamp = () => {
    try {
      const { mtimeMs, size } = statSync(deckFile);
      return `${mtimeMs}:${size}`;
    } catch {
      return 'gone';
    }
  };
  const read = () => {
    const now = fileStamp();
    if (now === 'gone') throw new Error(`${deckFile}: the deck file is gone; restore it and this page reloads`);
    if (cached && now === stamp) return cached;
    stamp = now;
    return parse(readFileSync(deckFile, 'utf8'));
  };

  const compilePart = async ({ source, lines: all, outline }: Parsed, part: string): Promise<string> => {
    const spans = partSpans(outline, part);
    const empty = part === 'slide-1' && outline.slides[0]?.body.length === 0;
    const { text, lines } = empty
      ? { text: `# ${EMPTY_DECK_TITLE}\n\nWrite slides in ${deckFile}, separated by lines of \`---\`.`, lines: [] }
      : extractLines(all, spans);
    const key = `${deckFile}\0${text}`;
    const known = compiled.get(key);
    if (known) return known;
    try {
      const code = String((await processor.process(new VFile({ value: text, path: deckFile, data: { deckPart: part } }))).value);
      compiled.set(key, code);
      return code;
    } catch (error) {
      throw formatDeckError(error, deckFile, source, lines);
    }
  };

  const allParts = (outline: DeckOutline) => [
    'esm',
    'chrome',
    ...outline.slides.flatMap((slide, index) => [`slide-${index + 1}`, ...(slide.notes.length ? [`notes-${index + 1}`] : [])]),
  ];

  let updating = Promise.resolve();
  /** Recompiles the deck as saved now; sends the reload, or the error overlay, and goes again if it changed meanwhile. */
  const refresh = async (devServer: ViteDevServer): Promise<void> => {
    let source: string;
    let seen: string;
    do {
      seen = fileStamp();
      try {
        source = readFileSync(deckFile, 'utf8');
      } catch {
        return; // Deleted: the watcher's unlink handler says so.
      }
      try {
        const parsed = parse(source);
        await Promise.all(allParts(parsed.outline).map((part) => compilePart(parsed, part)));
      } catch (error) {
        if (fileStamp() !== seen) continue;
        const err = error as Error & { loc?: unknown; frame?: string };
        devServer.ws.send({ type: 'error', err: { message: err.message, stack: '', loc: err.loc as never, frame: err.frame, id: deckFile, plugin: 'deck' } });
        return;
      }
    } while (fileStamp() !== seen);
    for (const module of devServer.moduleGraph.getModulesByFile(deckFile) ?? []) devServer.moduleGraph.invalidateModule(module);
    const index = devServer.moduleGraph.getModuleById(RESOLVED_ID);
    if (index) devServer.moduleGraph.invalidateModule(index);
    devServer.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'deck',
    enforce: 'pre',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return undefined;
    },
    async load(id) {
      if (id === RESOLVED_ID) {
        this.addWatchFile(deckFile);
        const { source, outline } = read();
        const text = createHash('sha1').update(source).digest('hex');
        const messages = [
          ...outline.unknownComponents.map(({ name, line, column }) => `${deckFile}:${line}:${column}: unknown component <${name}>: not one of the deck's components, nor imported or declared in the deck; its slide will show an error`),
          ...outline.scripts.map((script) => scriptWarning(deckFile, script)),
        ];
        for (const message of messages) {
          const key = `${text}\0${message}`;
          if (!warned.has(key)) this.warn(message);
          warned.add(key);
        }
        return indexModule(deckFile, outline);
      }
      const at = id.indexOf(PART_QUERY);
      if (at < 0 || id.slice(0, at) !== deckFile) return undefined;
      return compilePart(read(), id.slice(at + PART_QUERY.length));
    },
    transformIndexHtml(html) {
      return runSteps(TEMPLATE_STEPS, html, { outline: read().outline });
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(deckFile);
      // Saved by an editor that deletes and rewrites, moved away and back: the tab shows why, then reloads on return.
      devServer.watcher.on('unlink', (file) => {
        if (file !== deckFile) return;
        const message = `${deckFile}: the deck file is gone; restore it and this page reloads`;
        devServer.ws.send({ type: 'error', err: { message, stack: '', id: deckFile, plugin: 'deck' } });
      });
      devServer.watcher.on('add', (file) => {
        if (file === deckFile) updating = updating.then(() => refresh(devServer));
      });
    },
    handleHotUpdate(context) {
      if (context.file !== deckFile || !server) return undefined;
      // One refresh at a time, each reading the file as it is then: two saves in quick succession (broken, then fixed)
      // must end on the last one, not on whichever compile finished last.
      updating = updating.then(() => refresh(server as ViteDevServer));
      return [];
    },
  };
}
