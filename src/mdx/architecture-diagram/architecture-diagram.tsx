import { lazySlidePart } from '../lazy-slide-part.tsx';

/**
 * `<ArchitectureDiagram diagram="…" />` in MDX; renders once its chunk arrives (the deck waits for it before `data-ready`).
 * Layout, data and styles load as their own chunk: the first slide never needs them, so start-up stays small.
 */
export const ArchitectureDiagram = lazySlidePart(
  'ArchitectureDiagram',
  () => import('./architecture-diagram-view.tsx').then((module) => module.default),
  'arch-loading',
);
