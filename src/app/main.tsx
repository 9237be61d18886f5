import './start-styles.ts';
import { startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { applyThemeChoice, storedThemeChoice } from './theme-choice.ts';
import { App } from './app.tsx';
import { deck } from '../deck/load-deck.ts';
import { DEV_START_CSS_ID, onSlideSwap } from '../deck/hot-swap.ts';
import { preload } from '../lazy/use-module.ts';
import { parseMode } from '../navigation/location.ts';
import { urlPosition } from '../navigation/use-position.ts';
import { FIRST_MOUNTED } from '../views/audience/mounted-slides.ts';
import { modulesAtOnce } from '../views/read/eager-slides.ts';
import { viewLoader } from './view-table.ts';
import { followToken } from '../sync/remote-links.ts';

// The boot script did this before first paint where the page was prerendered; a page that was not gets it here.
applyThemeChoice(storedThemeChoice(), { store: false });
const root = document.getElementById('root')!;
const mode = parseMode(location.search, { width: innerWidth, height: innerHeight });
const position = urlPosition(deck.slides.map((slide) => slide.steps));
// The position read here is the one rendered first, even if the hash changes while slide 1's module loads:
// hydration must match the prerender (React leaves mismatched attributes such as data-slide as they are).
const app = <App deck={deck} mode={mode} start={position} />;

/**
 * The build prerendered the audience view at slide 1, and the reading view at slide 1 which the page put in the root
 * on a phone (`data-prerendered="read"`): hydrate the one shown when it is what was asked for, else start fresh.
 */
const prerendered = root.getAttribute('data-prerendered');
const atStart = position.slide === 1 && position.step === 0 && followToken(location.search) === null;
let reactRoot: Root;
if (atStart && ((prerendered === '' && mode === 'audience') || (prerendered === 'read' && mode === 'read'))) {
  const modules = mode === 'read' ? [viewLoader('read')!, ...modulesAtOnce(deck, 1)] : deck.slides.slice(0, FIRST_MOUNTED).map((slide) => slide.body);
  await Promise.all(modules.map((load) => preload(load)));
  // The boot script hides the prerender for any hash but slide 1; `#/1/9` on a slide without steps clamps back to it.
  document.documentElement.removeAttribute('data-prerender-stale');
  // The reading view hydrates as a transition: React yields every few milliseconds, so a phone gets no long task.
  if (mode === 'read') startTransition(() => void (reactRoot = hydrateRoot(root, app)));
  else reactRoot = hydrateRoot(root, app);
} else {
  root.removeAttribute('data-prerendered');
  root.replaceChildren();
  reactRoot = createRoot(root);
  reactRoot.render(app);
}
// `deck dev`'s prerendered page: its copy of the start CSS goes, now that the modules' own styles are in.
document.getElementById(DEV_START_CSS_ID)?.remove();
// `deck dev`: a save that changed only slides swaps their modules in place; the position and the view stay.
onSlideSwap(deck, (next) => reactRoot.render(<App deck={next} mode={mode} start={position} />));
