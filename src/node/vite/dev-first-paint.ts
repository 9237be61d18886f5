import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isCSSRequest, type EnvironmentModuleNode, type ViteDevServer } from 'vite';
import { writeFileAtomically } from '../cache/atomic-output.mjs';
import { engineSources } from '../cache/build-cache.ts';
import { fingerprints, shortHash, unchanged } from '../cache/fingerprint.mjs';
import { PACKAGE_ROOT } from '../deck-file.ts';
import { injectPrerendered } from '../html/prerendered.ts';
import type { FirstPaint } from '../../prerender/render-first-paint.tsx';
import { DEV_START_CSS_ID } from '../../deck/hot-swap.ts';
import { RESOLVED_DECK_ID } from './deck-dev-reload.ts';
import type { DeckSource } from './deck-source.ts';

/** The server render `deck dev` runs: the build's first paint, plus the start styles. */
const ENTRY = resolve(PACKAGE_ROOT, 'src/prerender/dev-first-paint.ts');
/** How long the server must have answered no request before it renders: the page's own loading comes first. */
const QUIET_MS = 1000;

/** Slide 1 as rendered for one text of the deck, and every file the render read, fingerprinted. */
export interface StoredPaint {
  text: string;
  inputs: Record<string, string>;
  paint: FirstPaint;
  css: string;
}

/**
 * The last render of one deck, in memory and in `file` for the next start: given back only for exactly the deck
 * text it was made from, while every file it read is as it was then (any doubt is a miss).
 */
export function firstPaintStore(file: string) {
  let stored: StoredPaint | undefined;
  let loaded = false;
  return {
    /** The render of exactly this text, if it is still good. */
    fresh(text: string | undefined): StoredPaint | undefined {
      if (!loaded) {
        loaded = true;
        try {
          stored = JSON.parse(readFileSync(file, 'utf8')) as StoredPaint;
        } catch {
          stored = undefined;
        }
      }
      return stored && text !== undefined && stored.text === text && unchanged(stored.inputs) ? stored : undefined;
    },
    /** Keeps a render (on disk too, where the folder is writable). */
    keep(paint: StoredPaint): void {
      stored = paint;
      loaded = true;
      try {
        writeFileAtomically(file, JSON.stringify(paint));
      } catch {
        // A read-only install: kept for this session only.
      }
    },
  };
}

/** The page with slide 1's render in its root (and the reading view's, for phones), the start CSS at the end of the head. */
export function withFirstPaint(html: string, { paint, css }: StoredPaint): string {
  const page = injectPrerendered(html, { markup: paint.audience, reading: { markup: paint.read, stylesheets: [] } });
  return page.replace('</head>', () => `<style id="${DEV_START_CSS_ID}">${css}</style>\n  </head>`);
}

/** The CSS modules a render evaluated, in the order their importers load them (depth first, imports before importers). */
function evaluatedCss(entry: EnvironmentModuleNode | undefined): EnvironmentModuleNode[] {
  const seen = new Set<EnvironmentModuleNode>();
  const css: EnvironmentModuleNode[] = [];
  const visit = (module: EnvironmentModuleNode) => {
    if (seen.has(module) || !module.transformResult) return;
    seen.add(module);
    for (const imported of module.importedModules) visit(imported);
    if (module.id && isCSSRequest(module.id)) css.push(module);
  };
  if (entry) visit(entry);
  return css;
}

/**
 * `deck dev`'s slide 1, served prerendered as the build serves it: the page's HTML carries slide 1's markup (and the
 * reading view's, for phones) with the start CSS, so the title paints before Vite's ~120 modules load, and the app
 * hydrates it. The render runs in the server once it has been quiet for a second (never while the page loads or a
 * save is swapped in) and is kept on disk, one file per deck, for the next start. It is served only for exactly the
 * deck text it was made from, while no file it read has changed (our sources, the deck's imports, the lockfile):
 * after an edit the page gets no prerender until the next render, never a stale one.
 */
export function devFirstPaint(deckFile: string, deck: Pick<DeckSource, 'read' | 'files'>, cacheDir: string) {
  const store = firstPaintStore(join(cacheDir, `first-paint-${shortHash(deckFile)}.json`));
  let rendering = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let inFlight = 0;

  const currentText = async (): Promise<string | undefined> => {
    try {
      return (await deck.read()).expanded.text;
    } catch {
      return undefined; // Broken or gone: the overlay says so, nothing is prerendered.
    }
  };
  const render = async (server: ViteDevServer): Promise<void> => {
    const text = await currentText();
    if (text === undefined || store.fresh(text)) return;
    const ssr = server.environments.ssr.moduleGraph;
    // The deck's modules as saved now: the slide swap invalidates only the page's graph.
    for (const module of [ssr.getModuleById(RESOLVED_DECK_ID), ...deck.files().flatMap((name) => [...(ssr.getModulesByFile(name) ?? [])])]) {
      if (module) ssr.invalidateModule(module);
    }
    const { renderFirstPaint } = (await server.ssrLoadModule(ENTRY)) as { renderFirstPaint: () => Promise<FirstPaint> };
    const paint = await renderFirstPaint();
    const sheets = evaluatedCss(ssr.getModuleById(ENTRY));
    const css = await Promise.all(
      sheets.map(async ({ id }) => ((await server.ssrLoadModule(`${id}${id?.includes('?') ? '&' : '?'}inline`)) as { default: string }).default),
    );
    // Saved again while it rendered: that version renders at the next quiet moment.
    if ((await currentText()) !== text) return;
    const graphFiles = [...ssr.idToModuleMap.values()]
      .filter((module) => module.transformResult && module.file?.startsWith('/'))
      .map((module) => module.file as string);
    const inputs = fingerprints(new Set([...engineSources(PACKAGE_ROOT), ...deck.files(), ...graphFiles]));
    store.keep({ text, inputs, paint, css: css.join('\n') });
  };

  const renderWhenQuiet = (server: ViteDevServer) => {
    clearTimeout(quiet);
    quiet = setTimeout(() => {
      if (inFlight > 0) return; // The last request to end sets the timer again.
      if (rendering) {
        renderWhenQuiet(server);
        return;
      }
      rendering = true;
      render(server)
        .catch((error: unknown) => {
          // A deck whose slide 1 cannot render on the server still loads as before, without the prerender.
          if (process.env.DECK_DEBUG) console.error('deck dev: slide 1 not prerendered:', error);
        })
        .finally(() => (rendering = false));
    }, QUIET_MS);
    quiet.unref();
  };

  return {
    /** Counts the page's requests; a second after the last one ends, renders slide 1 if the stored render is not of this deck text. */
    watch(server: ViteDevServer): void {
      server.middlewares.use((_request, response, next) => {
        inFlight++;
        clearTimeout(quiet);
        response.once('close', () => {
          inFlight--;
          if (inFlight === 0) renderWhenQuiet(server);
        });
        next();
      });
      // A save with no page open (or one closed since) is rendered too, for the next start.
      server.watcher.on('all', (_event, name) => {
        if (deck.files().includes(name)) renderWhenQuiet(server);
      });
    },
    /** The page with slide 1 prerendered and the start CSS inlined, when the stored render is of the deck as it is now. */
    async page(html: string): Promise<string> {
      const paint = store.fresh(await currentText());
      return paint ? withFirstPaint(html, paint) : html;
    },
  };
}

/** What the deck plugin serves slide 1's prerender with in `deck dev`. */
export type DevFirstPaint = ReturnType<typeof devFirstPaint>;
