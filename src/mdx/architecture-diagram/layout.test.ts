import { describe, expect, it } from 'vitest';
import { diagrams, type DiagramName } from './diagrams.ts';
import { layoutDiagram } from './layout.ts';
import { METRICS, type Box, type TextBox } from './boxes.ts';
import { MIN_FONT_SIZE, textWidth } from './text-metrics.ts';
import { describeDiagram } from './describe.ts';

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
const names = Object.keys(diagrams) as DiagramName[];

/** Every word must fit on a line of the box's text width, or the browser would overflow it. */
function wordsFit(box: TextBox, insetX: number, bold: boolean): boolean {
  return box.text.split(/\s+/).every((word) => textWidth(word, box.fontSize, bold) <= box.w - 2 * insetX);
}

describe('layoutDiagram', () => {
  it('places the five Modern Data Stack layers left to right in equal columns with arrows between', () => {
    const layout = layoutDiagram(diagrams.modernDataStack);
    expect(layout.layers.map((layer) => layer.title.text)).toEqual(['Source Layer', 'Data Processing', 'Storage', 'Science & Experimentation', 'Business']);
    const xs = layout.layers.map((layer) => layer.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(layout.layers.map((layer) => Math.round(layer.w))).size).toBe(1);
    expect(layout.layers.at(-1)!.x + layout.layers.at(-1)!.w).toBeCloseTo(1136);
    expect(layout.arrows).toHaveLength(4);
    for (const arrow of layout.arrows) {
      expect(arrow.x1).toBeGreaterThanOrEqual(layout.layers[arrow.from]!.x + layout.layers[arrow.from]!.w);
      expect(arrow.x2).toBeLessThanOrEqual(layout.layers[arrow.from + 1]!.x);
    }
  });

  it('spans each role band over the right layers', () => {
    const layout = layoutDiagram(diagrams.roles);
    const span = (id: string) => {
      const band = layout.overlays.find((overlay) => overlay.id === id)!;
      return { layers: layout.layers.slice(band.from, band.to + 1).map((layer) => layer.id), band };
    };
    expect(span('productManager').layers).toEqual(['source', 'processing', 'storage', 'science', 'business']);
    expect(span('dataEngineer').layers).toEqual(['source', 'processing', 'storage']);
    expect(span('mlDataScientist').layers).toEqual(['science']);
    expect(span('biEngineer').layers).toEqual(['business']);
    const de = span('dataEngineer').band;
    expect(de.x).toBe(layout.layers[0]!.x);
    expect(de.x + de.w).toBeCloseTo(layout.layers[2]!.x + layout.layers[2]!.w);
    expect(span('productManager').band.y + span('productManager').band.h).toBeLessThanOrEqual(layout.layers[0]!.y);
    expect(de.y).toBeGreaterThanOrEqual(layout.layers[0]!.y + layout.layers[0]!.h);
    expect(layout.overlays.map((band) => band.text)).toContain('(3) ML Engineer / Data Scientist');
  });

  it('lights up the Data Engineer band and its three layers only', () => {
    const layout = layoutDiagram(diagrams.roles, { highlight: 'dataEngineer' });
    expect(layout.layers.filter((layer) => layer.highlighted).map((layer) => layer.id)).toEqual(['source', 'processing', 'storage']);
    expect(layout.overlays.filter((band) => band.highlighted).map((band) => band.id)).toEqual(['dataEngineer']);
    expect(layout.overlays.filter((band) => band.dimmed)).toHaveLength(3);
  });

  it('rejects a band over a layer that does not exist', () => {
    const broken = { ...diagrams.roles, overlays: [{ id: 'x', label: 'X', from: 'storage', to: 'nowhere', position: 'top' as const }] };
    expect(() => layoutDiagram(broken)).toThrow(/unknown or reversed/);
  });

  describe.each(names)('%s', (name) => {
    const layout = layoutDiagram(diagrams[name]);

    it('keeps layers and bands apart and items inside their layer without overlaps', () => {
      const blocks: Box[] = [...layout.layers, ...layout.overlays];
      blocks.forEach((a, i) => blocks.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      for (const layer of layout.layers) {
        const parts: Box[] = [layer.title, ...layer.items];
        parts.forEach((part) => expect(inside(part, layer)).toBe(true));
        parts.forEach((a, i) => parts.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      }
    });

    it('uses text of at least 18px whose words fit their boxes', () => {
      for (const layer of layout.layers) {
        expect(layer.title.fontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
        expect(wordsFit(layer.title, METRICS.titleInsetX, true)).toBe(true);
        for (const item of layer.items) {
          expect(item.fontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
          expect(wordsFit(item, METRICS.itemInsetX, item.kind === 'tool')).toBe(true);
        }
      }
      for (const band of layout.overlays) {
        expect(band.fontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
        expect(wordsFit(band, METRICS.bandInsetX, true)).toBe(true);
      }
    });

    it('fits under a slide heading (≤ 480px tall, 1136px wide)', () => {
      expect(layout.height).toBeLessThanOrEqual(480);
      expect(layout.width).toBe(1136);
    });

    it('has a text alternative naming every layer and item', () => {
      const text = describeDiagram(diagrams[name]);
      for (const layer of diagrams[name].layers) {
        expect(text).toContain(layer.title);
        for (const item of layer.items) if (item.kind !== 'unknown') expect(text).toContain(item.label);
      }
    });
  });
});
