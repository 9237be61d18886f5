import type { Page } from '@playwright/test';
import axe from 'axe-core';
import { PNG } from 'pngjs';
import { contrast, type Rgb } from '../../src/styles/contrast.ts';

type Axe = typeof axe;

/**
 * Axe's violations on `page` (within `include` if given), one `rule: targets` line each. axe-core is put into the page
 * once and run there with its default rules. @axe-core/playwright's `analyze()` did the same work at ~10× the time
 * (~0.5 s a call, most of it a blank page opened to merge its per-frame results, re-injecting axe every call), which
 * the every-slide checks paid 43 times over. The decks under test have no frames.
 *
 * Text whose contrast axe cannot decide (on a gradient, under an image, gradient text) is measured from the pixels
 * instead (`measuredContrast`), and reported as `color-contrast` when it falls short.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { violations, undecided } = await page.evaluate(
    (selector) =>
      (window as unknown as { axe: Axe }).axe.run(selector ?? document, { resultTypes: ['violations', 'incomplete'] }).then((results) => ({
        violations: results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        undecided: results.incomplete.filter((result) => result.id === 'color-contrast').flatMap((result) => result.nodes.map((node) => node.target.join(' '))),
      })),
    include,
  );
  const short: string[] = [];
  for (const target of undecided) {
    const measured = await measuredContrast(page, target);
    if (measured && measured.ratio < measured.required) short.push(`${target} ${measured.ratio.toFixed(2)}:1 < ${measured.required}:1`);
  }
  return short.length ? [...violations, `color-contrast (measured from pixels): ${short.join(', ')}`] : violations;
}

/**
 * The probe's modes (`data-contrast-probe`, space-separated): always, the text inside the element's children is taken
 * out, so only the element's own text differs between shots; `no-text` takes its own text out too (and, for gradient
 * text, the gradient it is drawn with); `colour` spreads a gradient text's gradient over the whole box.
 */
const PROBE_STYLE = `
  [data-contrast-probe] *, [data-contrast-probe~="no-text"] { color: transparent !important; -webkit-text-fill-color: transparent !important; text-shadow: none !important; }
  [data-contrast-probe] text, [data-contrast-probe] tspan, text[data-contrast-probe~="no-text"] { fill: transparent !important; }
  [data-contrast-probe~="no-text"][data-contrast-probe~="clip"] { background: none !important; }
  [data-contrast-probe~="colour"] { -webkit-background-clip: border-box !important; background-clip: border-box !important; }`;

/** How many times a box is shot before it is taken as never settling. */
const STABLE_TRIES = 5;

/** The RGB of pixel `index` (of 4-byte pixels). */
const pixel = (data: Buffer, index: number): Rgb => [data[index * 4]!, data[index * 4 + 1]!, data[index * 4 + 2]!];

/**
 * The lowest contrast of `target`'s own text against what is drawn behind it, from screenshots of its box: with its
 * own text, without it, and, for gradient text (`background-clip: text`), the gradient unclipped. Text pixels are
 * those the text changes (screenshots of a settled box are exact: any change is the text); each is judged in the
 * colour the text is drawn in there against the background pixel under it, so anti-aliased edges do not lower the
 * figure. `required`: WCAG AA for the text's size and weight. Undefined for text with nothing on screen (transparent,
 * outside the viewport), which this cannot judge.
 */
export async function measuredContrast(page: Page, target: string): Promise<{ ratio: number; required: number } | undefined> {
  const element = page.locator(target).first();
  const facts = await element.evaluate((node, style) => {
    if (!document.getElementById('contrast-probe-style')) document.head.insertAdjacentHTML('beforeend', `<style id="contrast-probe-style">${style}</style>`);
    const computed = getComputedStyle(node);
    const colour = node instanceof SVGElement ? computed.fill : computed.webkitTextFillColor || computed.color;
    return {
      colour,
      gradientText: computed.backgroundClip === 'text' || computed.webkitBackgroundClip === 'text',
      size: parseFloat(computed.fontSize),
      weight: Number(computed.fontWeight),
    };
  }, PROBE_STYLE);
  const viewport = page.viewportSize()!;
  /** The part of its box inside the viewport, now (a list scrolling to the current slide moves it). */
  const clipNow = async () => {
    const box = await element.evaluate((node) => node.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number });
    const left = Math.max(0, Math.floor(box.x));
    const top = Math.max(0, Math.floor(box.y));
    return {
      x: left,
      y: top,
      width: Math.min(viewport.width, Math.ceil(box.x + box.width)) - left,
      height: Math.min(viewport.height, Math.ceil(box.y + box.height)) - top,
    };
  };
  let clip = await clipNow();
  if (clip.width < 1 || clip.height < 1) return undefined;
  const shot = async (probe?: string) => {
    await element.evaluate((node, value) => (value ? node.setAttribute('data-contrast-probe', value) : node.removeAttribute('data-contrast-probe')), probe);
    return PNG.sync.read(await page.screenshot({ clip, animations: 'disabled', caret: 'hide' })).data;
  };
  const clipped = facts.gradientText ? ' clip' : '';
  // The text shot on either side of the one without: a box still changing (a thumbnail drawing in) or moving would
  // count new pixels as text; it is shot again until both shots agree and the box is where it was.
  let shown: Buffer | undefined;
  let behind: Buffer | undefined;
  for (let attempt = 0; attempt < STABLE_TRIES && !shown; attempt++) {
    const before = await shot(`own${clipped}`);
    behind = await shot(`no-text${clipped}`);
    const after = await shot(`own${clipped}`);
    const now = await clipNow();
    if (before.equals(after) && JSON.stringify(now) === JSON.stringify(clip)) shown = after;
    else {
      clip = now;
      if (clip.width < 1 || clip.height < 1) return undefined;
      await page.waitForTimeout(100);
    }
  }
  const drawnIn = facts.gradientText ? await shot('own colour') : undefined;
  await shot();
  if (!shown || !behind) throw new Error(`${target}: still changing after ${STABLE_TRIES} tries, its contrast cannot be measured`);
  const solid = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(facts.colour);
  if (!drawnIn && !solid) return undefined;
  let lowest = Infinity;
  for (let index = 0; index < shown.length / 4; index++) {
    const background = pixel(behind, index);
    const seen = pixel(shown, index);
    if (seen.every((value, channel) => value === background[channel])) continue;
    let text = drawnIn ? pixel(drawnIn, index) : ([Number(solid![1]), Number(solid![2]), Number(solid![3])] as Rgb);
    const alpha = drawnIn || solid![4] === undefined ? 1 : Number(solid![4]);
    if (alpha < 1) text = text.map((value, channel) => value * alpha + background[channel]! * (1 - alpha)) as Rgb;
    lowest = Math.min(lowest, contrast(text, background));
  }
  if (lowest === Infinity) return undefined;
  const large = facts.size >= 24 || (facts.size >= 18.66 && facts.weight >= 700);
  return { ratio: lowest, required: large ? 3 : 4.5 };
}
