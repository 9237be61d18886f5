import type { Deck } from './deck-types.ts';
import { isLoaded, preload } from '../lazy/use-module.ts';
import { allLazyParts } from '../lazy/lazy-parts.ts';
import { whenIdle } from '../schedule/when-idle.ts';

type Loader = () => Promise<unknown>;

/** Loads started per idle callback: each module is evaluated as it arrives, so a few at a time keep tasks short. */
const BATCH = 3;

/** How long after a key press or a click warming waits: it never competes with a presenter moving through slides. */
const QUIET_MS = 1000;

/** Characters every deck's text uses, for the fonts' basic subsets when the page has no transcript (`deck dev`). */
const BASIC_TEXT = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';

/**
 * Every chunk the page may load later, the likeliest first: the declared parts (views, dialogs, the slides' lazy
 * components, the highlighter), the slides from `current` on and then those before it, then the notes.
 */
export function warmList(deck: Deck, current: number): Loader[] {
  const slides = [...deck.slides.slice(current - 1), ...deck.slides.slice(0, current - 1)];
  const notes = slides.flatMap((entry) => (entry.notes ? [entry.notes] : []));
  return [...allLazyParts(), ...slides.map((entry) => entry.body), ...notes];
}

/** `whenIdle`, once `QUIET_MS` have passed since the last input `lastInput()` reports; returns its cancel function. */
function whenIdleAndQuiet(lastInput: () => number, callback: () => void): () => void {
  let cancel = () => {};
  const check = () => {
    const wait = lastInput() + QUIET_MS - performance.now();
    if (wait <= 0) return callback();
    const timer = setTimeout(() => (cancel = whenIdle(check)), wait);
    cancel = () => clearTimeout(timer);
  };
  cancel = whenIdle(check);
  return () => cancel();
}

/**
 * Loads the font files the deck's text needs. The built page's `<noscript>` transcript holds every slide's text and
 * notes, so the subsets its characters fall in are the ones the slides will ask for.
 */
function warmFonts(): Promise<unknown> {
  const text = BASIC_TEXT + (document.querySelector('noscript')?.textContent ?? '');
  const families = new Set<string>();
  document.fonts.forEach((face) => families.add(face.family.replace(/^["']|["']$/g, '')));
  return Promise.allSettled([...families].map((family) => document.fonts.load(`16px "${family}"`, text)));
}

/**
 * Loads `loaders` quietly (not for `data-ready`), a batch per idle callback, each batch once the last has settled,
 * so the main thread is never busy with it for long, and none within `QUIET_MS` of a key press or click; then the
 * fonts. Calls `onWarm` once all have loaded; those that failed (offline) are tried again when the browser is back
 * online. Parts declared by the modules it loads join the list. Returns a function that stops it.
 */
export function warmInIdle(given: readonly Loader[], onWarm: () => void): () => void {
  const loaders = [...given];
  let stopped = false;
  let cancel = () => {};
  let next = 0;
  let lastInput = -Infinity;
  // Only the time is noted: nothing else is added to a key press.
  const onInput = () => (lastInput = performance.now());
  const inputs = ['keydown', 'pointerdown'] as const;
  for (const type of inputs) addEventListener(type, onInput, { capture: true, passive: true });
  const detach = () => {
    removeEventListener('online', again);
    for (const type of inputs) removeEventListener(type, onInput, { capture: true });
  };
  const pass = () => {
    cancel = whenIdleAndQuiet(
      () => lastInput,
      () => {
        const batch: Loader[] = [];
        // A module warmed here may declare parts of its own (the code block its highlighter): they are warmed too.
        if (next >= loaders.length) loaders.push(...allLazyParts().filter((part) => !loaders.includes(part)));
        while (next < loaders.length && batch.length < BATCH) {
          const loader = loaders[next++];
          if (loader && !isLoaded(loader)) batch.push(loader);
        }
        if (batch.length === 0) return void finish();
        void Promise.allSettled(batch.map((loader) => preload(loader, { quiet: true }))).then(() => !stopped && pass());
      },
    );
  };
  const finish = async () => {
    if (loaders.every(isLoaded)) {
      await warmFonts();
      if (stopped) return;
      detach();
      onWarm();
      return;
    }
    addEventListener('online', again, { once: true });
  };
  const again = () => {
    next = 0;
    pass();
  };
  pass();
  return () => {
    stopped = true;
    cancel();
    detach();
  };
}
