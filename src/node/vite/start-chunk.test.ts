import { describe, expect, it } from 'vitest';
import { startModules } from './start-chunk.ts';

/** index.html → main.tsx → app (→ keymap), react; the presenter view is imported lazily and shares the keymap. */
const graph: Record<string, { isEntry: boolean; importedIds: string[] }> = {
  'index.html': { isEntry: true, importedIds: ['main.tsx'] },
  'main.tsx': { isEntry: false, importedIds: ['app.tsx', 'react'] },
  'app.tsx': { isEntry: false, importedIds: ['keymap.ts', 'react'] },
  'keymap.ts': { isEntry: false, importedIds: [] },
  react: { isEntry: false, importedIds: [] },
  'presenter-view.tsx': { isEntry: false, importedIds: ['keymap.ts', 'pacing.ts'] },
  'pacing.ts': { isEntry: false, importedIds: [] },
};
const moduleInfo = (id: string) => graph[id] ?? null;

describe('startModules', () => {
  it('gathers what the entry loads through static imports, shared or not', () => {
    expect([...startModules(['index.html'], moduleInfo)].sort()).toEqual(['app.tsx', 'keymap.ts', 'react']);
  });
  it('leaves the entry and what it names directly in the entry chunk, and lazy modules out', () => {
    const start = startModules(['index.html'], moduleInfo);
    for (const id of ['index.html', 'main.tsx', 'presenter-view.tsx', 'pacing.ts']) expect(start.has(id)).toBe(false);
  });
  it('survives import cycles', () => {
    const cyclic: typeof graph = { ...graph, 'keymap.ts': { isEntry: false, importedIds: ['app.tsx'] } };
    expect(startModules(['index.html'], (id) => cyclic[id] ?? null).has('keymap.ts')).toBe(true);
  });
});
