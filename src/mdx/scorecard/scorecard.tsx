import { lazySlidePart } from '../lazy-slide-part.tsx';

/**
 * `<Scorecard steps={1} />` in MDX; renders once its chunk arrives (the deck waits for it before `data-ready`).
 * The table, its data and styles are one lazy chunk: only slide 29 needs them.
 */
export const Scorecard = lazySlidePart('Scorecard', () => import('./scorecard-view.tsx').then((module) => module.default), 'scorecard-loading');
