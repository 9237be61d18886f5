import type { Diagram, DiagramOverlay } from './diagram-types.ts';

/** The label a band shows: the seed writes role counts as "(2) Data Engineer". */
export function overlayText(overlay: DiagramOverlay): string {
  return overlay.count === undefined ? overlay.label : `(${overlay.count}) ${overlay.label}`;
}

/** A band's first and last layer, as indices in the flow. */
export function spanIndices(diagram: Diagram, overlay: DiagramOverlay): [number, number] {
  const from = diagram.layers.findIndex((layer) => layer.id === overlay.from);
  const to = diagram.layers.findIndex((layer) => layer.id === overlay.to);
  if (from < 0 || to < from) throw new Error(`overlay ${overlay.id} spans unknown or reversed layers ${overlay.from}…${overlay.to}`);
  return [from, to];
}

/** Puts each band (its span of layer indices) in the first row where it shares no layer with another band. */
export function assignRows(spans: readonly (readonly [number, number])[]): number[] {
  const rows: (readonly [number, number])[][] = [];
  return spans.map((span) => {
    let row = rows.findIndex((taken) => taken.every(([from, to]) => span[1] < from || span[0] > to));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push(span);
    return row;
  });
}
