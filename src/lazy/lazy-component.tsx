import { createElement, type ComponentType, type ReactNode } from 'react';
import { useModule } from './use-module.ts';

interface LazyOptions {
  /** The component's name in React's developer tools. */
  name?: string;
  /** Shown while the chunk loads. */
  loading?: ReactNode;
  /** Shown while a load that failed is retried. */
  failing?: ReactNode;
}

/**
 * A component in its own chunk (`lazyComponent(() => import('./print-view.tsx'))`): `loading` until the chunk is
 * there, then the component in the same render. No Suspense, whose reveal React holds back a few hundred ms (which
 * an export would wait out). While a chunk that failed to load is retried, `failing` shows instead.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  { name = 'Lazy', loading = null, failing = null }: LazyOptions = {},
): ComponentType<P> {
  function Lazy(props: P) {
    const { module, error } = useModule(load);
    if (module) return createElement(module.default, props);
    return error === undefined ? loading : failing;
  }
  Lazy.displayName = name;
  return Lazy;
}
