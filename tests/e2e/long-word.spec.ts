import { expect, test, type Page } from '@playwright/test';
import { buildDeck } from './deck-cli.ts';
import { openDeck } from './deck-page.ts';

const WORD = 'x'.repeat(300);
const URL = `https://example.com/${'a1b2c3d4'.repeat(40)}`;
const SOURCE = `# ${WORD}\n\n---\n\n## Links\n\nThe data is at ${URL} for everyone.\n\n---\n\n## ${WORD}\n`;

/** Where the text of each element matched on a slide runs to (its line boxes, not the element's box), and the frame. */
function textExtents(page: Page, slide: number, selector: string) {
  return page.locator(`[data-slide-index="${slide}"] .frame`).evaluate((frame, selector) => {
    const range = document.createRange();
    return {
      frame: frame.getBoundingClientRect().toJSON() as DOMRect,
      texts: [...frame.querySelectorAll(selector)].map((element) => {
        range.selectNodeContents(element);
        return range.getBoundingClientRect().toJSON() as DOMRect;
      }),
    };
  }, selector);
}

/**
 * Every matched element's text lies inside the slide's frame: across, and down too unless `across` (eleven lines of
 * a 72 px heading are taller than the slide, wrapped or not).
 */
async function expectInsideFrame(page: Page, slide: number, selector: string, { across = false } = {}): Promise<void> {
  const { frame, texts } = await textExtents(page, slide, selector);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text.left).toBeGreaterThanOrEqual(frame.left);
    expect(text.right).toBeLessThanOrEqual(frame.right + 0.5);
    if (across) continue;
    expect(text.top).toBeGreaterThanOrEqual(frame.top);
    expect(text.bottom).toBeLessThanOrEqual(frame.bottom + 0.5);
  }
}

test('a 300-character word and a long URL wrap inside the slide, on screen and in the print view', async ({ page }) => {
  expect((await buildDeck('long-word', SOURCE)).status).toBe(0);
  await openDeck(page, 'long-word', '#/1');
  await expectInsideFrame(page, 1, 'h1', { across: true });
  await openDeck(page, 'long-word', '#/2');
  await expectInsideFrame(page, 2, 'h2, p');
  await openDeck(page, 'long-word', '#/3');
  await expectInsideFrame(page, 3, 'h2');

  await openDeck(page, 'long-word', '', '?mode=print');
  await expectInsideFrame(page, 1, 'h1', { across: true });
  await expectInsideFrame(page, 2, 'h2, p');
  await expectInsideFrame(page, 3, 'h2');
});
