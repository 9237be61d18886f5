import { useMemo, type CSSProperties } from 'react';
import { useRevealedSteps } from '../../frame/step-context.ts';
import { diagrams, isDiagramName } from './diagrams.ts';
import { layoutDiagram } from './layout.ts';
import { describeDiagram } from './describe.ts';
import { DiagramGlyph } from './glyph.tsx';
import './architecture-diagram.css';

/** What MDX passes to `<ArchitectureDiagram … />`. */
export interface ArchitectureDiagramProps {
  /** A key of `diagrams` (e.g. "modernDataStack"). */
  diagram: string;
  /** Overlay id to emphasise (e.g. "dataEngineer"). */
  highlight?: string;
  /** Steps this diagram claims on its slide (literal attribute, counted at compile time). */
  steps?: number;
  /** Set by the compiler: steps revealed on the slide before this diagram. */
  stepOffset?: string | number;
  /** What the steps reveal: layers left to right (then bands), or only the bands. */
  reveal?: 'layers' | 'overlays';
}

const hidden: CSSProperties = { visibility: 'hidden' };

/** A left-to-right architecture drawn from typed data as a CSS grid the browser lays out in the real font. */
export default function ArchitectureDiagramView({ diagram, highlight, steps, stepOffset = 0, reveal = 'layers' }: ArchitectureDiagramProps) {
  if (!isDiagramName(diagram)) throw new Error(`Unknown diagram "${diagram}"`);
  const data = diagrams[diagram];
  const grid = useMemo(() => layoutDiagram(data, { highlight }), [data, highlight]);
  const revealed = useRevealedSteps();
  const layerUnits = reveal === 'layers' ? grid.layers.length : 0;
  // Each layer (then each band) is one unit; with fewer steps than units the rest arrive together on the last step.
  const shown = (unit: number) => steps === undefined || revealed > Number(stepOffset) + Math.min(unit, steps - 1);
  const layerShown = (index: number) => reveal !== 'layers' || shown(index);
  const canvas: CSSProperties = {
    gridTemplateColumns: grid.columns.map((track) => (track === 'layer' ? 'minmax(min-content, 1fr)' : 'var(--arch-arrow)')).join(' '),
    gridTemplateRows: Array.from({ length: grid.rows }, (_, row) => (row + 1 === grid.titleRow + 1 ? '1fr' : 'auto')).join(' '),
  };

  return (
    <figure className={`arch arch-${data.tone}`} data-diagram={diagram}>
      <div className="arch-canvas" aria-hidden="true" style={canvas}>
        {grid.layers.map((cell) => {
          const layer = data.layers[cell.index]!;
          return (
            <div
              key={cell.id}
              className={`arch-layer${cell.highlighted ? ' arch-lit' : ''}`}
              data-layer={cell.id}
              style={{ gridColumn: cell.column, gridRow: `${cell.row} / span 2`, ...(layerShown(cell.index) ? undefined : hidden) }}
            >
              <div className="arch-title" data-layer-title="">
                {layer.glyph && <DiagramGlyph glyph={layer.glyph} />}
                <span>{layer.title}</span>
              </div>
              <div className="arch-items">
                {layer.items.map((item, index) => (
                  <div key={index} className={`arch-item arch-${item.kind ?? 'plain'}`} data-layer-item="">
                    {item.label}
                  </div>
                ))}
              </div>
            </div>
          );
        })}
        {grid.arrows.map((arrow) => (
          <svg
            key={arrow.from}
            className="arch-arrow"
            viewBox="0 0 48 32"
            style={{ gridColumn: arrow.column, gridRow: arrow.row, ...(layerShown(arrow.from + 1) ? undefined : hidden) }}
          >
            <path d="M6 16H38 M28 6L40 16L28 26" />
          </svg>
        ))}
        {grid.bands.map((band, index) => (
          <div
            key={band.id}
            className={`arch-band arch-band-${band.position}${band.highlighted ? ' arch-band-lit' : ''}${band.dimmed ? ' arch-band-dim' : ''}`}
            style={{ gridColumn: `${band.columns.start} / ${band.columns.end}`, gridRow: band.row, ...(shown(layerUnits + index) ? undefined : hidden) }}
          >
            {band.text}
          </div>
        ))}
      </div>
      <figcaption className="sr-only">{describeDiagram(data)}</figcaption>
    </figure>
  );
}
