import type { CSSProperties } from 'react';
import type { DeckTheme } from './deck-types.ts';

/** mdx-deck theme keys as the CSS custom properties our stylesheet reads. */
export function themeStyle(theme: DeckTheme): CSSProperties {
  const vars: Record<string, string | undefined> = {
    '--deck-text': theme.colors?.text,
    '--deck-background': theme.colors?.background,
    '--deck-primary': theme.colors?.primary,
    '--deck-font-body': theme.fonts?.body,
    // The stylesheet's heading font is resolved at :root; a deck that sets only its body font means it for headings too.
    '--deck-font-heading': theme.fonts?.heading ?? theme.fonts?.body,
    '--deck-font-mono': theme.fonts?.monospace,
  };
  return Object.fromEntries(Object.entries(vars).filter(([, value]) => value)) as CSSProperties;
}
