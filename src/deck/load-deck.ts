import * as compiled from 'virtual:deck';
import type { Deck, DeckMeta, DeckTheme } from './deck-types.ts';
import { parseTransition } from './slide-transition.ts';

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Reads `export const meta` into typed values, dropping fields of the wrong type. */
export function parseMeta(value: unknown): DeckMeta {
  const raw = record(value);
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
  const duration = typeof raw.duration === 'number' && raw.duration > 0 ? raw.duration : undefined;
  return {
    title: text('title'),
    author: text('author'),
    date: text('date'),
    event: text('event'),
    description: text('description'),
    pdf: text('pdf'),
    duration,
    transition: parseTransition(raw.transition),
  };
}

/** Reads `export const theme`; anything that is not an object of strings is ignored rather than crashing the deck. */
export function parseTheme(value: unknown): DeckTheme {
  const raw = record(value);
  const strings = (input: unknown) =>
    Object.fromEntries(Object.entries(record(input)).filter(([, entry]) => typeof entry === 'string')) as Record<string, string>;
  return { ...raw, colors: strings(raw.colors), fonts: strings(raw.fonts) };
}

/** The deck this build was made for. */
export const deck: Deck = {
  id: compiled.deckId,
  meta: parseMeta(compiled.meta),
  theme: parseTheme(compiled.theme),
  slides: compiled.slides,
  Chrome: compiled.Chrome,
};
