import { useLayoutEffect, type RefObject } from 'react';
import { fitScale } from './slide-size.ts';

/** Sets `--deck-scale` on the element so 1280×720 frames inside fit it (or fill its width); recomputed on resize only. */
export function useFitScale(ref: RefObject<HTMLElement | null>, { widthOnly = false } = {}): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const apply = () => {
      const scale = fitScale({ width: element.clientWidth, height: widthOnly ? Number.POSITIVE_INFINITY : element.clientHeight });
      element.style.setProperty('--deck-scale', String(scale));
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, widthOnly]);
}
