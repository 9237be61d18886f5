import { useEffect, useState } from 'react';
import { track } from '../schedule/ready.ts';
import { hasFailedStyles, relinkFailedStyles } from './failed-styles.ts';

type Loader<T> = () => Promise<T>;

/** The first retry of a failed load comes this soon; each further one waits twice as long, up to `RETRY_MAX_MS`. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 10_000;

const loaded = new WeakMap<Loader<unknown>, unknown>();
const loading = new WeakMap<Loader<unknown>, Promise<unknown>>();
const tracked = new WeakSet<Promise<unknown>>();
const failures = new Map<Loader<unknown>, { error: unknown; count: number }>();
const watchers = new Map<Loader<unknown>, Set<() => void>>();
const retries = new Map<Loader<unknown>, ReturnType<typeof setTimeout>>();

/** Whether the loader's module has loaded. */
export function isLoaded(loader: Loader<unknown>): boolean {
  return loaded.has(loader);
}

function attempt<T>(loader: Loader<T>): Promise<T> {
  // A stylesheet that failed before would be skipped by Vite on this attempt: link it again first.
  const module = hasFailedStyles() ? relinkFailedStyles().then(loader) : new Promise<T>((resolve) => resolve(loader()));
  const promise = module.then(
    (value) => {
      loaded.set(loader, value);
      failures.delete(loader);
      notify(loader);
      return value;
    },
    (reason: unknown) => {
      // Forgotten, not cached: the next call tries again.
      loading.delete(loader);
      failures.set(loader, { error: reason, count: (failures.get(loader)?.count ?? 0) + 1 });
      notify(loader);
      scheduleRetry(loader);
      throw reason;
    },
  );
  loading.set(loader, promise);
  return promise;
}

/**
 * Starts loading a lazy module (tracked for `data-ready` unless `quiet`); calls while it loads share one promise. A
 * load that failed is not kept: the next call tries again.
 */
export function preload<T>(loader: Loader<T>, { quiet = false }: { quiet?: boolean } = {}): Promise<T> {
  const known = loading.get(loader) as Promise<T> | undefined;
  if (known && loaded.has(loader)) return known;
  const promise = known ?? attempt(loader);
  // A quiet load that something on screen now waits for counts for `data-ready` from here on.
  if (!quiet && !tracked.has(promise)) {
    tracked.add(promise);
    void track(promise);
  }
  return promise;
}

function notify(loader: Loader<unknown>): void {
  for (const watcher of [...(watchers.get(loader) ?? [])]) watcher();
}

function retry(loader: Loader<unknown>): void {
  retries.delete(loader);
  if (watchers.has(loader) && !loading.has(loader)) preload(loader).catch(() => {});
}

function retryAllNow(): void {
  for (const [loader, timer] of [...retries]) {
    clearTimeout(timer);
    retry(loader);
  }
}

let listening = false;

/** While something on screen waits for it, a failed load is tried again: with backoff, and at once when back online. */
function scheduleRetry(loader: Loader<unknown>): void {
  if (!watchers.has(loader) || retries.has(loader)) return;
  const count = failures.get(loader)?.count ?? 1;
  retries.set(
    loader,
    setTimeout(() => retry(loader), Math.min(RETRY_FIRST_MS * 2 ** (count - 1), RETRY_MAX_MS)),
  );
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    window.addEventListener('online', retryAllNow);
  }
}

/** Calls `onChange` whenever the loader's load settles, retrying failures until it has loaded; returns the unsubscribe. */
function watch(loader: Loader<unknown>, onChange: () => void): () => void {
  const own = watchers.get(loader) ?? new Set();
  watchers.set(loader, own.add(onChange));
  // Also when a quiet load is under way: something on screen waits for it now, so `data-ready` must too.
  if (!retries.has(loader)) preload(loader).catch(() => {});
  return () => {
    own.delete(onChange);
    if (own.size > 0) return;
    watchers.delete(loader);
    clearTimeout(retries.get(loader));
    retries.delete(loader);
  };
}

/**
 * The module if it has loaded, else `undefined` while it loads; no Suspense, so a ready module renders in the same
 * frame. `error` is the last failure while it retries (with backoff, and at once when the browser is back online);
 * it clears once the module has loaded.
 */
export function useModule<T>(loader: Loader<T> | null): { module?: T; error?: unknown } {
  const [, rerender] = useState(0);
  const module = loader ? (loaded.get(loader) as T | undefined) : undefined;
  const error = loader && module === undefined ? failures.get(loader)?.error : undefined;
  const rendered = module !== undefined;
  useEffect(() => {
    if (!loader) return;
    if (loaded.has(loader)) {
      // It finished loading between this render and this effect: render it now, not on some later update.
      if (!rendered) rerender((n) => n + 1);
      return;
    }
    return watch(loader, () => rerender((n) => n + 1));
  }, [loader, rendered]);
  return { module, error };
}
