import { useEffect, useRef, useState, type RefObject } from 'react';
import { track } from '../../schedule/ready.ts';

interface Seen {
  slides: ReadonlySet<number>;
  /** The observer has reported at least once since the grid was (re)built. */
  measured: boolean;
}

/**
 * Which children of `container` (matched by `[data-thumb]`, holding the slide number) are on screen or
 * within `margin` of it: only those render their slide, so a 500-slide overview stays quick. `data-ready`
 * waits for the first report, so exporters and tests never see an empty grid as settled.
 */
export function useOnScreen(container: RefObject<HTMLElement | null>, count: number, margin = '300px 0px'): ReadonlySet<number> {
  const [seen, setSeen] = useState<Seen>({ slides: new Set(), measured: false });
  const firstReport = useRef<(() => void) | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    void track(new Promise<void>((resolve) => (firstReport.current = resolve)));
    const observer = new IntersectionObserver(
      (entries) => {
        setSeen((previous) => {
          const slides = new Set(previous.slides);
          for (const entry of entries) {
            const slide = Number((entry.target as HTMLElement).dataset.thumb);
            if (entry.isIntersecting) slides.add(slide);
            else slides.delete(slide);
          }
          return { slides, measured: true };
        });
      },
      { rootMargin: margin },
    );
    element.querySelectorAll('[data-thumb]').forEach((child) => observer.observe(child));
    return () => {
      observer.disconnect();
      firstReport.current?.();
    };
  }, [container, count, margin]);

  useEffect(() => {
    // Runs after the thumbnails of the first report mounted (and started tracking their own loading).
    if (!seen.measured) return;
    firstReport.current?.();
    firstReport.current = null;
  }, [seen]);

  return seen.slides;
}
