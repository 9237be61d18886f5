import { afterMove } from './after-move.ts';
import { nextFrame } from './after-frame.ts';

let pending = 0;
let generation = 0;

let everReady = false;
const firstReadyWaiters = new Set<() => void>();

const isReady = () => document.documentElement.dataset.ready === 'true';

function setReady(ready: boolean): void {
  if (typeof document === 'undefined') return;
  if (ready && isReady()) return;
  if (ready) document.documentElement.dataset.ready = 'true';
  else delete document.documentElement.dataset.ready;
  if (ready && !everReady) {
    everReady = true;
    for (const waiter of [...firstReadyWaiters]) waiter();
    firstReadyWaiters.clear();
  }
}

/** Calls `callback` once the deck is first ready (at once if it has been); returns a function that cancels it. */
export function onceReady(callback: () => void): () => void {
  if (everReady) {
    callback();
    return () => {};
  }
  firstReadyWaiters.add(callback);
  return () => firstReadyWaiters.delete(callback);
}

/**
 * Checks, after a frame, whether nothing is still loading, then flags `data-ready`: after tracked work, once the fonts
 * are in and one more frame has painted them; after a move between ready states, at once if no font is loading.
 */
export function settle(): void {
  if (typeof document === 'undefined') return;
  const mine = ++generation;
  const moved = isReady();
  void (async () => {
    // Fonts are asked for after the next frame, not here nor in it: reading `document.fonts.ready` recomputes style
    // and layout at once, which in a key press handler or a frame callback adds to the frame the key press waits for.
    await new Promise<void>((resolve) => afterMove.checkReady(resolve));
    // A move: the frame just painted laid the new slide out, so a font it needs has begun loading, which `status`
    // says as it is (no style or layout, no extra frame). A press at a presenter's pace then leaves no task behind.
    if (!moved || document.fonts.status !== 'loaded') {
      if (mine === generation) setReady(false);
      await document.fonts.ready;
      await nextFrame();
    }
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
