import { describe, expect, it } from 'vitest';
import { injectPrerendered } from './prerendered.ts';
import { BOOT_SCRIPT } from './inline-scripts.ts';

const page = '<html><head><title>T</title></head><body><div id="root"></div></body></html>';

describe('injectPrerendered', () => {
  it('fills the root, marks it prerendered, and adds the boot script after the title', () => {
    const html = injectPrerendered(page, '<h1>Hello</h1>');
    expect(html).toContain('<div id="root" data-prerendered><h1>Hello</h1></div>');
    expect(html.indexOf(BOOT_SCRIPT)).toBeGreaterThan(html.indexOf('</title>'));
  });

  it("marks where the slide's markup ends, and copies it as is (no `$&` replacement patterns)", () => {
    const markup = '<p>AT$&amp;T costs $&#x27;s and $$</p>';
    const html = injectPrerendered(page, markup);
    expect(html).toContain(`<div id="root" data-prerendered>${markup}</div><!--/deck-prerendered--></body>`);
  });

  it('refuses a page without the root element', () => {
    expect(() => injectPrerendered('<html></html>', 'x')).toThrow(/no <div id="root">/);
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
    expect(run('', '', { w: 390, h: 844 }).has('data-prerender-stale')).toBe(true);
  });
});
