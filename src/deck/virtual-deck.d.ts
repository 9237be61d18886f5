declare module 'virtual:deck' {
  import type { ComponentType } from 'react';
  import type { SlideEntry } from './deck-types.ts';
  export const meta: unknown;
  export const theme: unknown;
  export const deckId: string;
  export const slides: SlideEntry[];
  export const Chrome: ComponentType;
}
