import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../frame/slide-size.ts';

/** Slides per A4 handout page. */
export const HANDOUT_SIZES = [2, 3, 4, 6] as const;
export type HandoutSize = (typeof HANDOUT_SIZES)[number];

/** What the print view prints: every step, notes pages, handouts, a subset of slides. */
export interface PrintOptions {
  steps: boolean;
  notes: boolean;
  handout: HandoutSize | null;
  /** 1-based slide numbers to print, in deck order; `null` for all. */
  slides: readonly number[] | null;
}

/** What the print view needs to know of each slide. */
export interface SlideShape {
  /** Step elements on the slide (0 for none): positions run 0…steps. */
  steps: number;
  hasNotes: boolean;
}

/** One printed page; `name` is unique and file-name safe (PNG export names files after it). */
export type PrintPage =
  | { kind: 'slide'; name: string; slide: number; revealed: number; repeat: boolean }
  | { kind: 'notes'; name: string; slide: number }
  | { kind: 'handout'; name: string; slides: number[] };

/** Whether `value` is one of the handout sizes (2, 3, 4 or 6). */
export function isHandoutSize(value: number): value is HandoutSize {
  return (HANDOUT_SIZES as readonly number[]).includes(value);
}

const pad = (value: number, total: number) => String(value).padStart(String(total).length, '0');

/** The pages to print, in order: per slide one page (or one per step), then its notes page; or handout pages of N slides. */
export function printPages(shapes: readonly SlideShape[], options: PrintOptions): PrintPage[] {
  const total = shapes.length;
  const slides = (options.slides ?? shapes.map((_, index) => index + 1)).filter((slide) => slide >= 1 && slide <= total);
  if (options.handout) {
    const size = options.handout;
    const sheets = Math.ceil(slides.length / size);
    return Array.from({ length: sheets }, (_, sheet) => ({
      kind: 'handout' as const,
      name: `handout-${pad(sheet + 1, sheets)}`,
      slides: slides.slice(sheet * size, sheet * size + size),
    }));
  }
  return slides.flatMap((slide): PrintPage[] => {
    const shape = shapes[slide - 1]!;
    const name = `slide-${pad(slide, total)}`;
    const pages: PrintPage[] = options.steps
      ? Array.from({ length: shape.steps + 1 }, (_, step) => ({
          kind: 'slide' as const,
          name: shape.steps > 0 ? `${name}-step-${step}` : name,
          slide,
          revealed: step,
          repeat: step > 0,
        }))
      : [{ kind: 'slide', name, slide, revealed: Number.POSITIVE_INFINITY, repeat: false }];
    if (options.notes && shape.hasNotes) pages.push({ kind: 'notes', name: `notes-${pad(slide, total)}`, slide });
    return pages;
  });
}

/** A4 portrait minus 12 mm margins, in CSS px (96 per inch). */
export const HANDOUT_CONTENT = { width: ((210 - 24) / 25.4) * 96, height: ((297 - 24) / 25.4) * 96 } as const;
/** Space between handout cells and between a thumbnail and its notes, in CSS px. */
export const HANDOUT_GAP = 24;
/** Room kept for the header line (deck title, page number) of a handout page, in CSS px. */
export const HANDOUT_HEADER = 36;

/** How a handout page is cut: a grid of cells, each a slide thumbnail with notes (or lines) below or beside it. */
export interface HandoutGrid {
  columns: number;
  rows: number;
  notesBeside: boolean;
  /** Scale of the 1280×720 slide inside its thumbnail. */
  scale: number;
}

const GRIDS: Record<HandoutSize, Omit<HandoutGrid, 'scale'>> = {
  2: { columns: 1, rows: 2, notesBeside: false },
  3: { columns: 1, rows: 3, notesBeside: true },
  4: { columns: 2, rows: 2, notesBeside: false },
  6: { columns: 2, rows: 3, notesBeside: false },
};

/** Share of a cell the thumbnail may take, leaving the rest for notes. */
const THUMB_SHARE = 0.55;

/** The grid for N slides per page, with the thumbnail scale that fits a cell and leaves room to write. */
export function handoutGrid(size: HandoutSize): HandoutGrid {
  const grid = GRIDS[size];
  const cellWidth = (HANDOUT_CONTENT.width - HANDOUT_GAP * (grid.columns - 1)) / grid.columns;
  const cellHeight = (HANDOUT_CONTENT.height - HANDOUT_HEADER - HANDOUT_GAP * (grid.rows - 1)) / grid.rows;
  const width = grid.notesBeside
    ? Math.min((cellWidth - HANDOUT_GAP) * THUMB_SHARE, (cellHeight * SLIDE_WIDTH) / SLIDE_HEIGHT)
    : Math.min(cellWidth, ((cellHeight - HANDOUT_GAP) * THUMB_SHARE * SLIDE_WIDTH) / SLIDE_HEIGHT);
  return { ...grid, scale: Math.floor((width / SLIDE_WIDTH) * 1000) / 1000 };
}
