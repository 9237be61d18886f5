import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../frame/slide-size.ts';

/** Slides per A4 handout page. */
export const HANDOUT_SIZES = [2, 3, 4, 6] as const;
export type HandoutSize = (typeof HANDOUT_SIZES)[number];

/** What the print view prints: every step, notes pages, handouts, a subset of slides. */
export interface PrintOptions {
  steps: boolean;
  notes: boolean;
  handout: HandoutSize | null;
  /** Notes include the SpeakerOnly remarks (the speaker's own copy); public notes leave them out. */
  speakerNotes: boolean;
  /** 1-based slide numbers to print, in deck order; `null` for all. */
  slides: readonly number[] | null;
}

/** What the print view needs to know of each slide. */
export interface SlideShape {
  /** Step elements on the slide (0 for none): positions run 0…steps. */
  steps: number;
}

/**
 * One printed page; `name` is unique and file-name safe (PNG export names files after it). A `notes` page is the slide
 * and its notes (or lines to write on) side by side, on one page.
 */
export type PrintPage =
  { kind: 'slide' | 'notes'; name: string; slide: number; revealed: number; repeat: boolean } | { kind: 'handout'; name: string; slides: number[] };

/** Whether `value` is one of the handout sizes (2, 3, 4 or 6). */
export function isHandoutSize(value: number): value is HandoutSize {
  return (HANDOUT_SIZES as readonly number[]).includes(value);
}

const pad = (value: number, total: number) => String(value).padStart(String(total).length, '0');

/** The pages to print, in order: one per slide (or one per step), each beside its notes when asked; or handout pages of N slides. */
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
  const kind = options.notes ? 'notes' : 'slide';
  return slides.flatMap((slide): PrintPage[] => {
    const shape = shapes[slide - 1]!;
    const name = `slide-${pad(slide, total)}`;
    if (!options.steps) return [{ kind, name, slide, revealed: Number.POSITIVE_INFINITY, repeat: false }];
    return Array.from({ length: shape.steps + 1 }, (_, step) => ({
      kind,
      name: shape.steps > 0 ? `${name}-step-${step}` : name,
      slide,
      revealed: step,
      repeat: step > 0,
    }));
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

/** Per size: the grid, and the room (CSS px) a cell keeps for notes below or beside the thumbnail, which takes the rest. */
const GRIDS: Record<HandoutSize, Omit<HandoutGrid, 'scale'> & { notesRoom: number }> = {
  2: { columns: 1, rows: 2, notesBeside: false, notesRoom: 160 },
  3: { columns: 1, rows: 3, notesBeside: true, notesRoom: 240 },
  4: { columns: 1, rows: 4, notesBeside: true, notesRoom: 240 },
  6: { columns: 2, rows: 3, notesBeside: false, notesRoom: 80 },
};

/** The grid for N slides per page, with the largest thumbnail scale that fits a cell and leaves room to write. */
export function handoutGrid(size: HandoutSize): HandoutGrid {
  const { notesRoom, ...grid } = GRIDS[size];
  const cellWidth = (HANDOUT_CONTENT.width - HANDOUT_GAP * (grid.columns - 1)) / grid.columns;
  const cellHeight = (HANDOUT_CONTENT.height - HANDOUT_HEADER - HANDOUT_GAP * (grid.rows - 1)) / grid.rows;
  const width = grid.notesBeside
    ? Math.min(cellWidth - HANDOUT_GAP - notesRoom, (cellHeight * SLIDE_WIDTH) / SLIDE_HEIGHT)
    : Math.min(cellWidth, ((cellHeight - HANDOUT_GAP - notesRoom) * SLIDE_WIDTH) / SLIDE_HEIGHT);
  return { ...grid, scale: Math.floor((width / SLIDE_WIDTH) * 1000) / 1000 };
}
