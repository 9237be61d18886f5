import type { Diagram, DiagramOverlay } from './diagram-types.ts';
import { assignRows, overlayText, spanIndices } from './bands.ts';

/** A CSS grid line span: `start` inclusive, `end` exclusive (as `grid-column: start / end`). */
export interface GridSpan {
  start: number;
  end: number;
}

/** Where one layer sits: its column, and the two rows it spans (title, items) as a subgrid. */
export interface LayerCell {
  id: string;
  index: number;
  column: number;
  row: number;
  highlighted: boolean;
}

/** The flow arrow after layer `from`, in its own narrow column beside the items. */
export interface ArrowCell {
  from: number;
  column: number;
  row: number;
}

/** A band (role, orchestrator) across the columns of the layers it spans, in a row above or below them. */
export interface BandCell {
  id: string;
  text: string;
  from: number;
  to: number;
  position: DiagramOverlay['position'];
  columns: GridSpan;
  row: number;
  highlighted: boolean;
  dimmed: boolean;
}

/**
 * A diagram as grid placements. The browser sizes everything with the real font: layer columns share the width
 * equally but never narrow below their longest word, one title row is shared by all layers, items are as tall as
 * their lines; arrows sit in fixed columns between layers. Nothing here guesses a text width.
 */
export interface DiagramGrid {
  /** Tracks of `grid-template-columns`: a layer's track, or the fixed arrow track between two. */
  columns: ('layer' | 'arrow')[];
  rows: number;
  titleRow: number;
  layers: LayerCell[];
  arrows: ArrowCell[];
  bands: BandCell[];
}

/** Grid placement of a diagram, left to right; `highlight` is a band id to emphasise (its layers light up too). */
export function layoutDiagram(diagram: Diagram, options: { highlight?: string } = {}): DiagramGrid {
  const count = diagram.layers.length;
  const column = (index: number) => 2 * index + 1;
  const overlays = diagram.overlays ?? [];
  const spans = overlays.map((overlay) => spanIndices(diagram, overlay));
  const side = (position: DiagramOverlay['position']) =>
    overlays.map((overlay, index) => ({ overlay, index })).filter(({ overlay }) => overlay.position === position);
  const top = side('top');
  const bottom = side('bottom');
  const topRows = assignRows(top.map(({ index }) => spans[index]!));
  const bottomRows = assignRows(bottom.map(({ index }) => spans[index]!));
  const topCount = topRows.length ? Math.max(...topRows) + 1 : 0;
  const bottomCount = bottomRows.length ? Math.max(...bottomRows) + 1 : 0;
  const titleRow = topCount + 1;
  const rowOf = new Map<number, number>([
    ...top.map(({ index }, n): [number, number] => [index, topRows[n]! + 1]),
    ...bottom.map(({ index }, n): [number, number] => [index, titleRow + 2 + bottomRows[n]!]),
  ]);

  const bands = overlays.map((overlay, index): BandCell => {
    const [from, to] = spans[index]!;
    const highlighted = overlay.id === options.highlight;
    return {
      id: overlay.id,
      text: overlayText(overlay),
      from,
      to,
      position: overlay.position,
      columns: { start: column(from), end: column(to) + 1 },
      row: rowOf.get(index)!,
      highlighted,
      dimmed: options.highlight !== undefined && !highlighted,
    };
  });
  const lit = (index: number) => bands.some((band) => band.highlighted && band.from <= index && index <= band.to);
  return {
    columns: Array.from({ length: 2 * count - 1 }, (_, track) => (track % 2 === 0 ? 'layer' : 'arrow')),
    rows: titleRow + 1 + bottomCount,
    titleRow,
    layers: diagram.layers.map((layer, index) => ({ id: layer.id, index, column: column(index), row: titleRow, highlighted: lit(index) })),
    arrows: diagram.layers.slice(0, -1).map((_, index) => ({ from: index, column: column(index) + 1, row: titleRow + 1 })),
    bands,
  };
}
