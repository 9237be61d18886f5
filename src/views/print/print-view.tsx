import { useEffect, useMemo } from 'react';
import type { ViewProps } from '../view-props.ts';
import { usePrintModules } from './use-print-modules.ts';
import { printLazyParts } from '../../lazy/lazy-parts.ts';
import { loadPrintFonts } from './load-print-fonts.ts';
import { HandoutPage, NotesPage, PrintedSlide } from './print-pages.tsx';
import { printPages, type PrintOptions, type PrintPage } from '../../print/print-layout.ts';
import { readPrintQuery } from '../../print/print-query.ts';
import './print-view.css';

/**
 * The module loaders the pages need (slide bodies, and notes where printed, each once), every lazy part slides
 * may use, and the static print fonts: loaded before the first render, the pages mount once, fully built.
 */
function loadersFor(deck: ViewProps['deck'], pages: readonly PrintPage[], options: PrintOptions) {
  const loaders = new Set<() => Promise<unknown>>([...printLazyParts(), loadPrintFonts]);
  const withNotes = options.notes || options.handout !== null;
  for (const page of pages) {
    for (const slide of page.kind === 'handout' ? page.slides : [page.slide]) {
      const entry = deck.slides[slide - 1];
      if (!entry) continue;
      loaders.add(entry.body);
      if (withNotes && entry.notes) loaders.add(entry.notes);
    }
  }
  return [...loaders];
}

/** Every slide on a page of its own, fully built (or one page per step, with notes pages, or A4 handouts): for print and PDF. */
export default function PrintView({ deck }: ViewProps) {
  const options = useMemo(() => readPrintQuery(location.search, deck.slides.length), [deck]);
  const pages = useMemo(
    () =>
      printPages(
        deck.slides.map((entry) => ({ steps: entry.steps })),
        options,
      ),
    [deck, options],
  );
  const loaders = useMemo(() => loadersFor(deck, pages, options), [deck, pages, options]);
  const loaded = usePrintModules(loaders);

  // The PDF takes its title from the document: the deck's, not the current slide's.
  useEffect(() => {
    if (loaded && deck.meta.title) document.title = deck.meta.title;
  }, [loaded, deck]);

  const sheets = pages.length;
  const reader = options.speakerNotes ? 'speaker' : 'public';
  return (
    <main className="print-view" data-print-pages={pages.length} aria-busy={!loaded}>
      {loaded &&
        pages.map((page, index) => (
          <div key={page.name} className={`print-page print-page-${page.kind}`} data-print-page={page.name}>
            {page.kind === 'slide' && <PrintedSlide deck={deck} slide={page.slide} revealed={page.revealed} repeat={page.repeat} />}
            {page.kind === 'notes' && <NotesPage deck={deck} slide={page.slide} revealed={page.revealed} repeat={page.repeat} reader={reader} />}
            {page.kind === 'handout' && options.handout && (
              <HandoutPage deck={deck} reader={reader} size={options.handout} slides={page.slides} sheet={index + 1} sheets={sheets} />
            )}
          </div>
        ))}
    </main>
  );
}
