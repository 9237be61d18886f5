// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { serializePrintView } from './print-snapshot.ts';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('serializePrintView', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    delete document.documentElement.dataset.ready;
  });

  it('keeps the markup and stylesheets, drops the scripts, module preloads and data-ready, and adds the ready check', () => {
    document.documentElement.dataset.ready = 'true';
    document.head.innerHTML =
      '<title>Talk</title><link rel="stylesheet" href="./assets/a.css"><link rel="modulepreload" href="./assets/b.js"><script type="module" src="./assets/a.js"></script>';
    document.body.innerHTML = '<div data-deck data-slides="2"><main data-print-pages="2"><h2>One</h2><script>x()</script></main></div>';
    const saved = page(serializePrintView('window.settled = true;')!);
    expect(saved.documentElement.dataset.ready).toBeUndefined();
    expect([...saved.scripts].map((script) => script.textContent)).toEqual(['window.settled = true;']);
    expect(saved.querySelector('link[rel="modulepreload"]')).toBeNull();
    expect(saved.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('./assets/a.css');
    expect(saved.title).toBe('Talk');
    expect(saved.querySelector('[data-print-pages] h2')?.textContent).toBe('One');
    // The live document is left as it was.
    expect(document.documentElement.dataset.ready).toBe('true');
    expect(document.scripts).toHaveLength(2);
  });

  it('writes the rules a script inserted into an empty <style> into its text; a written one stays as written', () => {
    const inserted = document.createElement('style');
    const written = document.createElement('style');
    written.textContent = '.b { color: blue; }';
    document.head.append(inserted, written);
    inserted.sheet!.insertRule('.a { color: red; }');
    const saved = page(serializePrintView('')!);
    const [first, second] = saved.querySelectorAll('style');
    expect(first?.textContent).toMatch(/\.a\s*\{\s*color: red;\s*\}/);
    expect(second?.textContent).toBe('.b { color: blue; }');
  });

  it('declines a view holding a canvas, whose pixels a copy of the markup loses', () => {
    document.body.innerHTML = '<main data-print-pages="1"><canvas></canvas></main>';
    expect(serializePrintView('')).toBeNull();
  });
});
