import { useLayoutEffect, useState, type RefObject } from 'react';
import { gridColumns } from './overview-grid.ts';

/** Columns and thumbnail width for the grid element, measured before paint and on every resize. */
export function useGridColumns(ref: RefObject<HTMLElement | null>): { columns: number; thumbWidth: number } {
  const [layout, setLayout] = useState({ columns: 1, thumbWidth: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = gridColumns(element.clientWidth);
      setLayout((previous) => (previous.columns === next.columns && previous.thumbWidth === next.thumbWidth ? previous : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return layout;
}
