import { SlideView } from '../../deck/slide-view.tsx';
import { SlideNotes } from '../../deck/slide-notes.tsx';
import { navigate, samePosition } from '../../navigation/navigation.ts';
import { FitBox } from './fit-box.tsx';
import { PresenterClock } from './presenter-clock.tsx';
import { useStopwatch } from './use-stopwatch.ts';
import { usePresenterRelay } from './use-presenter-relay.ts';
import { RemotePanel } from './remote-panel.tsx';
import { canPlaceOnScreens, openAudience } from './open-audience.ts';
import { keepFocus } from '../keep-focus.ts';
import type { ViewProps } from '../view-props.ts';
import { InkLayerSlot, InkToolbarSlot } from '../../ink/ink-slots.tsx';
import '../ui-colors.css';
import '../../frame/centred-slide.css';
import './presenter.css';

/** The speaker's window: the slide as the audience sees it, what comes next, notes, timer and pacing. */
export default function PresenterView({ deck, position, shape, blank, move }: ViewProps) {
  const [watch, setWatch] = useStopwatch(deck.id);
  const steps = (shape[position.slide - 1] ?? 0) + 1;
  const relay = usePresenterRelay({ position, steps: steps - 1, blank, watch, move });
  const entry = deck.slides[position.slide - 1];
  const next = navigate(position, { type: 'next' }, shape);
  const atEnd = samePosition(next, position);
  const total = deck.slides.length;
  const nextLabel = atEnd
    ? 'End of the deck'
    : next.slide === position.slide
      ? `Next: step ${next.step + 1} of ${steps}`
      : `Next: ${deck.slides[next.slide - 1]?.title || `slide ${next.slide}`}`;

  return (
    <main className="presenter">
      <header className="presenter-bar">
        <h1 className="presenter-title">{deck.meta.title ?? 'Presenter view'}</h1>
        <p className="presenter-count">
          <span aria-hidden="true">
            <span className="presenter-count-slide">
              {position.slide} / {total}
            </span>
            {steps > 1 && (
              <span className="presenter-count-step">
                {' '}
                step {position.step + 1}/{steps}
              </span>
            )}
          </span>
          <span className="sr-only">
            Slide {position.slide} of {total}
            {steps > 1 && `, step ${position.step + 1} of ${steps}`}
          </span>
        </p>
        {canPlaceOnScreens() && (
          <button type="button" className="presenter-bar-button" onMouseDown={keepFocus} onClick={() => void openAudience(deck.id)}>
            Audience on other screen
          </button>
        )}
        <RemotePanel relay={relay} pathname={location.pathname} />
        <PresenterClock watch={watch} setWatch={setWatch} duration={deck.meta.duration} slide={position.slide} slides={total} />
      </header>

      <section className="presenter-current" aria-label="Current slide">
        <FitBox>
          <SlideView deck={deck} slide={position.slide} revealed={position.step} live>
            <InkLayerSlot page={position} />
          </SlideView>
        </FitBox>
        <InkToolbarSlot page={position} />
        {blank && (
          <p className="presenter-blank" role="status">
            Audience screen is blank — press B to show it
          </p>
        )}
      </section>

      <section className="presenter-next" aria-labelledby="presenter-next-heading">
        <h2 id="presenter-next-heading" className="presenter-heading">
          {nextLabel}
        </h2>
        {!atEnd && (
          <FitBox className="presenter-next-frame">
            <SlideView deck={deck} slide={next.slide} revealed={next.step} current={false} live className="slide-preview" />
          </FitBox>
        )}
      </section>

      <section className="presenter-notes" aria-labelledby="presenter-notes-heading" tabIndex={0}>
        <h2 id="presenter-notes-heading" className="presenter-heading">
          Notes · {entry?.title}
        </h2>
        {entry?.notes ? <SlideNotes deck={deck} slide={position.slide} reader="speaker" /> : <p className="presenter-no-notes">No notes for this slide.</p>}
      </section>
    </main>
  );
}
