import { expect, test } from '@playwright/test';
import { buildCorpusDeck, CORPUS, prepareCorpus } from './corpus-decks.ts';
import { deckState } from './deck-page.ts';

/** Builds are made once, two at a time (the machine has two cores), before any deck is opened. */
const builds = new Map<string, Promise<{ status: number; output: string }>>();

test.beforeAll(async () => {
  test.setTimeout(240_000);
  prepareCorpus();
  const queue = [...CORPUS];
  const worker = async () => {
    for (let deck = queue.shift(); deck; deck = queue.shift()) {
      const build = buildCorpusDeck(deck);
      builds.set(deck.name, build);
      await build;
    }
  };
  await Promise.all([worker(), worker()]);
});

/** What the build says about a deck's MDX 1 text, its imports and its remote content (one line each, file:line). */
const WARNINGS: Record<string, RegExp[]> = {
  'react-global-2021': [
    /deck\.mdx:22:3: '<' is not JSX here/,
    /deck\.mdx:65: https:\/\/www\.youtube\.com\/embed\/\S+ will be blocked by the page's Content-Security-Policy \(frame-src\); build with --allow-remote/,
  ],
  'fp-ts': [/deck\.mdx:112:4: an autolink <https:\/\/github\.com\/\S+> \(MDX 1\) is written as a link/],
  'example-aspect-ratio': [/deck\.mdx:1: 'aspect' is not exported by 'mdx-deck\/themes'/],
};

/** A code slide of each deck with a highlighting theme, and the background mdx-deck's highlighter gave it there. */
const CODE_BACKGROUND: Record<string, [slide: number, background: string]> = {
  // Prism's default style (prism, syntaxHighlighterPrism).
  'example-prism': [2, 'rgb(245, 242, 240)'],
  'fp-ts': [3, 'rgb(245, 242, 240)'],
  'codemods-ast': [7, 'rgb(245, 242, 240)'],
  // highlight.js's default style (highlight, syntaxHighlighter).
  'example-syntax-highlighting': [2, 'rgb(240, 240, 240)'],
  symbols: [3, 'rgb(240, 240, 240)'],
};

for (const deck of CORPUS) {
  test(`${deck.name}: builds unmodified, ${deck.slides} slides, every slide renders`, async ({ page }) => {
    const build = await builds.get(deck.name)!;
    expect(build.status, build.output).toBe(0);
    for (const warning of WARNINGS[deck.name] ?? []) expect(build.output).toMatch(warning);
    // Our warnings are our own one line, `file:line…`, without the bundler's `[plugin deck]` in front.
    expect(build.output).not.toMatch(/\[plugin deck/);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`corpus-${deck.name}/index.html#/1`);
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slides', String(deck.slides));
    expect((await deckState(page)).slides).toBe(deck.slides);
    for (let slide = 1; slide <= deck.slides; slide++) {
      if (slide > 1) await page.evaluate((n) => (location.hash = `#/${n}`), slide);
      await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', String(slide));
      const current = page.locator(`[data-slide-index="${slide}"]`);
      await expect(current.locator('.slide-loading')).toHaveCount(0);
      await expect(current.locator('[data-slide-error]'), `slide ${slide} shows an error card`).toHaveCount(0);
    }
    const code = CODE_BACKGROUND[deck.name];
    if (code) {
      await page.evaluate((n) => (location.hash = `#/${n}`), code[0]);
      const pre = page.locator(`[data-slide-index="${code[0]}"] pre.code-block:not(.code-plain)`).first();
      await expect(pre).toBeVisible();
      expect(await pre.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe(code[1]);
    }
    expect(errors).toEqual([]);
  });
}

/** fp-ts's slide showing `<PostponedVideo>`: its `useSteps(1)` gives the slide one step, which plays the video. */
const VIDEO_SLIDE = 72;

test('fp-ts: the PostponedVideo slide takes its step at run time: a press plays the video, the next leaves the slide', async ({ page }) => {
  const build = await builds.get('fp-ts')!;
  expect(build.status, build.output).toBe(0);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Headless Chromium may refuse to play: what the deck owes is the attempt, the step and no page error.
  await page.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      (window as unknown as { plays: number }).plays = ((window as unknown as { plays?: number }).plays ?? 0) + 1;
      return play.call(this);
    };
  });
  const plays = () => page.evaluate(() => (window as unknown as { plays?: number }).plays ?? 0);
  const deck = page.locator('[data-deck]');
  await page.goto(`corpus-fp-ts/index.html#/${VIDEO_SLIDE - 1}`);
  await expect(deck).toHaveAttribute('data-slide', String(VIDEO_SLIDE - 1));
  const video = page.locator(`[data-slide-index="${VIDEO_SLIDE}"] video`);
  // Mounted ahead, hidden, the slide has claimed its step before it is shown.
  await expect(video).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(deck).toHaveAttribute('data-slide', String(VIDEO_SLIDE));
  await expect(deck).toHaveAttribute('data-steps', '2');
  await expect(deck).toHaveAttribute('data-step', '0');
  expect(await plays()).toBe(0);
  await expect(page.locator(`[data-slide-index="${VIDEO_SLIDE}"] img[alt="Play"]`)).toHaveCount(1);

  await page.keyboard.press('ArrowRight');
  await expect(deck).toHaveAttribute('data-step', '1');
  await expect(deck).toHaveAttribute('data-slide', String(VIDEO_SLIDE));
  await expect.poll(plays).toBeGreaterThan(0);
  await expect(page.locator(`[data-slide-index="${VIDEO_SLIDE}"] img[alt="Play"]`)).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect(deck).toHaveAttribute('data-slide', String(VIDEO_SLIDE + 1));
  await expect(deck).toHaveAttribute('data-step', '0');
  // Left behind (still mounted, hidden), the video does not play on.
  await expect.poll(() => video.evaluate((media: HTMLVideoElement) => media.paused)).toBe(true);
  // Back: its last step, as for any slide with steps.
  await page.keyboard.press('ArrowLeft');
  await expect(deck).toHaveAttribute('data-slide', String(VIDEO_SLIDE));
  await expect(deck).toHaveAttribute('data-step', '1');
  expect(errors).toEqual([]);
});
