import { useEffect, useState } from 'react';
import type { Mode } from '../navigation/location.ts';

/** Whether the page is fullscreen, as it changes. */
function useFullscreen(): boolean {
  const [fullscreen, setFullscreen] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  useEffect(() => {
    const update = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return fullscreen;
}

/**
 * Keeps the screen awake while `active` (Screen Wake Lock): taken again when the page is shown after being hidden
 * (the browser releases it then), released when no longer active. Where the API is missing or refuses, nothing happens.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const wakeLock = typeof navigator === 'undefined' ? undefined : navigator.wakeLock;
    if (!active || !wakeLock) return;
    let sentinel: WakeLockSentinel | null = null;
    let done = false;
    const take = () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      wakeLock.request('screen').then(
        (taken) => {
          if (done) void taken.release().catch(() => {});
          else sentinel = taken;
        },
        () => {},
      );
    };
    take();
    document.addEventListener('visibilitychange', take);
    return () => {
      done = true;
      document.removeEventListener('visibilitychange', take);
      void sentinel?.release().catch(() => {});
    };
  }, [active]);
}

/** The screen stays awake on stage: while the presenter view is open, and while the audience view is fullscreen. */
export function useStageWakeLock(mode: Mode): void {
  const fullscreen = useFullscreen();
  useWakeLock(mode === 'presenter' || (mode === 'audience' && fullscreen));
}
