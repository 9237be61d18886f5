import { Children, type CSSProperties, type ReactNode } from 'react';

interface LayoutProps {
  children?: ReactNode;
  style?: CSSProperties;
  className?: string;
  /** The slide's archetype (`title`, `statement`, `divider`, `diagram`, `closing`, or `content`): read at compile time for `data-layout`. */
  type?: string;
}

/**
 * The archetypes with the three-colour band across the slide's top. The band is an element of its own, not the
 * layout's `::before`: axe does not measure the contrast of any text under an ancestor's positioned pseudo element
 * larger than a quarter of that text, so the band kept every word of the title slide out of the contrast check.
 */
const BANDED = new Set(['title', 'closing', 'divider']);

/** A full-slide wrapper: an archetype of the deck's design (`type`), or mdx-deck's Layout for a layout of your own. */
export function Layout({ children, style, className, type }: LayoutProps) {
  const classes = ['layout', type && `layout-${type}`, className].filter(Boolean).join(' ');
  return (
    <div className={classes} style={style}>
      {type && BANDED.has(type) && <span className="layout-band" aria-hidden="true" />}
      {children}
    </div>
  );
}

function splitChildren(children: ReactNode): [ReactNode, ReactNode[]] {
  const [first, ...rest] = Children.toArray(children).filter((child) => !(typeof child === 'string' && !child.trim()));
  return [first, rest];
}

/** First child on the left, the rest on the right (mdx-deck Split). */
export function Split({ children }: { children?: ReactNode }) {
  const [first, rest] = splitChildren(children);
  return (
    <div className="layout layout-split">
      <div className="split-pane">{first}</div>
      <div className="split-pane">{rest}</div>
    </div>
  );
}

/** First child on the right, the rest on the left (mdx-deck SplitRight). */
export function SplitRight({ children }: { children?: ReactNode }) {
  const [first, rest] = splitChildren(children);
  return (
    <div className="layout layout-split">
      <div className="split-pane">{rest}</div>
      <div className="split-pane">{first}</div>
    </div>
  );
}

/** Children side by side in equal columns (mdx-deck Horizontal). */
export function Horizontal({ children }: { children?: ReactNode }) {
  return <div className="layout layout-horizontal">{children}</div>;
}

/** Text and background colours swapped for this slide (mdx-deck Invert). */
export function Invert({ children }: { children?: ReactNode }) {
  return <div className="layout layout-invert">{children}</div>;
}

/** A code block filling the whole slide (mdx-deck FullScreenCode). */
export function FullScreenCode({ children }: { children?: ReactNode }) {
  return <div className="layout layout-code">{children}</div>;
}
