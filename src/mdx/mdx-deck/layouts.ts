/** `mdx-deck/layouts` and `@mdx-deck/layouts` (mdx-deck 2): the layouts, which are built in here. */
export { Invert, Split, SplitRight, FullScreenCode, Horizontal } from '../builtins/layouts.tsx';
