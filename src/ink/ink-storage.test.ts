import { describe, expect, it } from 'vitest';
import { putStroke, type Drawings } from './drawings.ts';
import { storageKey } from './ink-context.ts';
import { loadDrawings, saveDrawings } from './ink-storage.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('stroke storage', () => {
  it('round-trips the session’s strokes, keyed by deck', () => {
    const store = memoryStore();
    let drawings: Drawings = putStroke({}, { slide: 2, step: 1 }, { id: 'a', ink: 'green', points: [1, 2, 3, 4] });
    drawings = putStroke(drawings, { slide: 5, step: 0 }, { id: 'b', ink: 'highlighter', points: [10, 20] });
    saveDrawings('talk', drawings, store);
    expect(loadDrawings('talk', store)).toEqual(drawings);
    expect(loadDrawings('other', store)).toEqual({});
    expect([...store.items.keys()]).toEqual([storageKey('talk')]);
  });

  it('forgets the deck’s entry when nothing is drawn', () => {
    const store = memoryStore({ [storageKey('talk')]: '[]' });
    saveDrawings('talk', {}, store);
    expect(store.items.size).toBe(0);
  });

  it('reads junk, bad pages and bad strokes as nothing, keeping the good pages', () => {
    const good = { page: { slide: 1, step: 0 }, strokes: [{ id: 'a', ink: 'red', points: [1, 1] }] };
    const saved = [
      good,
      { page: { slide: 0, step: 0 }, strokes: [] },
      { page: { slide: 2, step: 0 }, strokes: [{ id: 'b', ink: 'red', points: [9999, 1] }] },
      null,
    ];
    expect(Object.keys(loadDrawings('talk', memoryStore({ [storageKey('talk')]: JSON.stringify(saved) })))).toEqual(['1/0']);
    for (const junk of ['{', '{"a":1}', '42', 'null']) expect(loadDrawings('talk', memoryStore({ [storageKey('talk')]: junk }))).toEqual({});
    expect(loadDrawings('talk', null)).toEqual({});
  });

  it('keeps drawing when the storage is full', () => {
    const store = {
      ...memoryStore(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => saveDrawings('talk', putStroke({}, { slide: 1, step: 0 }, { id: 'a', ink: 'red', points: [1, 1] }), store)).not.toThrow();
  });
});
