import { useEffect, type RefObject } from 'react';

/** How long the pointer may rest on the projector's stage before it is hidden. */
export const CURSOR_IDLE_MS = 2000;

/** Hides the mouse pointer over `ref` once it has been still for `idleMs` (`data-cursor="hidden"`); a move shows it again. */
export function useIdleCursor(ref: RefObject<HTMLElement | null>, idleMs = CURSOR_IDLE_MS): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let timer = 0;
    const rest = () => {
      element.removeAttribute('data-cursor');
      clearTimeout(timer);
      timer = window.setTimeout(() => element.setAttribute('data-cursor', 'hidden'), idleMs);
    };
    rest();
    element.addEventListener('pointermove', rest);
    element.addEventListener('pointerdown', rest);
    return () => {
      clearTimeout(timer);
      element.removeEventListener('pointermove', rest);
      element.removeEventListener('pointerdown', rest);
    };
  }, [ref, idleMs]);
}
