import { useEffect, useRef } from 'react';
import { afterMove } from '../schedule/after-move.ts';

/**
 * Announces the slide politely once it has painted ("Slide N of M: title"). The text is set after the frame (set in
 * it, the page is laid out again before it paints), and not through React state, which would render the app a
 * second time after every key press.
 */
export function LiveRegion({ message }: { message: string }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    return afterMove.announce(() => {
      if (region.current && region.current.textContent !== message) region.current.textContent = message;
    });
  }, [message]);
  return <div ref={region} className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-live-region />;
}
