let pending = 0;
let generation = 0;

function setReady(ready: boolean): void {
  if (typeof document === 'undefined') return;
  if (ready) document.documentElement.dataset.ready = 'true';
  else delete document.documentElement.dataset.ready;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Checks, after fonts and two painted frames, whether nothing is still loading; then flags `data-ready`. */
export function settle(): void {
  if (typeof document === 'undefined') return;
  const mine = ++generation;
  void (async () => {
    await document.fonts.ready;
    await nextFrame();
    await nextFrame();
    if (mine === generation && pending === 0) setReady(true);
  })();
}

/** Marks the deck not ready until `work` settles: slide modules, the highlighter, lazy components. */
export function track<T>(work: Promise<T>): Promise<T> {
  pending++;
  generation++;
  setReady(false);
  const done = () => {
    pending--;
    settle();
  };
  work.then(done, done);
  return work;
}
