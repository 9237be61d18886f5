import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { openDeck, waitReady } from './deck-page.ts';

test.describe('reading view on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('is the default on a narrow portrait screen, with every title in order and notes as transcript', async ({ page }) => {
    await openDeck(page, 'talk');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'read');
    const slides = Number(await page.locator('[data-deck]').getAttribute('data-slides'));
    const articles = page.locator('article[data-read-slide]');
    await expect(articles).toHaveCount(slides);
    const headings = await page.locator('article[data-read-slide] > h2').allTextContents();
    const tocTitles = await page.locator('nav#contents li').allInnerTexts();
    expect(headings.map((heading) => heading.replace(/^\d+\s+/, ''))).toEqual(tocTitles);
    await expect(page.locator('h1:not([data-slide-index] h1)')).toHaveCount(1);
    const transcript = page.locator('[data-read-slide="1"] section[aria-label="Transcript of slide 1"]');
    await expect(transcript).toBeVisible();
    expect((await transcript.innerText()).length).toBeGreaterThan(10);
  });

  test('the hash follows the slide in view, and #/N opens at slide N', async ({ page }) => {
    await openDeck(page, 'talk');
    const slides = Number(await page.locator('[data-deck]').getAttribute('data-slides'));
    const target = Math.min(20, slides);
    // Slides further down keep rendering in idle time after the first ready, which can move the page under a
    // scroll made too early: scroll again until the hash has caught up with a settled page.
    await expect(async () => {
      await page.locator(`#slide-${target}`).evaluate((article) => window.scrollTo(0, article.getBoundingClientRect().top + window.scrollY));
      await expect(page).toHaveURL(new RegExp(`#/${target}$`), { timeout: 1500 });
    }).toPass({ timeout: 15_000 });

    const deep = Math.min(30, slides);
    await openDeck(page, 'talk', `#/${deep}`);
    const top = await page.locator(`#slide-${deep}`).evaluate((article) => article.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await expect(page.locator(`#slide-${deep} [data-slide-index="${deep}"]`)).toBeVisible();
  });

  test('switches to the slide view and back', async ({ page }) => {
    await openDeck(page, 'talk', '#/3');
    await page.getByRole('button', { name: 'Slide view' }).click();
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'audience');
    await expect(page.locator('[data-slide-index="3"]')).toBeVisible();
    await page.getByRole('button', { name: 'Reading view' }).click();
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'read');
    await expect(page.locator('#slide-3')).toBeInViewport();
  });

  /** Waits until every slide of the reading view has rendered (they arrive in idle time). */
  async function allSlidesRendered(page: Page) {
    await expect(async () => expect(await page.locator('.read-frame-box .slide-body > :not(.slide-loading)').count()).toBeGreaterThan(0)).toPass();
    await expect(async () =>
      expect(await page.locator('.read-frame-box:has(.slide-body > :not(.slide-loading))').count()).toBe(await page.locator('.read-frame-box').count()),
    ).toPass({ timeout: 20_000 });
    await page.evaluate(() => document.fonts.ready);
  }

  test('slides reflow as text at a readable size: no slide text under 12 CSS px on a 390 px phone', async ({ page }) => {
    await openDeck(page, 'talk');
    await allSlidesRendered(page);
    const sizes = await page.locator('.read-frame-box').evaluateAll((boxes) =>
      boxes.flatMap((box) => {
        const found: { slide: string; px: number; text: string }[] = [];
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!element || !node.textContent?.trim() || !element.checkVisibility({ visibilityProperty: true })) continue;
          if (element.closest('.sr-only')) continue;
          // Effective size: the computed size times every zoom on the way up.
          const px = parseFloat(getComputedStyle(element).fontSize) * element.currentCSSZoom;
          found.push({ slide: box.closest('article')?.dataset.readSlide ?? '?', px, text: node.textContent.trim().slice(0, 40) });
        }
        return found;
      }),
    );
    expect(sizes.length).toBeGreaterThan(200);
    expect(sizes.filter((size) => size.px < 12)).toEqual([]);
    // Reflowed, not a picture of the 1280 px frame: body text wraps inside the column.
    const column = await page.locator('.read-column').boundingBox();
    const paragraph = await page.locator('[data-read-slide="4"] .slide-body li').first().boundingBox();
    expect(paragraph!.width).toBeLessThanOrEqual(column!.width);
  });

  test('each slide’s title shows once, in its article heading', async ({ page }) => {
    await openDeck(page, 'talk');
    await allSlidesRendered(page);
    const repeats = await page.locator('article[data-read-slide]').evaluateAll((articles) =>
      articles
        .map((article) => {
          const title = article
            .querySelector(':scope > h2 a')!
            .textContent!.replace(/^\d+\s+/, '')
            .trim();
          const shown = [...article.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
            (heading) => heading.checkVisibility({ visibilityProperty: true }) && heading.textContent?.replace(/^\d+\s+/, '').trim() === title,
          );
          return { slide: article.getAttribute('data-read-slide'), title, times: shown.length };
        })
        .filter((article) => article.times !== 1),
    );
    expect(repeats).toEqual([]);
  });

  test('scrolled to the end of the page, the hash names the last slide', async ({ page }) => {
    await openDeck(page, 'talk');
    const slides = Number(await page.locator('[data-deck]').getAttribute('data-slides'));
    await allSlidesRendered(page);
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(page).toHaveURL(new RegExp(`#/${slides}$`), { timeout: 1500 });
    }).toPass({ timeout: 15_000 });
    // Back up by a screen: the hash follows the slide on the line again.
    await page.evaluate(() => window.scrollBy(0, -window.innerHeight * 1.5));
    await expect(page).not.toHaveURL(new RegExp(`#/${slides}$`));
  });

  test('leaves the notes’ <SpeakerOnly> remarks out, on every slide', async ({ page }) => {
    await openDeck(page, 'talk');
    const notes = page.locator('article .read-notes');
    // Every slide renders in idle time: wait until all the notes have.
    await expect(async () => expect(await page.locator('article .read-notes .notes-content').count()).toBe(await notes.count())).toPass({ timeout: 20_000 });
    expect(await notes.count()).toBeGreaterThan(10);
    await expect(page.locator('.speaker-only')).toHaveCount(0);
    expect(await page.locator('main').innerText()).not.toContain('(editorial)');
  });

  test('is axe clean', async ({ page }) => {
    await openDeck(page, 'talk');
    await waitReady(page);
    // The settled page: every slide rendered (in idle time) and measured (a wide one becomes a focusable region on the
    // resize observer's next callback, before the next frame).
    const notes = page.locator('article .read-notes');
    await expect(async () => expect(await page.locator('article .read-notes .notes-content').count()).toBe(await notes.count())).toPass({ timeout: 20_000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('a wide screen with no mode opens the slide view', async ({ page }) => {
  await openDeck(page, 'talk');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'audience');
});

test('the built HTML holds every slide title before any script runs', async ({ page, request }) => {
  await openDeck(page, 'talk', '', '?mode=read');
  const titles = await page.locator('nav#contents li').allInnerTexts();
  const html = await (await request.get('talk/index.html')).text();
  const inHtml = await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    return [...parsed.querySelectorAll('.transcript h2')].map((heading) => heading.textContent?.replace(/^\d+\.\s+/, ''));
  }, html);
  expect(inHtml).toEqual(titles);
  // The transcript is public: the notes' <SpeakerOnly> remarks stay out of it.
  expect(html).toContain('<aside aria-label="Notes">');
  expect(html).not.toContain('(editorial)');
  expect(html).toContain('<meta property="og:title"');
  expect(html).toContain('<meta property="og:image" content="./og-image.png" />');
  const png = await (await request.get('talk/og-image.png')).body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first slide is prerendered and the transcript readable', async ({ page }) => {
    await page.goto('mdx-deck/index.html');
    await expect(page.locator('[data-slide-index="1"] h1')).toHaveText('Hello mdx-deck');
    await expect(page.locator('[data-slide-index="1"] h1')).toBeInViewport();
    await expect(page.locator('.transcript h2').nth(9)).toHaveText('10. Local component');
  });
});
