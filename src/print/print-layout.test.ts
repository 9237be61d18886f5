import { describe, expect, it } from 'vitest';
import { HANDOUT_CONTENT, HANDOUT_GAP, HANDOUT_HEADER, HANDOUT_SIZES, handoutGrid, printPages, type PrintOptions } from './print-layout.ts';

const shapes = [{ steps: 0 }, { steps: 3 }, { steps: 2 }, { steps: 0 }, { steps: 0 }];
const plain: PrintOptions = { steps: false, notes: false, handout: null, speakerNotes: false, slides: null };

describe('printPages', () => {
  it('prints every slide once, fully built', () => {
    const pages = printPages(shapes, plain);
    expect(pages.map((page) => page.name)).toEqual(['slide-1', 'slide-2', 'slide-3', 'slide-4', 'slide-5']);
    expect(pages.every((page) => page.kind === 'slide' && page.revealed === Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('prints one page per step: slide N at steps 0…steps', () => {
    const pages = printPages(shapes, { ...plain, steps: true });
    expect(pages).toHaveLength(1 + 4 + 3 + 1 + 1);
    expect(pages.filter((page) => page.kind === 'slide' && page.slide === 2).map((page) => page.kind === 'slide' && page.revealed)).toEqual([0, 1, 2, 3]);
    expect(pages.filter((page) => page.kind === 'slide' && page.repeat).map((page) => page.name)).toEqual([
      'slide-2-step-1',
      'slide-2-step-2',
      'slide-2-step-3',
      'slide-3-step-1',
      'slide-3-step-2',
    ]);
  });

  it('with notes, puts each slide (each step) and its notes on one page: as many pages as without', () => {
    const notes = printPages(shapes, { ...plain, notes: true });
    expect(notes.map((page) => [page.kind, page.name])).toEqual(printPages(shapes, plain).map((page) => ['notes', page.name]));
    const stepped = printPages(shapes, { ...plain, notes: true, steps: true });
    expect(stepped).toHaveLength(printPages(shapes, { ...plain, steps: true }).length);
    expect(stepped.slice(5, 8).map((page) => page.kind === 'notes' && [page.name, page.revealed])).toEqual([
      ['slide-3-step-0', 0],
      ['slide-3-step-1', 1],
      ['slide-3-step-2', 2],
    ]);
  });

  it('prints only the chosen slides, in deck order', () => {
    expect(printPages(shapes, { ...plain, slides: [2, 5] }).map((page) => page.name)).toEqual(['slide-2', 'slide-5']);
  });

  it('groups N slides per handout page: ceil(slides / N) pages, the last one partly filled', () => {
    for (const size of HANDOUT_SIZES) {
      const pages = printPages(shapes, { ...plain, handout: size });
      expect(pages).toHaveLength(Math.ceil(shapes.length / size));
      expect(pages.flatMap((page) => (page.kind === 'handout' ? page.slides : []))).toEqual([1, 2, 3, 4, 5]);
    }
    expect(printPages(shapes, { ...plain, handout: 4 }).map((page) => page.kind === 'handout' && page.slides)).toEqual([[1, 2, 3, 4], [5]]);
  });

  it('pads page names so files sort in deck order', () => {
    const many = Array.from({ length: 12 }, () => ({ steps: 0 }));
    expect(
      printPages(many, plain)
        .map((page) => page.name)
        .slice(0, 2),
    ).toEqual(['slide-01', 'slide-02']);
  });
});

describe('handoutGrid', () => {
  it('fits every thumbnail (and room for notes) inside an A4 page', () => {
    for (const size of HANDOUT_SIZES) {
      const grid = handoutGrid(size);
      expect(grid.columns * grid.rows).toBe(size);
      const thumb = { width: 1280 * grid.scale, height: 720 * grid.scale };
      const cell = {
        width: (HANDOUT_CONTENT.width - HANDOUT_GAP * (grid.columns - 1)) / grid.columns,
        height: (HANDOUT_CONTENT.height - HANDOUT_HEADER - HANDOUT_GAP * (grid.rows - 1)) / grid.rows,
      };
      expect(thumb.width + (grid.notesBeside ? HANDOUT_GAP + 100 : 0)).toBeLessThanOrEqual(cell.width);
      expect(thumb.height + (grid.notesBeside ? 0 : HANDOUT_GAP + 60)).toBeLessThanOrEqual(cell.height);
      expect(grid.scale).toBeGreaterThan(0.2);
    }
  });
  it('puts notes beside the slide for 3 and 4 per page (the classic lined handout), below it for 2 and 6', () => {
    expect(HANDOUT_SIZES.map((size) => handoutGrid(size).notesBeside)).toEqual([false, true, true, false]);
  });
  it('fills the page: thumbnails at least 0.3 of the slide for 4 per page, and larger the fewer per page', () => {
    const scales = HANDOUT_SIZES.map((size) => handoutGrid(size).scale);
    expect(scales[2]).toBeGreaterThanOrEqual(0.3);
    expect([...scales].sort((a, b) => b - a)).toEqual(scales);
  });
});
