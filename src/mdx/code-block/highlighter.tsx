import SyntaxHighlighter from 'react-syntax-highlighter/dist/esm/prism-light';
import theme from 'react-syntax-highlighter/dist/esm/styles/prism/a11y-dark';
import bash from 'react-syntax-highlighter/dist/esm/languages/prism/bash';
import json from 'react-syntax-highlighter/dist/esm/languages/prism/json';
import jsx from 'react-syntax-highlighter/dist/esm/languages/prism/jsx';
import python from 'react-syntax-highlighter/dist/esm/languages/prism/python';
import sql from 'react-syntax-highlighter/dist/esm/languages/prism/sql';
import tsx from 'react-syntax-highlighter/dist/esm/languages/prism/tsx';
import typescript from 'react-syntax-highlighter/dist/esm/languages/prism/typescript';
import yaml from 'react-syntax-highlighter/dist/esm/languages/prism/yaml';
import type { LinePropsOf } from './code-meta.ts';

const languages = {
  bash,
  json,
  jsx,
  python,
  sql,
  tsx,
  typescript,
  yaml,
  js: jsx,
  javascript: jsx,
  ts: typescript,
  sh: bash,
  shell: bash,
  yml: yaml,
  py: python,
};
for (const [name, grammar] of Object.entries(languages)) SyntaxHighlighter.registerLanguage(name, grammar);

/** What the code block hands over: the text, its language, each line's attributes, and data flags for the `pre`. */
interface HighlightedProps {
  code: string;
  language: string;
  lineProps: LinePropsOf;
  [flag: `data-${string}`]: string | undefined;
}

/** Highlighted code, loaded lazily: this chunk is the heaviest part of the deck. Each line is a `[data-line]` span. */
export default function Highlighted({ code, language, lineProps, ...flags }: HighlightedProps) {
  return (
    <SyntaxHighlighter
      language={language in languages ? language : 'text'}
      style={theme}
      PreTag="pre"
      className="code-block"
      customStyle={{ margin: 0, background: 'var(--code-background)' }}
      codeTagProps={{ className: `language-${language}` }}
      wrapLines
      lineProps={lineProps}
      // Only so that lineProps hears each line's number; the numbers shown are the code block's own (code-block.css).
      showLineNumbers
      lineNumberStyle={{ display: 'none' }}
      {...flags}
    >
      {code}
    </SyntaxHighlighter>
  );
}
