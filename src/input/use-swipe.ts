import { useEffect, type RefObject } from 'react';
import type { NavAction } from '../navigation/navigation.ts';

const MIN_SWIPE = 40;

/** Horizontal swipes on touch screens step forward (swipe left) and back (swipe right). */
export function useSwipe(ref: RefObject<HTMLElement | null>, move: (action: NavAction) => void): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let start: { x: number; y: number } | null = null;
    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      start = touch && event.touches.length === 1 ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      if (!start || !touch) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = null;
      if (Math.abs(dx) < MIN_SWIPE || Math.abs(dx) < Math.abs(dy)) return;
      move({ type: dx < 0 ? 'next' : 'prev' });
    };
    element.addEventListener('touchstart', onStart, { passive: true });
    element.addEventListener('touchend', onEnd, { passive: true });
    return () => {
      element.removeEventListener('touchstart', onStart);
      element.removeEventListener('touchend', onEnd);
    };
  }, [ref, move]);
}
