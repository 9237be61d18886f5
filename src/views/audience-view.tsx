import { useRef, type MouseEvent } from 'react';
import { SlideView } from '../deck/slide-view.tsx';
import { useFitScale } from '../frame/use-fit-scale.ts';
import { useSwipe } from '../input/use-swipe.ts';

import type { ViewProps } from './view-props.ts';

/** Neighbours stay mounted (laid out, hidden) so a key press only flips visibility. */
const WINDOW = 1;

/** The projector view: the current slide scaled to fit, letterboxed; click thirds and swipes step. */
export function AudienceView({ deck, position, move, blank, setMode }: ViewProps) {
  const stage = useRef<HTMLDivElement>(null);
  useFitScale(stage);
  useSwipe(stage, move);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('a, button, input, select, textarea, summary')) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left) / box.width;
    if (x > 2 / 3) move({ type: 'next' });
    else if (x < 1 / 3) move({ type: 'prev' });
  };

  const first = Math.max(1, position.slide - WINDOW);
  const last = Math.min(deck.slides.length, position.slide + WINDOW);
  const mounted = Array.from({ length: last - first + 1 }, (_, index) => first + index);

  return (
    <main className="stage" ref={stage} onClick={onClick}>
      {mounted.map((slide) => (
        <SlideView
          key={slide}
          deck={deck}
          slide={slide}
          current={slide === position.slide}
          revealed={slide < position.slide ? Number.POSITIVE_INFINITY : slide > position.slide ? 0 : position.step}
        />
      ))}
      {blank && <div className="blank-screen" aria-label="Screen blanked" role="img" />}
      <button type="button" className="mode-switch" onClick={() => setMode('read')}>
        Reading view
      </button>
    </main>
  );
}
