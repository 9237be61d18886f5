import type { ComponentType } from 'react';
import { lazyPart, useModule } from '../deck/use-module.ts';
import { LoadNotice } from '../deck/load-notice.tsx';

/**
 * A component whose code loads on first use, in its own chunk: the talk's diagrams and cards stay out of the
 * start-up bundle. Neighbouring slides are mounted ahead, so by the time a slide shows, its parts have loaded.
 */
export function lazyComponent<P extends object>(name: string, loader: () => Promise<ComponentType<P>>): ComponentType<P> {
  const load = lazyPart(loader);
  function Lazy(props: P) {
    const { module: Loaded, error } = useModule(load);
    if (Loaded) return <Loaded {...props} />;
    return error === undefined ? <div className="component-loading" aria-busy="true" /> : <LoadNotice what="this part of the slide" />;
  }
  Lazy.displayName = name;
  return Lazy;
}
