import { useCallback, useMemo } from 'react';
import type { ViewProps } from '../view-props.ts';
import { navigate, samePosition } from '../../navigation/navigation.ts';
import { SlideNotes } from '../../deck/slide-notes.tsx';
import { formatDuration } from '../presenter/pacing.ts';
import { useNow } from '../presenter/use-now.ts';
import { usePhoneRelay, type ReceivedTimer } from './use-remote-relay.ts';
import type { Shared } from '../../sync/messages.ts';
import type { RelayStatus } from '../../sync/relay-client.ts';
import type { RelayPeers } from '../../sync/relay-messages.ts';
import '../ui-colors.css';
import './remote-view.css';

function statusText(status: RelayStatus, peers: RelayPeers | null): string {
  if (status === 'connecting') return 'Connecting…';
  if (status === 'offline') return 'Connection lost — reconnecting…';
  return peers && peers.presenters === 0 ? 'Connected — waiting for the presenter view' : 'Connected to the presenter';
}

function Timer({ timer }: { timer: ReceivedTimer | null }) {
  const now = useNow();
  const ms = timer ? timer.elapsedMs + (timer.running ? Math.max(0, now - timer.receivedAt) : 0) : 0;
  return (
    <span className="remote-timer" role="timer" aria-label="Elapsed time" data-running={timer?.running ?? false}>
      {formatDuration(ms)}
    </span>
  );
}

/**
 * The phone remote (`?mode=remote&token=…`): Previous and Next for the thumb, the presenter's slide and step, the next
 * slide, the notes and the timer. It moves the presenter through the relay; the presenter leads the audience.
 */
export default function RemoteView({ deck, position, shape, move }: ViewProps) {
  const token = useMemo(() => new URLSearchParams(location.search).get('token'), []);
  const adopt = useCallback((shared: Shared) => move({ type: 'goto', slide: shared.position.slide, step: shared.position.step, steps: shared.steps }), [move]);
  const { status, peers, timer, command } = usePhoneRelay(token, 'remote', adopt);
  const entry = deck.slides[position.slide - 1];
  const steps = (shape[position.slide - 1] ?? 0) + 1;
  const next = navigate(position, { type: 'next' }, shape);
  const nextTitle = samePosition(next, position)
    ? 'End of the deck'
    : next.slide === position.slide
      ? `Step ${next.step + 1} of ${steps}`
      : deck.slides[next.slide - 1]?.title || `Slide ${next.slide}`;

  if (!token)
    return (
      <main className="remote">
        <h1 className="remote-title">Phone remote</h1>
        <p>This page needs the Remote: link that deck serve --remote or deck dev --remote prints (it carries the token).</p>
      </main>
    );
  return (
    <main className="remote">
      <p className="remote-status" role="status" data-relay-status={status}>
        {statusText(status, peers)}
      </p>
      <header className="remote-current">
        <p className="remote-count">
          Slide {position.slide} of {deck.slides.length}
          {steps > 1 && `, step ${position.step + 1} of ${steps}`}
        </p>
        <h1 className="remote-title">{entry?.title || `Slide ${position.slide}`}</h1>
        <Timer timer={timer} />
      </header>
      <p className="remote-next">
        <span className="remote-label">Next:</span> {nextTitle}
      </p>
      <section className="remote-notes" aria-label="Notes" tabIndex={0}>
        {entry?.notes ? <SlideNotes deck={deck} slide={position.slide} /> : <p className="remote-no-notes">No notes for this slide.</p>}
      </section>
      <nav className="remote-buttons" aria-label="Move the talk">
        <button type="button" className="remote-previous" onClick={() => command('previous')}>
          Previous
        </button>
        <button type="button" className="remote-next-button" onClick={() => command('next')}>
          Next
        </button>
      </nav>
    </main>
  );
}
