import { describe, expect, it } from 'vitest';
import { injectPrerendered } from './prerendered.ts';
import { BOOT_SCRIPT, SHOW_READING_VIEW } from './inline-scripts.ts';

const page = '<html><head><title>T</title></head><body><div id="root"></div></body></html>';

describe('injectPrerendered', () => {
  it('fills the root, marks it prerendered, and adds the boot script after the title', () => {
    const html = injectPrerendered(page, { markup: '<h1>Hello</h1>' });
    expect(html).toContain('<div id="root" data-prerendered><h1>Hello</h1></div>');
    expect(html.indexOf(BOOT_SCRIPT)).toBeGreaterThan(html.indexOf('</title>'));
  });

  it("marks where the slide's markup ends, and copies it as is (no `$&` replacement patterns)", () => {
    const markup = '<p>AT$&amp;T costs $&#x27;s and $$</p>';
    const html = injectPrerendered(page, { markup });
    expect(html).toContain(`<div id="root" data-prerendered>${markup}</div><!--/deck-prerendered--></body>`);
  });

  it('refuses a page without the root element', () => {
    expect(() => injectPrerendered('<html></html>', { markup: 'x' })).toThrow(/no <div id="root">/);
  });
});

describe('boot script', () => {
  const run = (hash: string, search = '', size = { w: 1280, h: 720 }) => {
    const attributes = new Map<string, string>();
    const root = {
      style: { setProperty: (name: string, value: string) => attributes.set(name, value) },
      setAttribute: (name: string) => attributes.set(name, ''),
    };
    new Function('document', 'innerWidth', 'innerHeight', 'location', BOOT_SCRIPT)({ documentElement: root }, size.w, size.h, { hash, search });
    return attributes;
  };
  it('keeps the prerendered slide 1 for the default URL and sizes the frame', () => {
    for (const hash of ['', '#', '#/', '#/1', '#/1/0']) expect(run(hash).has('data-prerender-stale')).toBe(false);
    expect(run('', '', { w: 640, h: 720 }).get('--deck-scale')).toBe('0.5');
  });
  it('hides it when another slide, step or view is asked for', () => {
    for (const hash of ['#/2', '#/1/1', '#/12']) expect(run(hash).has('data-prerender-stale')).toBe(true);
    expect(run('', '?mode=overview').has('data-prerender-stale')).toBe(true);
    expect(run('', '?mode=read').has('data-prerender-stale')).toBe(false);
  });
  it("marks the page for the reading view's prerender on a phone, or with ?mode=read, at slide 1 only", () => {
    const phone = { w: 390, h: 844 };
    for (const [hash, search, size] of [
      ['', '', phone],
      ['#/1', '', phone],
      ['', '?mode=read', undefined],
    ] as const) {
      const marks = run(hash, search, size);
      expect(marks.has('data-prerender-read')).toBe(true);
      expect(marks.has('data-prerender-stale')).toBe(false);
    }
    for (const [hash, search] of [
      ['#/5', ''],
      ['', '?follow=abc'],
    ] as const) {
      const marks = run(hash, search, phone);
      expect(marks.has('data-prerender-read')).toBe(false);
      expect(marks.has('data-prerender-stale')).toBe(true);
    }
  });
});

describe('the reading view prerender', () => {
  const html = injectPrerendered(page.replace('</head>', '<link rel="stylesheet" crossorigin href="./assets/start.css"></head>'), {
    markup: '<h1>Slide</h1>',
    reading: { markup: '<h1>Talk</h1><ol><li>Slide</li></ol>', stylesheets: ['./assets/start.css', './assets/read-view.css'] },
  });

  it('waits in a template after the root, inside the marks that bound the deck markup, with the script that shows it after them', () => {
    expect(html).toContain(
      `<div id="root" data-prerendered><h1>Slide</h1></div><template id="read-prerender"><h1>Talk</h1><ol><li>Slide</li></ol></template><!--/deck-prerendered--><script>${SHOW_READING_VIEW}</script>`,
    );
  });

  it("links the reading view's stylesheets once each, for the start CSS step to inline", () => {
    expect(html.match(/start\.css/g)).toHaveLength(1);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/read-view.css">');
  });

  const show = (marked: boolean) => {
    const root = { children: ['slide'] as unknown[], attributes: new Map<string, string>() };
    const template = { content: 'reading view', removed: false, remove: () => (template.removed = true) };
    const document = {
      documentElement: { hasAttribute: (name: string) => marked && name === 'data-prerender-read' },
      getElementById: (id: string) =>
        id === 'root'
          ? {
              replaceChildren: (...nodes: unknown[]) => (root.children = nodes),
              setAttribute: (name: string, value: string) => root.attributes.set(name, value),
            }
          : id === 'read-prerender'
            ? template
            : null,
    };
    new Function('document', SHOW_READING_VIEW)(document);
    return { root, template };
  };

  it('moves into the root on a page marked for it, marking the root; the template goes either way', () => {
    const phone = show(true);
    expect(phone.root.children).toEqual(['reading view']);
    expect(phone.root.attributes.get('data-prerendered')).toBe('read');
    expect(phone.template.removed).toBe(true);
    const projector = show(false);
    expect(projector.root.children).toEqual(['slide']);
    expect(projector.template.removed).toBe(true);
  });
});
