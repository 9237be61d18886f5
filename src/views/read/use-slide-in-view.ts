import { useEffect, useRef, type RefObject } from 'react';

/** Reports the slide (`data-read-slide`) crossing a line a quarter down the viewport as the reader scrolls. */
export function useSlideInView(container: RefObject<HTMLElement | null>, onSlide: (slide: number) => void): void {
  const report = useRef(onSlide);
  report.current = onSlide;
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const hit = entries.find((entry) => entry.isIntersecting);
        const slide = Number((hit?.target as HTMLElement | undefined)?.dataset.readSlide);
        if (slide) report.current(slide);
      },
      { rootMargin: '-25% 0px -75% 0px' },
    );
    for (const article of root.querySelectorAll('[data-read-slide]')) observer.observe(article);
    return () => observer.disconnect();
  }, [container]);
}
