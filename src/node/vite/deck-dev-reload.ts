import { existsSync, readFileSync } from 'node:fs';
import type { ViteDevServer } from 'vite';
import { deckParts, type DeckSource, type Parsed } from './deck-source.ts';
import { SLIDE_SWAP_EVENT, type SlideSwap } from '../../deck/hot-swap.ts';
import { changedSlideParts } from './slide-swap.ts';

/** The id of the deck's index module, invalidated with its parts on every good save. */
export const RESOLVED_DECK_ID = '\0virtual:deck';
/** Long enough to be past the watcher's throttle, short enough to look instant. */
const LOOK_AGAIN_MS = 150;
/** How often a deleted deck is looked for. */
const RETURN_POLL_MS = 250;

/**
 * The dev server's side of a deck file. A save that only changed slides' bodies or notes compiles just those parts
 * and tells the page to swap just those modules (the deck keeps its position and state); any other save recompiles
 * the deck whole and reloads the page. A broken save shows the error overlay and keeps the last good deck. Saves run
 * one at a time, each reading the file as it is then: two saves in quick succession (broken, then fixed) end on the
 * last one, not on whichever compile finished last. A deleted deck says so; a restored one reloads.
 */
export function deckDevReload(deckFile: string, source: DeckSource) {
  let updating = Promise.resolve();
  /** The version the page shows, when it shows one without an error overlay over it: what a swap starts from. */
  let shown: Parsed | undefined;
  /** Bumped when the deck file goes (the page then shows an overlay): a refresh begun before must not claim the page. */
  let gone = 0;

  const swap = (server: ViteDevServer, parsed: Parsed, parts: string[]): void => {
    const update: SlideSwap = { parts: [], titles: parsed.outline.slides.map((slide) => slide.title) };
    for (const part of parts) {
      const module = server.moduleGraph.getModuleById(`${deckFile}?deck-part=${part}`);
      if (module) server.moduleGraph.invalidateModule(module);
      update.parts.push({ part, url: module?.url });
    }
    const index = server.moduleGraph.getModuleById(RESOLVED_DECK_ID);
    if (index) server.moduleGraph.invalidateModule(index);
    server.ws.send({ type: 'custom', event: SLIDE_SWAP_EVENT, data: update });
  };

  const refresh = async (server: ViteDevServer): Promise<void> => {
    let seen: string;
    // The watcher drops a second change of a file within ~50 ms of the first (chokidar's throttle): look again
    // shortly after each refresh, so a quick fix after a broken save is never lost.
    const lookAgain = () => setTimeout(() => source.stamp() !== seen && saved(server), LOOK_AGAIN_MS);
    let parsed: Parsed | undefined;
    let swapped: string[] | null = null;
    const goneAtStart = gone;
    do {
      seen = source.stamp();
      let text: string;
      try {
        text = readFileSync(deckFile, 'utf8');
      } catch {
        return; // Deleted: the watcher's unlink handler says so.
      }
      try {
        const next = await source.parse(text);
        parsed = next;
        server.watcher.add(source.files());
        swapped = shown ? changedSlideParts(shown, next, deckFile) : null;
        const warn = (message: string) => server.config.logger.warn(message);
        await Promise.all((swapped ?? deckParts(next.outline)).map((part) => source.compilePart(next, part, warn)));
      } catch (error) {
        server.watcher.add(source.files());
        if (source.stamp() !== seen) continue;
        shown = undefined;
        const err = error as Error & { loc?: unknown; frame?: string };
        server.ws.send({ type: 'error', err: { message: err.message, stack: '', loc: err.loc as never, frame: err.frame, id: deckFile, plugin: 'deck' } });
        lookAgain();
        return;
      }
    } while (source.stamp() !== seen);
    // The file went while this version compiled: the page shows that overlay now, and the deck's return reloads it.
    if (!parsed || gone !== goneAtStart) return;
    const previous = shown;
    shown = parsed;
    if (swapped && previous) {
      if (swapped.length > 0) swap(server, parsed, swapped);
      lookAgain();
      return;
    }
    for (const module of server.moduleGraph.getModulesByFile(deckFile) ?? []) server.moduleGraph.invalidateModule(module);
    const index = server.moduleGraph.getModuleById(RESOLVED_DECK_ID);
    if (index) server.moduleGraph.invalidateModule(index);
    server.ws.send({ type: 'full-reload' });
    lookAgain();
  };

  const saved = (server: ViteDevServer): void => {
    updating = updating.then(() => refresh(server));
  };

  return {
    /** A save of the deck (Vite's hot update): queue one refresh. */
    saved,
    /** Watches the deck for deletion (an editor that deletes and rewrites, a move away and back) and its return. */
    async watch(server: ViteDevServer): Promise<void> {
      try {
        shown = await source.read();
      } catch {
        // Broken or missing at start: the first good save reloads the page.
      }
      server.watcher.add(deckFile);
      // The watcher's 'add' for a restored deck can go missing under load (it may stop watching a single file once
      // it is unlinked): while the deck is gone, also look for it every quarter second.
      let returned: ReturnType<typeof setInterval> | undefined;
      const stopLooking = () => {
        clearInterval(returned);
        returned = undefined;
      };
      server.watcher.on('unlink', (file) => {
        if (file !== deckFile) return;
        shown = undefined;
        gone++;
        const message = `${deckFile}: the deck file is gone; restore it and this page reloads`;
        server.ws.send({ type: 'error', err: { message, stack: '', id: deckFile, plugin: 'deck' } });
        stopLooking();
        returned = setInterval(() => {
          if (!existsSync(deckFile)) return;
          stopLooking();
          server.watcher.add(deckFile);
          saved(server);
        }, RETURN_POLL_MS);
        returned.unref();
      });
      server.watcher.on('add', (file) => {
        if (file === deckFile) stopLooking();
        if (source.files().includes(file)) saved(server);
      });
      // An included file deleted: the next look says which <Include> names it (the deck itself has its own line above).
      server.watcher.on('unlink', (file) => {
        if (file !== deckFile && source.files().includes(file)) saved(server);
      });
    },
  };
}
