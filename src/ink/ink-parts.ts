/** The ink code, one lazy chunk: nothing of it is needed until a tool is turned on, a stroke arrives or one was kept. */
export { InkSession } from './ink-session.ts';
export { InkLayer } from './ink-layer.tsx';
export { InkToolbar } from './ink-toolbar.tsx';
