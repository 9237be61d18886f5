import { useEffect, useRef } from 'react';
import { afterMove } from '../schedule/after-move.ts';

/** Subscribes to other things to say between moves (a tool turned on); returns the way to unsubscribe. */
type Notices = (listener: (text: string) => void) => () => void;

/**
 * Announces the slide politely once it has painted ("Slide N of M: title"), and the `notices` as they come. The text is
 * set after the frame (set in it, the page is laid out again before it paints), and not through React state, which
 * would render the app a second time after every key press.
 */
export function LiveRegion({ message, notices }: { message: string; notices?: Notices }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!notices) return;
    return notices((text) => {
      if (region.current) region.current.textContent = text;
    });
  }, [notices]);
  useEffect(() => {
    return afterMove.announce(() => {
      if (region.current && region.current.textContent !== message) region.current.textContent = message;
    });
  }, [message]);
  return <div ref={region} className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-live-region />;
}
