import { useEffect, useState } from 'react';

/** Announces the slide politely once it has painted ("Slide N of M: title"). */
export function LiveRegion({ message }: { message: string }) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSpoken(message));
    return () => cancelAnimationFrame(frame);
  }, [message]);
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-live-region>
      {spoken}
    </div>
  );
}
