import { useMemo, type CSSProperties } from 'react';
import { useRevealedSteps } from '../../frame/step-context.ts';
import { diagrams, isDiagramName } from './diagrams.ts';
import { layoutDiagram } from './layout.ts';
import type { Box, TextBox } from './boxes.ts';
import { describeDiagram } from './describe.ts';
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

function place(box: Box, origin: Box = { x: 0, y: 0, w: 0, h: 0 }): CSSProperties {
  return { left: box.x - origin.x, top: box.y - origin.y, width: box.w, height: box.h };
}

function type(box: TextBox): CSSProperties {
  return { fontSize: box.fontSize, lineHeight: `${box.lineHeight}px` };
}

const hidden: CSSProperties = { visibility: 'hidden' };

/** A left-to-right architecture drawn from typed data, with real text and a spoken-flow caption. */
export default function ArchitectureDiagramView({ diagram, highlight, steps, stepOffset = 0, reveal = 'layers' }: ArchitectureDiagramProps) {
  if (!isDiagramName(diagram)) throw new Error(`Unknown diagram "${diagram}"`);
  const data = diagrams[diagram];
  const layout = useMemo(() => layoutDiagram(data, { highlight }), [data, highlight]);
  const revealed = useRevealedSteps();
  const layerUnits = reveal === 'layers' ? layout.layers.length : 0;
  // Each layer (then each band) is one unit; with fewer steps than units the rest arrive together on the last step.
  const shown = (unit: number) => steps === undefined || revealed > Number(stepOffset) + Math.min(unit, steps - 1);
  const layerShown = (index: number) => reveal !== 'layers' || shown(index);

  return (
    <figure className={`arch arch-${data.tone}`} style={{ width: layout.width }}>
      <div className="arch-canvas" aria-hidden="true" style={{ height: layout.height }}>
        <svg className="arch-arrows" width={layout.width} height={layout.height}>
          {layout.arrows.map((arrow) => (
            <g key={arrow.from} style={layerShown(arrow.from + 1) ? undefined : hidden}>
              <line x1={arrow.x1} y1={arrow.y1} x2={arrow.x2 - 8} y2={arrow.y2} />
              <polygon points={`${arrow.x2},${arrow.y2} ${arrow.x2 - 11},${arrow.y2 - 8} ${arrow.x2 - 11},${arrow.y2 + 8}`} />
            </g>
          ))}
        </svg>
        {layout.layers.map((layer) => (
          <div
            key={layer.id}
            className={`arch-layer${layer.highlighted ? ' arch-lit' : ''}`}
            style={{ ...place(layer), ...(layerShown(layer.index) ? undefined : hidden) }}
          >
            <div className="arch-title" style={{ ...place(layer.title, layer), ...type(layer.title) }}>
              {layer.title.text}
            </div>
            {layer.items.map((item, index) => (
              <div key={index} className={`arch-item arch-${item.kind}`} style={{ ...place(item, layer), ...type(item) }}>
                {item.text}
              </div>
            ))}
          </div>
        ))}
        {layout.overlays.map((band, index) => (
          <div
            key={band.id}
            className={`arch-band${band.highlighted ? ' arch-band-lit' : ''}${band.dimmed ? ' arch-band-dim' : ''}`}
            style={{ ...place(band), ...type(band), ...(shown(layerUnits + index) ? undefined : hidden) }}
          >
            {band.text}
          </div>
        ))}
      </div>
      <figcaption className="sr-only">{describeDiagram(data)}</figcaption>
    </figure>
  );
}
