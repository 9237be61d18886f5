import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { SlideView } from '../../deck/slide-view.tsx';
import { useFitScale } from '../../frame/use-fit-scale.ts';
import { useSwipe } from '../../input/use-swipe.ts';
import { useIdleCursor } from './use-idle-cursor.ts';
import { mountedSlides, WINDOW } from './mounted-slides.ts';
import { useWarm } from '../../schedule/use-warm.ts';
import { useScheduledValue } from '../../schedule/use-scheduled-value.ts';
import { afterMove } from '../../schedule/after-move.ts';
import type { ViewProps } from '../view-props.ts';
import { InkLayerSlot, InkToolbarSlot } from '../../ink/ink-slots.tsx';
import { nextTrail, transitionAttributes, type SlideTrail } from '../../deck/slide-transition.ts';
// In this order: the print rules override the screen ones.
import '../../frame/centred-slide.css';
import './audience.css';
import './audience-print.css';
import './slide-transition.css';

/** The projector view: the current slide scaled to fit, letterboxed; click thirds and swipes step. */
export function AudienceView({ deck, position, move, blank, setMode }: ViewProps) {
  const stage = useRef<HTMLDivElement>(null);
  useFitScale(stage);
  useSwipe(stage, move);
  useIdleCursor(stage);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('a, button, input, select, textarea, summary')) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left) / box.width;
    if (x > 2 / 3) move({ type: 'next' });
    else if (x < 1 / 3) move({ type: 'prev' });
  };

  // The key press only flips which mounted slide shows; mounting the next neighbour, and building the hidden ones to
  // the step they would show at (the one just left: all its steps, for a press back), wait until that is painted.
  const settledAt = useScheduledValue(position, afterMove.mountNeighbour);
  const settled = settledAt.slide;
  const { slide: shownSlide, step: shownStep } = position;
  // One element per page, so a re-render for anything else (the blank screen) leaves the memoised slides alone.
  const ink = useMemo(() => <InkLayerSlot page={{ slide: shownSlide, step: shownStep }} />, [shownSlide, shownStep]);
  const mounted = mountedSlides(settled, position.slide, deck.slides.length, useWarm() ? WINDOW : 0);
  // The slide shown before this one, for a transition (none on first paint); adjusted during render, as React advises.
  const [trail, setTrail] = useState<SlideTrail>({ current: position.slide });
  if (nextTrail(trail, position.slide) !== trail) setTrail(nextTrail(trail, position.slide));
  const transition = transitionAttributes(deck.meta.transition ?? 'none', trail);
  const leaving = transition['data-transition'] ? trail.previous : undefined;

  return (
    <main className="stage" ref={stage} onClick={onClick} {...transition}>
      {mounted.map((slide) => (
        <SlideView
          key={slide}
          deck={deck}
          slide={slide}
          current={slide === position.slide}
          live
          className={slide === leaving ? 'slide-leaving' : undefined}
          revealed={slide === position.slide ? position.step : slide < settled ? Number.POSITIVE_INFINITY : slide > settled ? 0 : settledAt.step}
        >
          {slide === position.slide ? ink : null}
        </SlideView>
      ))}
      <InkToolbarSlot page={position} />
      {blank && <div className="blank-screen" aria-label="Screen blanked" role="img" />}
      <button type="button" className="mode-switch" onClick={() => setMode('read')}>
        Reading view
      </button>
    </main>
  );
}
