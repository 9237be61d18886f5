import { useRef, type ReactNode } from 'react';
import { useFitScale } from '../../frame/use-fit-scale.ts';

/** A box that scales the 1280×720 slide inside it to fit, letterboxed: previews in the presenter view. */
export function FitBox({ className = '', children }: { className?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useFitScale(box);
  return (
    <div ref={box} className={`fit-box ${className}`.trim()}>
      {children}
    </div>
  );
}
