import { useEffect, useRef, type RefObject } from 'react';

const mediaOf = (event: Event) => (event.target instanceof HTMLMediaElement ? event.target : null);

/** Pauses `target`, to be resumed when its slide is shown (what left the page meanwhile is forgotten). */
function hold(target: HTMLMediaElement, held: Set<HTMLMediaElement>): void {
  for (const gone of held) if (!gone.isConnected) held.delete(gone);
  held.add(target);
  target.pause();
}

/**
 * Media on a slide that is not on screen stays still: what plays when its slide leaves is paused, and resumed when it
 * comes back; what a hidden slide starts (a neighbour mounted ahead, the presenter's preview, a thumbnail) is paused
 * once it plays, and plays when that slide is shown. The deck keeps neighbours mounted, where mdx-deck unmounted them.
 * Only media that has begun playing is paused: pausing a `play()` still waiting for data would reject its promise.
 */
export function useHiddenMedia(root: RefObject<HTMLElement | null>, shown: boolean): void {
  const state = useRef({ shown, playing: new Set<HTMLMediaElement>(), held: new Set<HTMLMediaElement>() });

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const { playing, held } = state.current;
    const started = (event: Event) => {
      const target = mediaOf(event);
      if (!target) return;
      playing.add(target);
      if (!state.current.shown) hold(target, held);
    };
    const stopped = (event: Event) => {
      const target = mediaOf(event);
      if (target) playing.delete(target);
    };
    element.addEventListener('playing', started, true);
    element.addEventListener('pause', stopped, true);
    element.addEventListener('ended', stopped, true);
    return () => {
      element.removeEventListener('playing', started, true);
      element.removeEventListener('pause', stopped, true);
      element.removeEventListener('ended', stopped, true);
    };
  }, [root]);

  useEffect(() => {
    const { playing, held } = state.current;
    state.current.shown = shown;
    if (!shown) {
      for (const target of playing) hold(target, held);
      return;
    }
    for (const target of held) if (target.isConnected) target.play().catch(() => {});
    held.clear();
  }, [shown]);
}
