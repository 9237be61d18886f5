import { useEffect, useRef } from 'react';

/**
 * Announces the slide politely once it has painted ("Slide N of M: title"). The text is set in a frame callback,
 * not through React state: a second render of the app after every key press is what it would otherwise cost.
 */
export function LiveRegion({ message }: { message: string }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (region.current && region.current.textContent !== message) region.current.textContent = message;
    });
    return () => cancelAnimationFrame(frame);
  }, [message]);
  return <div ref={region} className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-live-region />;
}
