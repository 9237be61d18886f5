// The laser pointer and the pen: pointer move in the presenter window → painted in an audience window following it,
// and the next slide of an audience window with strokes on every slide against one without, presses interleaved
// between the two 200 ms apart (the key-press harness of the moving figures).
import { median, percentile } from '../stats.mjs';
import { instrument, movesOf, pressNext } from './key-presses.mjs';
import { medianP95 as spread, ratio } from './format.mjs';

const VIEWPORT = { width: 1280, height: 720 };
const INTERLEAVE_MS = 200;
const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready === 'true');

/** In the audience: when each pointer message arrives, when `[data-pointer]` shows it, and the frame after that. */
function watchPointer() {
  const ink = (window.__ink = { samples: [] });
  let pending = null;
  const Native = window.BroadcastChannel;
  // Registered before the app's `onmessage`, so it runs first: the arrival is the start of the app's handling.
  window.BroadcastChannel = class extends Native {
    constructor(name) {
      super(name);
      this.addEventListener('message', (event) => {
        const body = event.data?.data;
        if (event.data?.type !== 'topic' || event.data.topic !== 'ink' || body?.kind !== 'pointer' || !body.at) return;
        const sample = { x: String(body.at.x), arrived: performance.timeOrigin + performance.now(), firstFrame: 0 };
        pending = sample;
        ink.samples.push(sample);
        requestAnimationFrame((frame) => (sample.firstFrame = performance.timeOrigin + frame));
      });
    }
  };
  new MutationObserver(() => {
    const pointer = document.querySelector('[data-pointer]');
    const sample = pending;
    if (!pointer || !sample || pointer.dataset.x !== sample.x || sample.dom) return;
    sample.dom = performance.timeOrigin + performance.now();
    requestAnimationFrame((frame) => {
      sample.frame = performance.timeOrigin + frame;
      setTimeout(() => (sample.painted = performance.timeOrigin + performance.now()));
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-x'] });
}

/** The slide frame's box in the presenter's current-slide area. */
const presenterFrame = (page, slide) => page.locator(`.presenter-current [data-slide-index="${slide}"] > .frame`).boundingBox();

async function pointerLatency(browser, base, moves) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const audience = await context.newPage();
  await audience.addInitScript(watchPointer);
  await audience.goto(`${base}index.html#/3`);
  await ready(audience);
  const presenter = await context.newPage();
  await presenter.addInitScript(() => {
    window.__moved = [];
    addEventListener('pointermove', () => window.__moved.push(performance.timeOrigin + performance.now()), { capture: true });
  });
  await presenter.goto(`${base}index.html?mode=presenter#/3`);
  await ready(presenter);
  // On stage the deck has long finished warming (idle-time loads of every slide and view): measure that.
  for (const page of [audience, presenter]) await page.waitForFunction(() => document.documentElement.dataset.warm === 'true', null, { timeout: 60_000 });
  await presenter.keyboard.press('l');
  // Headless Chromium draws only the window in front at the display's rate; the others get a frame a second (a
  // plain dot moved over a BroadcastChannel shows the same). On stage both windows are on screen: the audience's
  // frames are the ones measured, so it goes in front. The presenter still gets its input, but at its own frames (a
  // second apart): the move is timed from when the presenter handles it, not from the event's timestamp.
  await audience.bringToFront();
  const box = await presenterFrame(presenter, 3);
  for (let move = 0; move < moves; move++) {
    // A pointer sweeping across the slide, a sample every 50 ms (under the second after which it fades).
    const x = 100 + ((move * 9) % 1000);
    const y = 200 + ((move * 5) % 300);
    await presenter.mouse.move(box.x + (x * box.width) / 1280, box.y + (y * box.height) / 720);
    await presenter.waitForTimeout(50);
  }
  await audience.waitForTimeout(300);
  const moved = await presenter.evaluate(() => window.__moved);
  const samples = await audience.evaluate(() => window.__ink.samples);
  await context.close();
  if (samples.length !== moved.length) throw new Error(`pointer bench: ${moved.length} moves but ${samples.length} messages`);
  // One message per move, in order (each move goes to a new point).
  const drawn = samples.map((sample, index) => ({ ...sample, moved: moved[index] })).filter((sample) => sample.painted);
  return {
    moves: samples.length,
    drawn: drawn.length,
    endToEnd: drawn.map((sample) => sample.painted - sample.moved),
    arrivedToDom: drawn.map((sample) => sample.dom - sample.arrived),
    arrivedToPainted: drawn.map((sample) => sample.painted - sample.arrived),
    // Shown in the frame right after the message: the DOM changed before that frame's callbacks ran.
    nextFrame: drawn.filter((sample) => sample.frame <= sample.firstFrame).length,
  };
}

/** An audience window walked once through `slides` slides (drawing three strokes on each when `draw`), back at slide 1, instrumented. */
async function walkedAudience(browser, base, slides, draw) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${base}index.html#/1`);
  await ready(page);
  if (draw) await page.keyboard.press('d');
  for (let slide = 1; slide <= slides; slide++) {
    for (let stroke = 0; draw && stroke < 3; stroke++) {
      await page.mouse.move(200, 200 + stroke * 150);
      await page.mouse.down();
      for (let point = 1; point <= 25; point++) await page.mouse.move(200 + point * 32, 200 + stroke * 150 + Math.sin(point / 3) * 30);
      await page.mouse.up();
    }
    if (slide < slides) await page.keyboard.press('Shift+ArrowRight');
  }
  if (draw) await page.keyboard.press('d');
  // The pages with strokes, as kept for the session.
  const pages = await page.evaluate(
    () => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((key) => key.startsWith('deck-ink:'))) ?? '[]').length,
  );
  await page.keyboard.press('Home');
  await ready(page);
  await page.waitForTimeout(500);
  await instrument(page);
  return { context, page, pages };
}

/** Rows for the ink figures; `slides` bounds the walk (one press per slide, at most 41). */
export async function ink({ browser, base, slides }, { moves = 120 } = {}) {
  const pointer = await pointerLatency(browser, base, moves);
  const walked = Math.min(slides, 42);
  const plain = await walkedAudience(browser, base, walked, false);
  const drawn = await walkedAudience(browser, base, walked, true);
  for (let press = 1; press < walked; press++) {
    for (const { page } of [plain, drawn]) {
      await pressNext(page);
      await page.waitForTimeout(INTERLEAVE_MS);
    }
  }
  const [without, withStrokes] = (await Promise.all([movesOf(plain.page), movesOf(drawn.page)])).map((recorded) => recorded.moves.map((move) => move.paint));
  await Promise.all([plain.context.close(), drawn.context.close()]);
  return [
    [`ink: pointer, presenter handles a move → painted in the audience (${pointer.drawn}/${pointer.moves} moves)`, spread(pointer.endToEnd)],
    ['ink: pointer, message arrived → audience DOM', spread(pointer.arrivedToDom)],
    ['ink: pointer, message arrived → audience frame painted', spread(pointer.arrivedToPainted)],
    ['ink: pointer drawn in the first frame after its message', `${pointer.nextFrame} of ${pointer.drawn}`],
    [`ink: next slide without strokes, keydown → next frame (${without.length} presses, interleaved ${INTERLEAVE_MS} ms apart)`, spread(without)],
    [`ink: next slide with 3 strokes on each of ${drawn.pages} slides, same presses`, spread(withStrokes)],
    [
      'ink: next slide with strokes / without (median, p95)',
      `${ratio(median(withStrokes) / median(without))}, ${ratio(percentile(withStrokes, 95) / percentile(without, 95))}`,
    ],
  ];
}
