import { useLayoutEffect, useState, type RefObject } from 'react';

/** True while the element's content is wider than the element (it then scrolls sideways and must take keyboard focus). */
export function useOverflowsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    check();
    // Content arrives lazily and fonts reflow it: watch the children as well as the box.
    const resized = new ResizeObserver(check);
    resized.observe(element);
    const changed = new MutationObserver(() => {
      for (const child of element.querySelectorAll('.slide-body > *')) resized.observe(child);
      check();
    });
    changed.observe(element, { childList: true, subtree: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [ref]);
  return overflows;
}
