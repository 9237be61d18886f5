import { useEffect, useRef, type RefObject } from 'react';

/** How close (px) to the end of the page counts as scrolled to the end. */
const END_SLACK = 2;

/**
 * Reports the slide (`data-read-slide`) crossing a line a quarter down the viewport as the reader scrolls, and the
 * last slide once the page is scrolled to its end (a short last slide never reaches that line).
 */
export function useSlideInView(container: RefObject<HTMLElement | null>, onSlide: (slide: number) => void): void {
  const report = useRef(onSlide);
  report.current = onSlide;
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const articles = () => root.querySelectorAll<HTMLElement>('[data-read-slide]');
    const atEnd = () => window.scrollY > 0 && window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - END_SLACK;
    const observer = new IntersectionObserver(
      (entries) => {
        if (atEnd()) return;
        const hit = entries.find((entry) => entry.isIntersecting);
        const slide = Number((hit?.target as HTMLElement | undefined)?.dataset.readSlide);
        if (slide) report.current(slide);
      },
      { rootMargin: '-25% 0px -75% 0px' },
    );
    for (const article of articles()) observer.observe(article);
    // The observer only hears crossings: leaving the end, the slide on the line is looked up once.
    let wasAtEnd = false;
    const onScroll = () => {
      const end = atEnd();
      if (end === wasAtEnd) return;
      wasAtEnd = end;
      const all = [...articles()];
      const line = window.innerHeight * 0.25;
      const article = end ? all.at(-1) : all.find((candidate) => candidate.getBoundingClientRect().bottom > line);
      const slide = Number(article?.dataset.readSlide);
      if (slide) report.current(slide);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, [container]);
}
