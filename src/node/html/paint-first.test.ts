import { describe, expect, it } from 'vitest';
import { startScript } from './inline-scripts.ts';
import { inlineFirstPaintFont, inlineStylesheets, paintFirst } from './paint-first.ts';

const built = `<html><head><title>T</title>
    <script type="module" crossorigin src="./assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-B.js">
    <link rel="stylesheet" crossorigin href="./assets/index-C.css">
    <link rel="stylesheet" crossorigin href="./assets/chrome-D.css">
  </head><body><div id="root"></div></body></html>`;

const sheets: Record<string, string> = {
  './assets/index-C.css': "@font-face{src:url(./inter-E.woff2) format('woff2')}body{color:red;background:url(data:image/png;base64,xx)}",
  './assets/chrome-D.css': '.chrome{color:blue}',
};
const readCss = (href: string) => {
  const css = sheets[href];
  if (css === undefined) throw new Error(`unexpected ${href}`);
  return css;
};

describe('paintFirst', () => {
  const page = paintFirst(built, readCss);

  it('moves the start CSS into the page, in order, with font URLs made relative to the page', () => {
    const style = /<style>([\s\S]*)<\/style>/.exec(page)?.[1] ?? '';
    expect(style.indexOf('color:red')).toBeLessThan(style.indexOf('.chrome{color:blue}'));
    expect(style).toContain('url(./assets/inter-E.woff2)');
    expect(style).toContain('url(data:image/png;base64,xx)');
    expect(page.indexOf('<style>')).toBeLessThan(page.indexOf('</head>'));
  });

  it('keeps each stylesheet link, disabled, so it is not fetched but the lazy-chunk loader still finds it', () => {
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/index-C.css" disabled>');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/chrome-D.css" disabled>');
  });

  it('loads the entry from a script at the end of the body instead of the head, without preloads', () => {
    expect(page).not.toContain('<script type="module"');
    expect(page).not.toContain('<link rel="modulepreload"');
    expect(page).toMatch(/<script>\(function startAppAfterFirstPaint[^<]*\)\("\.\/assets\/index-A\.js",\d+,""\);<\/script>\s*<\/body>/);
  });

  it('inlines only the given part when the start CSS is split, and has the start script link the whole first', () => {
    const split = paintFirst(built, readCss, { inline: 'h1{color:red}', deferredHref: './assets/start-all-F.css' });
    expect(/<style>([\s\S]*)<\/style>/.exec(split)?.[1]).toBe('h1{color:red}');
    expect(split).toContain('<link rel="stylesheet" crossorigin href="./assets/chrome-D.css" disabled>');
    expect(split).toMatch(/\("\.\/assets\/index-A\.js",\d+,"\.\/assets\/start-all-F\.css"\);<\/script>\s*<\/body>/);
  });

  it('resolves URLs against an absolute base too', () => {
    const absolute = inlineStylesheets('<head><link rel="stylesheet" href="/talks/assets/x.css"></head>', () => '@font-face{src:url(f.woff2)}');
    expect(absolute).toContain('url(/talks/assets/f.woff2)');
  });
});

describe('start script', () => {
  interface Fake {
    appended: string[];
    links: { rel: string; href: string; onload?: () => void }[];
    frames: (() => void)[];
    timers: { run: () => void; ms: number }[];
  }
  const run = (stale: boolean, visibility = 'visible', stylesheet = ''): Fake => {
    const fake: Fake = { appended: [], links: [], frames: [], timers: [] };
    const document = {
      visibilityState: visibility,
      documentElement: { hasAttribute: (name: string) => stale && name === 'data-prerender-stale' },
      createElement: (tag: string) => ({ tag }),
      head: {
        appendChild: (element: { tag: string; src: string; rel: string; href: string }) =>
          element.tag === 'script' ? fake.appended.push(element.src) : fake.links.push(element),
      },
      fonts: { ready: Promise.resolve() },
    };
    new Function('document', 'requestAnimationFrame', 'setTimeout', startScript('./app.js', stylesheet, 900))(
      document,
      (callback: () => void) => fake.frames.push(callback),
      (callback: () => void, ms = 0) => fake.timers.push({ run: callback, ms }),
    );
    return fake;
  };
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('waits for a painted frame, the fonts and one more frame before loading the app, once', async () => {
    const fake = run(false);
    expect(fake.appended).toEqual([]);
    fake.frames.shift()?.();
    fake.timers.find((timer) => timer.ms === 0)?.run();
    await flush();
    expect(fake.appended).toEqual([]);
    fake.frames.shift()?.();
    fake.timers
      .filter((timer) => timer.ms === 0)
      .at(-1)
      ?.run();
    expect(fake.appended).toEqual(['./app.js']);
    fake.timers.find((timer) => timer.ms === 900)?.run();
    expect(fake.appended).toEqual(['./app.js']);
  });

  it('has a deadline in case fonts or frames never come', () => {
    const fake = run(false);
    fake.timers.find((timer) => timer.ms === 900)?.run();
    expect(fake.appended).toEqual(['./app.js']);
  });

  it('loads at once when slide 1 is not what will be shown, or the tab is hidden', () => {
    expect(run(true).appended).toEqual(['./app.js']);
    expect(run(false, 'hidden').appended).toEqual(['./app.js']);
  });

  it('links the whole start CSS and preloads the app beside it, then runs the app once the CSS has loaded', () => {
    const fake = run(true, 'visible', './all.css');
    expect(fake.links.map((link) => [link.rel, link.href])).toEqual([
      ['stylesheet', './all.css'],
      ['modulepreload', './app.js'],
    ]);
    expect(fake.appended).toEqual([]);
    fake.links[0]?.onload?.();
    expect(fake.appended).toEqual(['./app.js']);
  });
});

describe('inlineFirstPaintFont', () => {
  const css = "@font-face{font-family:Inter;src:url(./assets/inter-E.woff2)format('woff2');unicode-range:U+??}";
  const page = `<html><head><style>${css}</style>\n  </head><body><div id="root"><h1>Hi</h1></div><pre>@font-face{src:url(./assets/inter-E.woff2);unicode-range:U+??}</pre></body></html>`;
  const html = inlineFirstPaintFont(page, '<h1>Hi</h1>', { fileName: 'inter-E.woff2', subset: Buffer.from('x') });

  it("splits the head's face of the file, and loads the inline part right after the stylesheet", () => {
    expect(html).toContain('src:url(data:font/woff2;base64,eA==)');
    expect(html).toMatch(/<\/style>\n\s*<script>\(function loadFirstPaintFont[^<]*\("Inter","Hi"\);<\/script>\n\s*<\/head>/);
  });

  it('never touches the body (a slide may show CSS)', () => {
    expect(html.slice(html.indexOf('<body>'))).toBe(page.slice(page.indexOf('<body>')));
  });
});
