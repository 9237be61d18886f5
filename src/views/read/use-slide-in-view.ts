import { useEffect, useRef, type RefObject } from 'react';

/** How close (px) to the end of the page counts as scrolled to the end. */
const END_SLACK = 2;
/** The line (px from the top of the viewport) whose slide is the one in view: just under where `#/N` puts slide N. */
const LINE = 48;

/**
 * Reports the slide (`data-read-slide`) crossing a line near the top of the viewport as the reader scrolls (a slide
 * as short as a line of text still gets its turn), and the last slide once the page is scrolled to its end.
 */
export function useSlideInView(container: RefObject<HTMLElement | null>, onSlide: (slide: number) => void): void {
  const report = useRef(onSlide);
  report.current = onSlide;
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const articles = () => root.querySelectorAll<HTMLElement>('[data-read-slide]');
    const atEnd = () => window.scrollY > 0 && window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - END_SLACK;
    let observer: IntersectionObserver | undefined;
    // A one-pixel band at LINE: its bottom margin depends on the viewport's height, so it is set again on resize.
    const observe = () => {
      observer?.disconnect();
      observer = new IntersectionObserver(
        (entries) => {
          if (atEnd()) return;
          const hit = entries.find((entry) => entry.isIntersecting);
          const slide = Number((hit?.target as HTMLElement | undefined)?.dataset.readSlide);
          if (slide) report.current(slide);
        },
        { rootMargin: `-${LINE}px 0px -${Math.max(0, window.innerHeight - LINE - 1)}px 0px` },
      );
      for (const article of articles()) observer.observe(article);
    };
    observe();
    window.addEventListener('resize', observe);
    // The observer only hears crossings: leaving the end, the slide on the line is looked up once.
    let wasAtEnd = false;
    const onScroll = () => {
      const end = atEnd();
      if (end === wasAtEnd) return;
      wasAtEnd = end;
      const all = [...articles()];
      const article = end ? all.at(-1) : all.find((candidate) => candidate.getBoundingClientRect().bottom > LINE);
      const slide = Number(article?.dataset.readSlide);
      if (slide) report.current(slide);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', observe);
      window.removeEventListener('scroll', onScroll);
    };
  }, [container]);
}
