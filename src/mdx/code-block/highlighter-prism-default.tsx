import prism from 'react-syntax-highlighter/dist/esm/styles/prism/prism';
import Highlighted from './highlighter.tsx';
import type { HighlightedProps } from './highlighted.tsx';

const library = { library: 'prism' } as const;

/**
 * Prism in Prism's default style, what mdx-deck's `prism`/`syntaxHighlighterPrism` showed: a chunk of its own beside
 * the Prism one, so that only a deck using those themes loads the style.
 */
export default function PrismDefault({ codeStyle, ...props }: HighlightedProps) {
  return <Highlighted {...props} codeStyle={{ ...(codeStyle ?? library), style: prism }} />;
}
