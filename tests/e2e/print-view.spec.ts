import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openDeck } from './deck-page.ts';

/** Pages in a PDF Chromium printed, by counting its page objects. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

async function slideCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-deck]').getAttribute('data-slides'));
}

test.describe('print view (?mode=print)', () => {
  test('mounts every slide fully built, code highlighted, then says ready; one PDF page per slide', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, 'mdx-deck', '', '?mode=print');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'print');
    const slides = await slideCount(page);
    await expect(page.locator('section[data-slide-index]')).toHaveCount(slides);
    await expect(page.locator('.slide-loading')).toHaveCount(0);
    await expect(page.locator('.step-hidden')).toHaveCount(0);
    await expect(page.locator('.step-shown')).not.toHaveCount(0);
    await expect(page.locator('[data-slide-index="10"] .token').first()).toBeVisible();
    const numbers = await page
      .locator('section[data-slide-index]')
      .evaluateAll((sections) => sections.map((section) => Number(section.getAttribute('data-slide-index'))));
    expect(numbers).toEqual(Array.from({ length: slides }, (_, index) => index + 1));
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(slides);
    expect(errors).toEqual([]);
  });

  test('every printed slide page has a heading for the PDF outline, a visible one where the slide has it', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '', '?mode=print');
    const headings = await page
      .locator('[data-print-page^="slide-"]')
      .evaluateAll((pages) => pages.map((printed) => printed.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? ''));
    expect(headings).toHaveLength(await slideCount(page));
    expect(headings.every((heading) => heading.length > 0)).toBe(true);
    await expect(page.locator('.print-outline-heading')).toHaveText(['Slide 8']);
  });

  test('&steps=1 prints slide N at steps 0…steps, one page each', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '', '?mode=print&steps=1');
    const stepPages = page.locator('[data-print-page^="slide-02"]');
    await expect(stepPages).toHaveCount(4);
    for (let step = 0; step < 4; step++) await expect(stepPages.nth(step).locator('.step-shown')).toHaveCount(step);
    await expect(page.locator('[data-print-page^="slide-03"]')).toHaveCount(3);
  });

  test('&notes=1 puts each slide and its notes (or lines to write on) on one page: one page per slide', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '', '?mode=print&notes=1');
    const slides = await slideCount(page);
    const names = await page.locator('[data-print-page]').evaluateAll((pages) => pages.map((printed) => printed.getAttribute('data-print-page')));
    expect(names).toEqual(Array.from({ length: slides }, (_, index) => `slide-${String(index + 1).padStart(2, '0')}`));
    const first = page.locator('[data-print-page="slide-01"]');
    await expect(first.locator('section[data-slide-index="1"]')).toHaveCount(1);
    await expect(first.locator('.print-notes-body')).toContainText('These are notes for the first slide.');
    await expect(page.locator('[data-print-page="slide-02"] .print-notes-body .print-lines')).toHaveCount(1);
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(slides);
  });

  test('&handout=N puts N slides on each A4 page, with notes, then lines to write on', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '', '?mode=print&handout=4');
    const slides = await slideCount(page);
    const sheets = page.locator('[data-print-page^="handout-"]');
    await expect(sheets).toHaveCount(Math.ceil(slides / 4));
    await expect(sheets.first().locator('section[data-slide-index]')).toHaveCount(4);
    await expect(sheets.first().locator('.print-handout-notes')).toContainText(['These are notes for the first slide.']);
    await expect(sheets.first().locator('.print-handout-notes .print-lines')).toHaveCount(4);
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(Math.ceil(slides / 4));
  });

  test('Ctrl+P in the audience view prints the whole deck through the print view, then comes back', async ({ page }) => {
    await page.addInitScript(() => {
      const printed: number[] = [];
      Object.assign(window, { printed });
      window.print = () => {
        printed.push(document.querySelectorAll('[data-print-page]').length);
        setTimeout(() => dispatchEvent(new Event('afterprint')));
      };
    });
    await openDeck(page, 'mdx-deck', '#/3');
    await page.keyboard.press('Control+p');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number[] }).printed)).toEqual([10]);
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'audience');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '3');
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
  });
});
