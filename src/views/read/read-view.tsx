import { useEffect, useRef } from 'react';
import type { Deck, SlideEntry } from '../../deck/deck-types.ts';
import type { ViewProps } from '../view-props.ts';
import { SlideView } from '../../deck/slide-view.tsx';
import { SlideNotes } from '../../deck/slide-notes.tsx';
import { useNearViewport } from './use-near-viewport.ts';
import { useSlideInView } from './use-slide-in-view.ts';
import { useIdleCount } from './use-idle-count.ts';
import { useOverflowsSideways } from './use-overflows-sideways.ts';
import { rendersAtOnce } from './eager-slides.ts';
import './read-view.css';

function ReadSlide({ deck, entry, slide, eager }: { deck: Deck; entry: SlideEntry; slide: number; eager: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref) || eager;
  const wide = useOverflowsSideways(box);
  const headingId = `read-slide-${slide}`;
  return (
    <article className="read-slide" data-read-slide={slide} id={`slide-${slide}`} aria-labelledby={headingId} ref={ref}>
      <h2 className="read-slide-title" id={headingId}>
        <a href={`#/${slide}`}>
          <span className="read-slide-number">{slide}</span> {entry.title}
        </a>
      </h2>
      {/* The slide as reflowing text; what is wider than a phone (a diagram, the scorecard) scrolls sideways in it. */}
      <div className="read-frame-box" ref={box} {...(wide ? { tabIndex: 0, role: 'region', 'aria-label': `Slide ${slide}, scrolls sideways` } : {})}>
        {near && <SlideView deck={deck} slide={slide} revealed={Number.POSITIVE_INFINITY} className="slide-flow" />}
      </div>
      {entry.notes && (
        <section className="read-notes" aria-label={`Transcript of slide ${slide}`}>
          {near && <SlideNotes deck={deck} slide={slide} />}
        </section>
      )}
    </article>
  );
}

/** All slides stacked at full width with their notes as a transcript: for phones and for reading after the talk. */
export default function ReadView({ deck, position, move, setMode }: ViewProps) {
  const column = useRef<HTMLElement>(null);
  const reported = useRef(0);
  const opening = useRef(position.slide);
  const renderedUpTo = useIdleCount(deck.slides.length);

  useSlideInView(column, (slide) => {
    if (slide === reported.current) return;
    reported.current = slide;
    move({ type: 'goto', slide });
  });

  useEffect(() => {
    if (position.slide === reported.current) return;
    const opening = reported.current === 0;
    reported.current = position.slide;
    if (opening && position.slide === 1) return;
    document.getElementById(`slide-${position.slide}`)?.scrollIntoView({ block: 'start' });
  }, [position.slide]);

  const { meta } = deck;
  const byline = [meta.author, meta.event, meta.date].filter(Boolean).join(' · ');
  return (
    <div className="read-view">
      <a className="skip-link" href="#contents">
        Skip to contents
      </a>
      <header className="read-header">
        <h1>{meta.title ?? deck.slides[0]?.title ?? 'Slides'}</h1>
        {byline && <p className="read-byline">{byline}</p>}
        <nav className="read-links" aria-label="Views">
          <button type="button" onClick={() => setMode('audience')}>
            Slide view
          </button>
          <a href="?mode=presenter">Presenter view</a>
          {meta.pdf && <a href={meta.pdf}>PDF</a>}
        </nav>
        <nav id="contents" className="read-toc" aria-label="Contents" tabIndex={-1}>
          <h2>Contents</h2>
          <ol>
            {deck.slides.map((entry, index) => (
              <li key={index}>
                <a href={`#/${index + 1}`}>{entry.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      <main className="read-column" ref={column}>
        {deck.slides.map((entry, index) => (
          <ReadSlide key={index} deck={deck} entry={entry} slide={index + 1} eager={index < renderedUpTo || rendersAtOnce(index + 1, opening.current)} />
        ))}
      </main>
    </div>
  );
}
