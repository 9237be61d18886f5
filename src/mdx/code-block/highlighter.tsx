import SyntaxHighlighter from 'react-syntax-highlighter/dist/esm/prism-light';
import a11yDark from 'react-syntax-highlighter/dist/esm/styles/prism/a11y-dark';
import bash from 'react-syntax-highlighter/dist/esm/languages/prism/bash';
import json from 'react-syntax-highlighter/dist/esm/languages/prism/json';
import jsx from 'react-syntax-highlighter/dist/esm/languages/prism/jsx';
import python from 'react-syntax-highlighter/dist/esm/languages/prism/python';
import sql from 'react-syntax-highlighter/dist/esm/languages/prism/sql';
import tsx from 'react-syntax-highlighter/dist/esm/languages/prism/tsx';
import typescript from 'react-syntax-highlighter/dist/esm/languages/prism/typescript';
import yaml from 'react-syntax-highlighter/dist/esm/languages/prism/yaml';
import { highlightedWith, type Library } from './highlighted.tsx';

/**
 * Highlighted code by Prism, loaded lazily: this chunk is the heaviest part of the deck. Our decks get a11y-dark; an
 * mdx-deck deck highlighting with Prism gets its theme's `prism.style` (Prism's default: highlighter-prism-default.tsx).
 */
export default highlightedWith({
  SyntaxHighlighter: SyntaxHighlighter as unknown as Library['SyntaxHighlighter'],
  languages: { bash, json, jsx, python, sql, tsx, typescript, yaml, js: jsx, javascript: jsx, ts: typescript, sh: bash, shell: bash, yml: yaml, py: python },
  register: (name, grammar) => SyntaxHighlighter.registerLanguage(name, grammar),
  style: a11yDark,
});
