import { describe, expect, it } from 'vitest';
import { diagrams, type DiagramName } from './diagrams.ts';
import { layoutDiagram } from './layout.ts';
import { describeDiagram } from './describe.ts';

const names = Object.keys(diagrams) as DiagramName[];

describe('layoutDiagram', () => {
  it('places the five Modern Data Stack layers left to right with an arrow column between each pair', () => {
    const grid = layoutDiagram(diagrams.modernDataStack);
    expect(grid.columns).toEqual(['layer', 'arrow', 'layer', 'arrow', 'layer', 'arrow', 'layer', 'arrow', 'layer']);
    expect(grid.layers.map((layer) => layer.column)).toEqual([1, 3, 5, 7, 9]);
    expect(grid.arrows.map((arrow) => [arrow.from, arrow.column])).toEqual([
      [0, 2],
      [1, 4],
      [2, 6],
      [3, 8],
    ]);
    expect(grid.titleRow).toBe(1);
    expect(grid.rows).toBe(2);
    expect(new Set(grid.arrows.map((arrow) => arrow.row))).toEqual(new Set([grid.titleRow + 1]));
  });

  it('spans each role band over the right layers, the product manager above and the rest below in one row', () => {
    const grid = layoutDiagram(diagrams.roles);
    const band = (id: string) => grid.bands.find((each) => each.id === id)!;
    expect(band('productManager').columns).toEqual({ start: 1, end: 10 });
    expect(band('dataEngineer').columns).toEqual({ start: 1, end: 6 });
    expect(band('mlDataScientist').columns).toEqual({ start: 7, end: 8 });
    expect(band('biEngineer').columns).toEqual({ start: 9, end: 10 });
    expect(band('productManager').row).toBe(1);
    expect(grid.titleRow).toBe(2);
    expect(new Set(['dataEngineer', 'mlDataScientist', 'biEngineer'].map((id) => band(id).row))).toEqual(new Set([4]));
    expect(grid.rows).toBe(4);
    expect(band('mlDataScientist').text).toBe('(3) ML Engineer / Data Scientist');
  });

  it('stacks overlapping bands on one side into separate rows', () => {
    const overlays = [
      { id: 'a', label: 'A', from: 'source', to: 'storage', position: 'bottom' as const },
      { id: 'b', label: 'B', from: 'storage', to: 'business', position: 'bottom' as const },
    ];
    const grid = layoutDiagram({ ...diagrams.modernDataStack, overlays });
    expect(grid.bands.map((band) => band.row)).toEqual([3, 4]);
    expect(grid.rows).toBe(4);
  });

  it('lights up the Data Engineer band and its three layers only', () => {
    const grid = layoutDiagram(diagrams.roles, { highlight: 'dataEngineer' });
    expect(grid.layers.filter((layer) => layer.highlighted).map((layer) => layer.id)).toEqual(['source', 'processing', 'storage']);
    expect(grid.bands.filter((band) => band.highlighted).map((band) => band.id)).toEqual(['dataEngineer']);
    expect(grid.bands.filter((band) => band.dimmed)).toHaveLength(3);
  });

  it('rejects a band over a layer that does not exist', () => {
    const broken = { ...diagrams.roles, overlays: [{ id: 'x', label: 'X', from: 'storage', to: 'nowhere', position: 'top' as const }] };
    expect(() => layoutDiagram(broken)).toThrow(/unknown or reversed/);
  });

  it.each(names)('%s has a text alternative naming every layer and item', (name) => {
    const text = describeDiagram(diagrams[name]);
    for (const layer of diagrams[name].layers) {
      expect(text).toContain(layer.title);
      for (const item of layer.items) if (item.kind !== 'unknown') expect(text).toContain(item.label);
    }
  });
});
