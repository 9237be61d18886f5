/** What `import { … } from 'mdx-deck'` resolves to, so decks written for mdx-deck build unmodified. */
export { Notes } from './builtins/notes.tsx';
export { Steps, Appear } from './builtins/steps.tsx';
export { Layout, Split, SplitRight, Horizontal, Invert, FullScreenCode } from './builtins/layouts.tsx';
export { Image } from './builtins/image.tsx';
export { Head, Header, Footer } from './builtins/chrome.tsx';
export { CodeBlock as Code } from './code-block/code-block.tsx';
