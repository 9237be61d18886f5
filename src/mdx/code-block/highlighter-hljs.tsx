import SyntaxHighlighter from 'react-syntax-highlighter/dist/esm/light';
import defaultStyle from 'react-syntax-highlighter/dist/esm/styles/hljs/default-style';
import bash from 'react-syntax-highlighter/dist/esm/languages/hljs/bash';
import css from 'react-syntax-highlighter/dist/esm/languages/hljs/css';
import javascript from 'react-syntax-highlighter/dist/esm/languages/hljs/javascript';
import json from 'react-syntax-highlighter/dist/esm/languages/hljs/json';
import python from 'react-syntax-highlighter/dist/esm/languages/hljs/python';
import sql from 'react-syntax-highlighter/dist/esm/languages/hljs/sql';
import typescript from 'react-syntax-highlighter/dist/esm/languages/hljs/typescript';
import xml from 'react-syntax-highlighter/dist/esm/languages/hljs/xml';
import yaml from 'react-syntax-highlighter/dist/esm/languages/hljs/yaml';
import { highlightedWith, type Library } from './highlighted.tsx';

/**
 * Highlighted code by highlight.js in its default style: what mdx-deck's `highlight`/`syntaxHighlighter` themes showed.
 * Its own chunk, loaded only by a deck using one of them. (highlight.js reads JSX as JavaScript.)
 */
export default highlightedWith({
  SyntaxHighlighter: SyntaxHighlighter as unknown as Library['SyntaxHighlighter'],
  languages: {
    bash,
    css,
    javascript,
    json,
    python,
    sql,
    typescript,
    xml,
    yaml,
    ...{ js: javascript, jsx: javascript, ts: typescript, tsx: typescript, sh: bash, shell: bash, html: xml, yml: yaml, py: python },
  },
  register: (name, grammar) => SyntaxHighlighter.registerLanguage(name, grammar),
  style: defaultStyle,
});
