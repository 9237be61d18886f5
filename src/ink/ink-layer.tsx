import { memo, useEffect, useRef } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../frame/slide-size.ts';
import { strokesOn } from './drawings.ts';
import { useInkSession, useInkState } from './ink-context.ts';
import type { InkSession } from './ink-session.ts';
import { listenPointer } from './pointer-input.ts';
import { inkOf, type Page, type Stroke } from './stroke.ts';
import { strokePath } from './stroke-path.ts';
import './ink.css';

const StrokeMark = memo(function StrokeMark({ stroke }: { stroke: Stroke }) {
  const ink = inkOf(stroke.ink);
  return <path data-stroke data-ink={ink.name} d={strokePath(stroke.points)} stroke={ink.color} strokeWidth={ink.width} strokeOpacity={ink.opacity} />;
});

function Layer({ session, page }: { session: InkSession; page: Page }) {
  const { tool, drawings, pointer } = useInkState(session);
  const layer = useRef<HTMLDivElement>(null);
  const { slide, step } = page;
  useEffect(() => {
    if (!tool || !layer.current) return;
    return listenPointer(layer.current, session, tool, { slide, step });
  }, [session, tool, slide, step]);
  const strokes = strokesOn(drawings, page);
  const shown = pointer && pointer.page.slide === slide && pointer.page.step === step ? pointer : null;
  // Nothing over the slide while there is nothing to draw or take: a layer on top hides the slide's text from
  // contrast checkers (axe cannot tell the background through it).
  if (!tool && !strokes.length && !shown) return null;
  return (
    <div ref={layer} className="ink-layer" data-tool={tool ?? undefined} aria-hidden="true">
      <svg className="ink-drawing" data-drawing viewBox={`0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}`} width={SLIDE_WIDTH} height={SLIDE_HEIGHT}>
        {strokes.map((stroke) => (
          <StrokeMark key={stroke.id} stroke={stroke} />
        ))}
      </svg>
      {shown && (
        <div
          className="ink-pointer"
          data-pointer
          data-x={shown.x}
          data-y={shown.y}
          data-fading={shown.fading || undefined}
          style={{ transform: `translate(${shown.x}px, ${shown.y}px)` }}
        />
      )}
    </div>
  );
}

/** The pen's strokes and the laser pointer over one slide's frame, in slide pixels; takes the pointer while a tool is on. */
export function InkLayer({ page }: { page: Page }) {
  const session = useInkSession();
  return session ? <Layer session={session} page={page} /> : null;
}
