/** A slide the go-to dialog offers. */
export interface SlideMatch {
  slide: number;
  title: string;
}

/** At most this many title matches are listed (a 500-slide deck stays quick to type in). */
export const MAX_MATCHES = 20;

/**
 * What a go-to query names: a number is that slide (clamped to the deck, like a hash); text matches
 * titles case-insensitively, titles that start with it first, then in deck order.
 */
export function searchSlides(titles: readonly string[], query: string, limit = MAX_MATCHES): SlideMatch[] {
  const text = query.trim().toLowerCase();
  if (text === '' || titles.length === 0) return [];
  if (/^\d+$/.test(text)) {
    const slide = Math.min(titles.length, Math.max(1, Number(text)));
    return [{ slide, title: titles[slide - 1] ?? '' }];
  }
  const found = titles.flatMap((title, index) => {
    const at = title.toLowerCase().indexOf(text);
    return at < 0 ? [] : [{ slide: index + 1, title, rank: at === 0 ? 0 : 1 }];
  });
  found.sort((a, b) => a.rank - b.rank || a.slide - b.slide);
  return found.slice(0, limit).map(({ slide, title }) => ({ slide, title }));
}
