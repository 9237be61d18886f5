import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Deck } from '../../deck/deck-types.ts';
import { SlideView } from '../../deck/slide-view.tsx';
import { SlideNotes } from '../../deck/slide-notes.tsx';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../frame/slide-size.ts';
import { handoutGrid, type HandoutSize } from '../../print/print-layout.ts';
import type { NotesReader } from '../../mdx/notes-context.ts';

interface SlideProps {
  deck: Deck;
  slide: number;
  revealed: number;
  /** A later step of a slide already printed: kept out of the PDF outline and tagged text. */
  repeat?: boolean;
}

/** A slide, fully mounted, whose title is a real heading (an invisible one when the slide has none) for the PDF outline. */
export function PrintedSlide({ deck, slide, revealed, repeat = false }: SlideProps) {
  const box = useRef<HTMLDivElement>(null);
  const [hasHeading, setHasHeading] = useState(true);
  // After every render: the slide's own heading may come with a lazy part; an unchanged value renders nothing more.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- no list on purpose, see above
  useLayoutEffect(() => {
    setHasHeading(Boolean(box.current?.querySelector('.slide-body :is(h1, h2, h3, h4, h5, h6)')));
  });
  return (
    <div className="print-slide" ref={box} aria-hidden={repeat || undefined}>
      {!hasHeading && !repeat && <h2 className="print-outline-heading">{deck.slides[slide - 1]?.title}</h2>}
      <SlideView deck={deck} slide={slide} revealed={revealed} />
    </div>
  );
}

/** The slide (at its step) beside its notes, or ruled lines to write on when it has none: one landscape page per slide. */
export function NotesPage({ deck, slide, revealed, repeat, reader }: SlideProps & { reader: NotesReader }) {
  const entry = deck.slides[slide - 1];
  return (
    <div className="print-notes-layout">
      <div className="print-notes-slide">
        <div className="print-notes-thumb">
          <PrintedSlide deck={deck} slide={slide} revealed={revealed} repeat={repeat} />
        </div>
        <p className="print-notes-caption">
          {slide} / {deck.slides.length} · {entry?.title}
        </p>
      </div>
      <div className="print-notes-body" aria-hidden={repeat || undefined}>
        {entry?.notes ? <SlideNotes deck={deck} slide={slide} reader={reader} /> : <div className="print-lines" aria-hidden />}
      </div>
    </div>
  );
}

interface HandoutProps {
  deck: Deck;
  reader: NotesReader;
  size: HandoutSize;
  slides: readonly number[];
  sheet: number;
  sheets: number;
}

/** An A4 handout sheet: N slide thumbnails, each with its notes, then ruled lines to write on filling the cell. */
export function HandoutPage({ deck, reader, size, slides, sheet, sheets }: HandoutProps) {
  const grid = handoutGrid(size);
  const thumb: CSSProperties = { width: SLIDE_WIDTH * grid.scale, height: SLIDE_HEIGHT * grid.scale };
  const layout = { '--handout-columns': grid.columns, '--handout-rows': grid.rows } as CSSProperties;
  return (
    <>
      <p className="print-handout-header">
        <span>{deck.meta.title ?? ''}</span>
        <span>
          {sheet} / {sheets}
        </span>
      </p>
      <div className={`print-handout-grid${grid.notesBeside ? ' print-handout-beside' : ''}`} style={layout}>
        {slides.map((slide) => (
          <div className="print-handout-cell" key={slide}>
            <div className="print-handout-thumb" style={thumb}>
              <div style={{ transform: `scale(${grid.scale})` }}>
                <PrintedSlide deck={deck} slide={slide} revealed={Number.POSITIVE_INFINITY} />
              </div>
            </div>
            <div className="print-handout-notes">
              <SlideNotes deck={deck} slide={slide} reader={reader} />
              <div className="print-lines" aria-hidden />
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
