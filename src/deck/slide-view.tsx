import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { Deck } from './deck-types.ts';
import { SlideContent } from './slide-content.tsx';
import { StepContext } from '../frame/step-context.ts';
import { SlidePlaceContext } from '../frame/slide-place.ts';
import { useHiddenMedia } from './use-hidden-media.ts';
import { SlideErrorBoundary } from '../frame/slide-error-boundary.tsx';
import { ChromeSlotContext } from '../mdx/chrome-slot.ts';
import { DEFAULT_LAYOUT } from '../mdx/builtins/layout-types.ts';

interface SlideViewProps {
  deck: Deck;
  /** 1-based slide number. */
  slide: number;
  /** Steps revealed; `Infinity` for fully built. */
  revealed: number;
  /** Shown to the audience (others stay mounted but hidden, ready to flip in). */
  current?: boolean;
  /** Mounted by a view that navigates (audience, presenter): the slide's components may claim steps and move it. */
  live?: boolean;
  className?: string;
  /** What lies over the frame, in its pixels: the pen's strokes and the laser pointer on the slide shown. */
  children?: ReactNode;
}

/** One slide: a labelled region holding a fixed 1280×720 frame with the deck's header, the content and the footer. */
export const SlideView = memo(function SlideView({ deck, slide, revealed, current = true, live = false, className = '', children }: SlideViewProps) {
  const section = useRef<HTMLElement>(null);
  const place = useMemo(() => ({ slide, current, live }), [slide, current, live]);
  useHiddenMedia(section, current);
  const entry = deck.slides[slide - 1];
  if (!entry) return null;
  const { Chrome } = deck;
  return (
    <section
      ref={section}
      className={`slide ${current ? 'slide-current' : 'slide-hidden'} ${className}`.trim()}
      data-slide-index={slide}
      data-layout={entry.layout ?? DEFAULT_LAYOUT}
      aria-roledescription="slide"
      aria-label={`${slide} of ${deck.slides.length}: ${entry.title}`}
      aria-hidden={current ? undefined : true}
      inert={!current}
    >
      <div className="frame">
        <ChromeSlotContext.Provider value="header">
          <Chrome />
        </ChromeSlotContext.Provider>
        <div className="slide-body">
          <SlideErrorBoundary slide={slide}>
            <SlidePlaceContext.Provider value={place}>
              <StepContext.Provider value={revealed}>
                <SlideContent load={entry.body} />
              </StepContext.Provider>
            </SlidePlaceContext.Provider>
          </SlideErrorBoundary>
        </div>
        <ChromeSlotContext.Provider value="footer">
          <Chrome />
        </ChromeSlotContext.Provider>
        {children}
      </div>
    </section>
  );
});
