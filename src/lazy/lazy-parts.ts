type Loader<T> = () => Promise<T>;

const printParts = new Set<Loader<unknown>>();
const parts = new Set<Loader<unknown>>();

/**
 * Declares a loader as a part the page may need later (a lazy component, the highlighter, a view, the dialogs), and
 * returns it. The deck loads every part when idle, so they work offline later. The print view loads every part
 * declared for print (the default) before it renders, so its pages mount once, fully built, not in a second pass.
 */
export function lazyPart<T>(loader: Loader<T>, { print = true }: { print?: boolean } = {}): Loader<T> {
  parts.add(loader);
  if (print) printParts.add(loader);
  return loader;
}

/** Every loader declared with `lazyPart` for print. */
export function printLazyParts(): Loader<unknown>[] {
  return [...printParts];
}

/** Every loader declared with `lazyPart`, for print or not. */
export function allLazyParts(): Loader<unknown>[] {
  return [...parts];
}
