import type { ComponentType, CSSProperties } from 'react';
import type { LinePropsOf } from './code-meta.ts';
import { blockColourProperties, type CodeStyle, type SyntaxStyle } from './code-style.ts';
import { codeColours, onSlide } from './syntax-style.ts';

/** What the code block hands over: the text, its language, each line's attributes, the deck's code style, data flags for the `pre`. */
export interface HighlightedProps {
  code: string;
  language: string;
  lineProps: LinePropsOf;
  codeStyle?: CodeStyle;
  [flag: `data-${string}`]: string | undefined;
}

/** The part of react-syntax-highlighter's props this engine uses, the same for its Prism and highlight.js builds. */
type SyntaxHighlighterProps = {
  language: string;
  style: SyntaxStyle;
  PreTag: string;
  className: string;
  customStyle: CSSProperties;
  codeTagProps: { className: string; style?: CSSProperties };
  wrapLines: boolean;
  lineProps: LinePropsOf;
  showLineNumbers: boolean;
  lineNumberStyle: CSSProperties;
  children: string;
};

/** What a highlighter chunk brings: its library, the grammars registered in it, and how to add a deck's own. */
export interface Library {
  SyntaxHighlighter: ComponentType<SyntaxHighlighterProps>;
  languages: Record<string, unknown>;
  register(name: string, grammar: unknown): void;
  /** The style when a deck names none: Prism's chunk has our a11y-dark, highlight.js's its default style. */
  style: SyntaxStyle;
}

/** Highlighted code with one library; each line is a `[data-line]` span. */
export function highlightedWith({ SyntaxHighlighter, languages, register, style }: Library) {
  const known = new Set(Object.keys(languages));
  for (const [name, grammar] of Object.entries(languages)) register(name, grammar);
  const registered = new WeakSet<object>();

  return function Highlighted({ code, language, lineProps, codeStyle, ...flags }: HighlightedProps) {
    if (codeStyle?.languages && !registered.has(codeStyle.languages)) {
      registered.add(codeStyle.languages);
      for (const [name, grammar] of Object.entries(codeStyle.languages)) {
        register(name, grammar);
        known.add(name);
      }
    }
    const shown = known.has(language) ? language : 'text';
    const deckStyle = codeStyle ? onSlide(codeStyle.style ?? style) : undefined;
    // Our own decks: our code colours. A deck's style: its colours, handed to what our CSS colours too (line numbers, title).
    const customStyle = deckStyle ? { margin: 0, ...blockColourProperties(deckStyle) } : { margin: 0, background: 'var(--code-background)' };
    return (
      <SyntaxHighlighter
        language={shown}
        style={deckStyle ?? style}
        PreTag="pre"
        className="code-block"
        customStyle={customStyle}
        codeTagProps={{ className: `language-${language}`, style: deckStyle ? codeColours(deckStyle, shown) : undefined }}
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
  };
}
