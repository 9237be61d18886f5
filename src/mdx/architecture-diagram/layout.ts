import type { Diagram, ItemKind } from './diagram-types.ts';
import { METRICS, textBox, type Box, type TextBox } from './boxes.ts';
import { sizeBands, stackBands, type OverlayBox } from './bands.ts';

/** One item box inside a layer. */
export interface ItemBox extends TextBox {
  kind: ItemKind;
}

/** One layer column: its frame, title strip and stacked items. */
export interface LayerBox extends Box {
  id: string;
  index: number;
  title: TextBox;
  items: ItemBox[];
  highlighted: boolean;
}

/** The flow arrow from layer `from` to the next one. */
export interface ArrowLine {
  from: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Everything the view needs to draw a diagram; no measuring happens in the browser. */
export interface DiagramLayout {
  width: number;
  height: number;
  layers: LayerBox[];
  overlays: OverlayBox[];
  arrows: ArrowLine[];
}

/** Layout knobs: the width available (the slide body is 1136px wide) and an overlay id to emphasise. */
export interface LayoutOptions {
  width?: number;
  highlight?: string;
}

type Column = { box: Omit<LayerBox, 'h' | 'highlighted'>; contentH: number };

function titleBox(title: string, x: number, y: number, w: number): TextBox {
  const m = METRICS;
  return textBox(title, x + m.layerPad, y + m.layerPad, w - 2 * m.layerPad, m.titleInsetX, m.titlePadY, m.titleFont, true);
}

/** Stacks one layer's items under a title strip of `titleH` (the same in every column, so items line up). */
function layoutColumn(diagram: Diagram, index: number, x: number, y: number, w: number, titleH: number): Column {
  const layer = diagram.layers[index]!;
  const m = METRICS;
  const title = { ...titleBox(layer.title, x, y, w), h: titleH };
  let cursor = title.y + title.h + m.itemGap;
  const items = layer.items.map((item): ItemBox => {
    const box = textBox(item.label, title.x, cursor, title.w, m.itemInsetX, m.itemPadY, m.itemFont, item.kind === 'tool');
    cursor += box.h + m.itemGap;
    return { ...box, kind: item.kind ?? 'plain' };
  });
  return { box: { id: layer.id, index, x, y, w, title, items }, contentH: cursor - m.itemGap + m.layerPad - y };
}

/** Lays a diagram out left to right: equal columns, arrows between them, role bands above and below. */
export function layoutDiagram(diagram: Diagram, options: LayoutOptions = {}): DiagramLayout {
  const m = METRICS;
  const width = options.width ?? 1136;
  const count = diagram.layers.length;
  const colW = (width - m.gapX * (count - 1)) / count;
  const colX = (index: number) => index * (colW + m.gapX);
  const overlays = sizeBands(diagram, colX, colW, options.highlight);

  const layersTop = stackBands(overlays, 'top', 0);
  const titleH = Math.max(...diagram.layers.map((layer, index) => titleBox(layer.title, colX(index), layersTop, colW).h));
  const columns = diagram.layers.map((_, index) => layoutColumn(diagram, index, colX(index), layersTop, colW, titleH));
  const layersH = Math.max(...columns.map((column) => column.contentH));
  const lit = (index: number) => overlays.some((band) => band.highlighted && band.from <= index && index <= band.to);
  const layers = columns.map(({ box }): LayerBox => ({ ...box, h: layersH, highlighted: lit(box.index) }));
  const bottom = stackBands(overlays, 'bottom', layersTop + layersH + m.bandGap);
  const hasBottom = overlays.some((band) => band.position === 'bottom');

  const arrowY = layersTop + layersH / 2;
  const arrows = layers
    .slice(0, -1)
    .map((layer): ArrowLine => ({ from: layer.index, x1: layer.x + layer.w + 3, y1: arrowY, x2: layer.x + layer.w + m.gapX - 3, y2: arrowY }));

  return { width, height: hasBottom ? bottom - m.bandGap : layersTop + layersH, layers, overlays, arrows };
}
