import { Notes } from './builtins/notes.tsx';
import { Steps, Appear } from './builtins/steps.tsx';
import { Layout, Split, SplitRight, Horizontal, Invert, FullScreenCode } from './builtins/layouts.tsx';
import { Image } from './builtins/image.tsx';
import { Head, Header, Footer } from './builtins/chrome.tsx';
import { CodeBlock } from './code-block/code-block.tsx';

/** The single map of components MDX can use without an import (mdx-deck's set plus the talk's own). */
export const components = {
  Notes,
  Steps,
  Appear,
  Layout,
  Split,
  SplitRight,
  Horizontal,
  Invert,
  FullScreenCode,
  Image,
  Head,
  Header,
  Footer,
  pre: CodeBlock,
};
