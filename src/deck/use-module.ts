import { createElement, useEffect, useState, type ComponentType } from 'react';
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

/**
 * A component in its own chunk (`lazyDefault(() => import('./print-view.tsx'))`): renders nothing until the chunk is
 * there, then the component in the same render. No Suspense, whose reveal React holds back a few hundred ms (which
 * an export would wait out). A chunk that fails to load throws to the error boundary like any render error.
 */
export function lazyDefault<P extends object>(load: Loader<{ default: ComponentType<P> }>): ComponentType<P> {
  return function LazyDefault(props: P) {
    const { module, error } = useModule(load);
    if (error !== undefined) throw error;
    return module ? createElement(module.default, props) : null;
  };
}
