/** `deck dev`'s server render of slide 1 (src/node/vite/dev-first-paint.ts): the build's, with the start styles the page inlines. */
import '../app/start-styles.ts';

export { renderFirstPaint } from './render-first-paint.tsx';
