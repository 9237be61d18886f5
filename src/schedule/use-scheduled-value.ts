import { startTransition, useEffect, useState } from 'react';
import type { Schedule } from './after-frame.ts';

/**
 * `value`, but changed only once `schedule` has run after its change (in a transition). The audience view mounts the
 * next neighbour with it: a key press paints the flipped slide first, and the new hidden slide's render and layout
 * come after, instead of in the same frame.
 */
export function useScheduledValue<T>(value: T, schedule: Schedule): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    return schedule(() => startTransition(() => setSettled(value)));
  }, [value, settled, schedule]);
  return settled;
}
