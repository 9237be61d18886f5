import { memo, useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Deck } from '../../deck/deck-types.ts';
import { SlideView } from '../../deck/slide-view.tsx';
import { SLIDE_WIDTH } from '../../frame/slide-size.ts';
import { moveFocus } from './overview-grid.ts';
import { useGridColumns } from './use-grid-columns.ts';
import { useOnScreen } from './use-on-screen.ts';
import type { ViewProps } from '../view-props.ts';
import '../ui-colors.css';
import './overview.css';

interface ThumbnailProps {
  deck: Deck;
  slide: number;
  onScreen: boolean;
  current: boolean;
  focusable: boolean;
  onOpen: (slide: number) => void;
  onFocusSlide: (slide: number) => void;
}

/** One slide: its picture (rendered only while on screen) under a button that covers it, named "Slide N: title". */
const Thumbnail = memo(function Thumbnail({ deck, slide, onScreen, current, focusable, onOpen, onFocusSlide }: ThumbnailProps) {
  const title = deck.slides[slide - 1]?.title ?? '';
  return (
    <li className="overview-item" data-thumb={slide} data-current={current || undefined}>
      <span className="thumb-frame" aria-hidden="true">
        {onScreen && <SlideView deck={deck} slide={slide} revealed={Number.POSITIVE_INFINITY} current={false} className="slide-thumb" />}
        <span className="thumb-number">{slide}</span>
      </span>
      <button
        type="button"
        className="thumb"
        aria-label={`Slide ${slide}: ${title}`}
        aria-current={current ? 'true' : undefined}
        tabIndex={focusable ? 0 : -1}
        onClick={() => onOpen(slide)}
        onFocus={() => onFocusSlide(slide)}
      >
        {title}
      </button>
    </li>
  );
});

/** Every slide as a grid of thumbnails: arrows move focus, Enter or a click opens that slide in this window's main view. */
export default function OverviewView({ deck, position, move, setMode, home }: ViewProps) {
  const grid = useRef<HTMLOListElement>(null);
  const total = deck.slides.length;
  const { columns, thumbWidth } = useGridColumns(grid);
  const onScreen = useOnScreen(grid, total);
  const [focused, setFocused] = useState(position.slide);

  const buttonFor = (slide: number) => grid.current?.querySelector<HTMLButtonElement>(`[data-thumb="${slide}"] > button`);

  useEffect(() => {
    const button = buttonFor(position.slide);
    button?.focus({ preventScroll: true });
    button?.scrollIntoView({ block: 'center' });
    // Only on opening: later moves from other windows must not steal focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately the slide at opening, not later ones
  }, []);

  const open = useCallback(
    (slide: number) => {
      move({ type: 'goto', slide });
      setMode(home);
    },
    [move, setMode, home],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = moveFocus(event.key, focused - 1, columns, total);
    if (target === null) return;
    event.preventDefault();
    setFocused(target + 1);
    buttonFor(target + 1)?.focus();
  };

  const style = { '--thumb-scale': thumbWidth / SLIDE_WIDTH, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` } as CSSProperties;

  return (
    <main className="overview">
      <header className="overview-bar">
        <h1 className="overview-title">{deck.meta.title ?? 'Slides'}</h1>
        <p className="overview-hint">{total} slides · arrows move · Enter opens · Esc returns</p>
      </header>
      <ol className="overview-grid" ref={grid} style={style} onKeyDown={onKeyDown} aria-label="Slides">
        {deck.slides.map((_, index) => (
          <Thumbnail
            key={index}
            deck={deck}
            slide={index + 1}
            onScreen={onScreen.has(index + 1)}
            current={index + 1 === position.slide}
            focusable={index + 1 === focused}
            onOpen={open}
            onFocusSlide={setFocused}
          />
        ))}
      </ol>
    </main>
  );
}
