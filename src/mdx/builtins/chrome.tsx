import type { ReactNode } from 'react';
import { useChromeSlot } from '../chrome-slot.ts';

/** Document head content (e.g. `<title>`), hoisted by React 19; rendered once for the deck. */
export function Head({ children }: { children?: ReactNode }) {
  return useChromeSlot('head') ? <>{children}</> : null;
}

/** A header shown on every slide when placed at the deck's top level (mdx-deck v4). */
export function Header({ children }: { children?: ReactNode }) {
  return useChromeSlot('header') ? <div className="deck-header">{children}</div> : null;
}

/** A footer shown on every slide when placed at the deck's top level (mdx-deck v4). */
export function Footer({ children }: { children?: ReactNode }) {
  return useChromeSlot('footer') ? <div className="deck-footer">{children}</div> : null;
}
