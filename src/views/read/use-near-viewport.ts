import { useEffect, useState, type RefObject } from 'react';

/** True once the element comes within `margin` of the viewport (then stays true: rendered slides stay findable). */
export function useNearViewport(ref: RefObject<Element | null>, margin = '150% 0px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
