import { readFileSync } from 'node:fs';
import type { ViteDevServer } from 'vite';
import { deckParts, type DeckSource } from './deck-source.ts';

/** The id of the deck's index module, invalidated with its parts on every good save. */
export const RESOLVED_DECK_ID = '\0virtual:deck';
/** Long enough to be past the watcher's throttle, short enough to look instant. */
const LOOK_AGAIN_MS = 150;

/**
 * The dev server's side of a deck file: every save recompiles it whole and reloads the page, or shows the error
 * overlay and keeps the last good deck. Saves run one at a time, each reading the file as it is then: two saves in
 * quick succession (broken, then fixed) end on the last one, not on whichever compile finished last. A deleted deck
 * says so; a restored one reloads.
 */
export function deckDevReload(deckFile: string, source: DeckSource) {
  let updating = Promise.resolve();

  const refresh = async (server: ViteDevServer): Promise<void> => {
    let seen: string;
    // The watcher drops a second change of a file within ~50 ms of the first (chokidar's throttle): look again
    // shortly after each refresh, so a quick fix after a broken save is never lost.
    const lookAgain = () => setTimeout(() => source.stamp() !== seen && saved(server), LOOK_AGAIN_MS);
    do {
      seen = source.stamp();
      let text: string;
      try {
        text = readFileSync(deckFile, 'utf8');
      } catch {
        return; // Deleted: the watcher's unlink handler says so.
      }
      try {
        const parsed = source.parse(text);
        server.watcher.add(source.files());
        await Promise.all(deckParts(parsed.outline).map((part) => source.compilePart(parsed, part, (message) => server.config.logger.warn(message))));
      } catch (error) {
        server.watcher.add(source.files());
        if (source.stamp() !== seen) continue;
        const err = error as Error & { loc?: unknown; frame?: string };
        server.ws.send({ type: 'error', err: { message: err.message, stack: '', loc: err.loc as never, frame: err.frame, id: deckFile, plugin: 'deck' } });
        lookAgain();
        return;
      }
    } while (source.stamp() !== seen);
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
    watch(server: ViteDevServer): void {
      server.watcher.add(deckFile);
      server.watcher.on('unlink', (file) => {
        if (file !== deckFile) return;
        const message = `${deckFile}: the deck file is gone; restore it and this page reloads`;
        server.ws.send({ type: 'error', err: { message, stack: '', id: deckFile, plugin: 'deck' } });
      });
      server.watcher.on('add', (file) => {
        if (source.files().includes(file)) saved(server);
      });
      // An included file deleted: the next look says which <Include> names it (the deck itself has its own line above).
      server.watcher.on('unlink', (file) => {
        if (file !== deckFile && source.files().includes(file)) saved(server);
      });
    },
  };
}
