import type { Plugin } from 'vite';

/** What the bundler knows of a module: enough to walk the static import graph. */
interface ModuleNode {
  isEntry: boolean;
  importedIds: readonly string[];
}

/**
 * The modules the entries load through static imports, without the entries and the modules they import directly
 * (those stay in the entry chunk, the one the page's script tag names).
 */
export function startModules(entries: readonly string[], moduleInfo: (id: string) => ModuleNode | null): Set<string> {
  const direct = new Set(entries.flatMap((entry) => moduleInfo(entry)?.importedIds ?? []));
  const reached = new Set<string>();
  const stack = [...direct];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    stack.push(...(moduleInfo(id)?.importedIds ?? []));
  }
  for (const id of [...entries, ...direct]) reached.delete(id);
  return reached;
}

/**
 * One chunk for all the entry loads at start (React, the app, the audience view). By default the bundler splits off
 * each module that lazy chunks share with the entry: a dozen small chunks, ~2.4 KB gzip more than one, all fetched
 * at start anyway. Lazy chunks import what they share from this one. For client builds (see `deckOutputPlugins`).
 */
export function startChunk(): Plugin {
  const entries: string[] = [];
  let start: Set<string> | undefined;
  return {
    name: 'deck:start-chunk',
    buildStart() {
      entries.length = 0;
      start = undefined;
    },
    moduleParsed(info) {
      if (info.isEntry) entries.push(info.id);
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              debugName: 'start',
              name: (id, context) => ((start ??= startModules(entries, (module) => context.getModuleInfo(module))).has(id) ? 'start' : null),
            },
          ],
        },
      };
    },
  };
}
