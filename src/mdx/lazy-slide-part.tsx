import type { ComponentType } from 'react';
import { lazyComponent } from '../lazy/lazy-component.tsx';
import { lazyPart } from '../lazy/lazy-parts.ts';
import { LoadNotice } from '../lazy/load-notice.tsx';

/**
 * A component of a slide whose code loads on first use, in its own chunk: the talk's diagrams and cards stay out of
 * the start-up bundle. An empty box with `loadingClass` keeps its place while it loads (the deck waits for it before
 * `data-ready`). Neighbouring slides are mounted ahead, so by the time a slide shows, its parts have loaded.
 */
export function lazySlidePart<P extends object>(name: string, load: () => Promise<ComponentType<P>>, loadingClass = 'component-loading'): ComponentType<P> {
  return lazyComponent(
    lazyPart(() => load().then((component) => ({ default: component }))),
    {
      name,
      loading: <div className={loadingClass} aria-busy="true" />,
      failing: <LoadNotice what="this part of the slide" />,
    },
  );
}
