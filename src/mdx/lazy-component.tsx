import type { ComponentType } from 'react';
import { lazyPart, useModule } from '../deck/use-module.ts';

/**
 * A component whose code loads on first use, in its own chunk: the talk's diagrams and cards stay out of the
 * start-up bundle. Neighbouring slides are mounted ahead, so by the time a slide shows, its parts have loaded.
 */
export function lazyComponent<P extends object>(name: string, loader: () => Promise<ComponentType<P>>): ComponentType<P> {
  const load = lazyPart(loader);
  function Lazy(props: P) {
    const { module: Loaded, error } = useModule(load);
    if (error) throw error;
    if (!Loaded) return <div className="component-loading" aria-busy="true" />;
    return <Loaded {...props} />;
  }
  Lazy.displayName = name;
  return Lazy;
}
