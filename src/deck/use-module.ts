import { useEffect, useState } from 'react';
import { track } from './ready.ts';

type Loader<T> = () => Promise<T>;

const parts = new Set<Loader<unknown>>();

/**
 * Declares a loader as a part that slides may use (a lazy component, the highlighter), and returns it. The print view
 * loads every declared part before it renders, so its pages mount once, fully built, instead of in a second pass.
 */
export function lazyPart<T>(loader: Loader<T>): Loader<T> {
  parts.add(loader);
  return loader;
}

/** Every loader declared with `lazyPart`. */
export function lazyParts(): Loader<unknown>[] {
  return [...parts];
}

const loaded = new WeakMap<Loader<unknown>, unknown>();
const loading = new WeakMap<Loader<unknown>, Promise<unknown>>();

/** Starts loading a lazy module once (tracked for `data-ready`); later calls share the same promise. */
export function preload<T>(loader: Loader<T>): Promise<T> {
  const known = loading.get(loader) as Promise<T> | undefined;
  if (known) return known;
  const promise = track(loader()).then((module) => {
    loaded.set(loader, module);
    return module;
  });
  loading.set(loader, promise);
  return promise;
}

/** The module if it has loaded, else `undefined` while it loads; no Suspense, so a ready module renders in the same frame. */
export function useModule<T>(loader: Loader<T> | null): { module?: T; error?: unknown } {
  const [, rerender] = useState(0);
  const [error, setError] = useState<unknown>();
  const module = loader ? (loaded.get(loader) as T | undefined) : undefined;
  const rendered = module !== undefined;
  useEffect(() => {
    if (!loader) return;
    if (loaded.has(loader)) {
      // It finished loading between this render and this effect: render it now, not on some later update.
      if (!rendered) rerender((n) => n + 1);
      return;
    }
    let live = true;
    preload(loader).then(
      () => live && rerender((n) => n + 1),
      (reason: unknown) => live && setError(reason),
    );
    return () => {
      live = false;
    };
  }, [loader, rendered]);
  return { module, error };
}
