import type { Diagram, DiagramOverlay } from './diagram-types.ts';
import { METRICS, textBox, type TextBox } from './boxes.ts';

/** A band over layers `from`…`to` (indices). */
export interface OverlayBox extends TextBox {
  id: string;
  from: number;
  to: number;
  position: DiagramOverlay['position'];
  highlighted: boolean;
  dimmed: boolean;
}

/** The label a band shows: the seed writes role counts as "(2) Data Engineer". */
export function overlayText(overlay: DiagramOverlay): string {
  return overlay.count === undefined ? overlay.label : `(${overlay.count}) ${overlay.label}`;
}

function spanIndices(diagram: Diagram, overlay: DiagramOverlay): [number, number] {
  const from = diagram.layers.findIndex((layer) => layer.id === overlay.from);
  const to = diagram.layers.findIndex((layer) => layer.id === overlay.to);
  if (from < 0 || to < from) throw new Error(`overlay ${overlay.id} spans unknown or reversed layers ${overlay.from}…${overlay.to}`);
  return [from, to];
}

/** Sizes each band to the columns it spans (`colX` gives a column's left edge); rows are placed by `stackBands`. */
export function sizeBands(diagram: Diagram, colX: (index: number) => number, colW: number, highlight?: string): OverlayBox[] {
  return (diagram.overlays ?? []).map((overlay) => {
    const [from, to] = spanIndices(diagram, overlay);
    const x = colX(from);
    const box = textBox(overlayText(overlay), x, 0, colX(to) + colW - x, METRICS.bandInsetX, METRICS.bandPadY, METRICS.overlayFont, true);
    const highlighted = overlay.id === highlight;
    return { ...box, id: overlay.id, from, to, position: overlay.position, highlighted, dimmed: highlight !== undefined && !highlighted };
  });
}

/** Puts each band in the first row where it does not share a layer with another band. */
function assignRows(bands: readonly OverlayBox[]): number[] {
  const rows: OverlayBox[][] = [];
  return bands.map((band) => {
    let row = rows.findIndex((taken) => taken.every((other) => band.to < other.from || band.from > other.to));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push(band);
    return row;
  });
}

/** Stacks the bands on one side (`position`) in rows from `top` down, equalising heights per row; returns the y after them. */
export function stackBands(bands: readonly OverlayBox[], position: DiagramOverlay['position'], top: number): number {
  const members = bands.filter((band) => band.position === position);
  const rows = assignRows(members);
  let y = top;
  for (let row = 0; row <= Math.max(-1, ...rows); row++) {
    const inRow = members.filter((_, index) => rows[index] === row);
    const h = Math.max(...inRow.map((band) => band.h));
    for (const band of inRow) Object.assign(band, { y, h });
    y += h + METRICS.bandGap;
  }
  return y;
}
