import { describe, expect, it } from 'vitest';
import { OFFLINE_REDIRECT, inlineCall } from './inline-scripts.ts';
import { BUILT_STEPS, BUNDLED_STEPS, runSteps, TEMPLATE_STEPS, type PageContext } from './page-pipeline.ts';

const template =
  '<!doctype html><html><head><meta charset="utf-8" /><title>Deck</title></head><body><div id="root"></div><script type="module" crossorigin src="./app.js"></script></body></html>';
const outline: PageContext['outline'] = {
  meta: { title: 'Two $& Types', author: 'Ada' },
  slides: [{ title: 'First', text: 'Hello', notesText: 'Say hi', steps: 1, body: [], notes: [] } as never],
};

describe('the page pipeline', () => {
  it('changes nothing when the context asks for nothing', () => {
    for (const steps of [TEMPLATE_STEPS, BUNDLED_STEPS, BUILT_STEPS]) expect(runSteps(steps, template, {})).toBe(template);
  });

  it('template: the URL recovery comes first in the head, then the tags from meta; the transcript follows the root', () => {
    const page = runSteps(TEMPLATE_STEPS, template, { outline });
    expect(page.indexOf('deck:pending-url')).toBeLessThan(page.indexOf('<meta name="description"'));
    // A `$&` in the deck's text is text, not a replacement pattern.
    expect(page).toContain('<title>Two $&#38; Types</title>');
    expect(page.indexOf('<noscript')).toBeGreaterThan(page.indexOf('<div id="root"></div>'));
    expect(page).toContain('Say hi');
  });

  it('bundled: a site build sends file:// visitors to its offline copy before the module script', () => {
    const page = runSteps(BUNDLED_STEPS, template, { offlineCopy: true });
    expect(page.indexOf(OFFLINE_REDIRECT)).toBeGreaterThan(0);
    expect(page.indexOf(OFFLINE_REDIRECT)).toBeLessThan(page.indexOf('<script type="module"'));
  });

  it('built: prerendered slide, start script, preview tags, and last the policy, which hashes the final scripts', () => {
    const page = runSteps(
      BUILT_STEPS,
      runSteps(TEMPLATE_STEPS, template, { outline }).replace('</title>', '</title><meta name="twitter:card" content="x" />'),
      {
        prerendered: { markup: '<h1>First</h1>', readCss: () => '' },
        ogImageBase: '/talks/',
        csp: true,
      },
    );
    expect(page).toContain('<div id="root" data-prerendered><h1>First</h1></div>');
    expect(page).toContain('<meta property="og:image" content="/talks/og-image.png" />');
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<meta charset'));
    const hashes = /script-src 'self' ([^;]+);/.exec(page)?.[1]?.split(' ') ?? [];
    // The recovery, the boot script and the start script: every inline script of ours, nothing else.
    expect(hashes).toHaveLength(page.match(/<script>/g)?.length ?? 0);
    expect(hashes).toHaveLength(3);
  });
});

describe('inline scripts', () => {
  it('print a function of ours with its arguments as JSON, runnable alone', () => {
    const seen: unknown[] = [];
    const script = inlineCall((a: number, b: string) => seen.push(a, b), 2, 'x"y');
    expect(script).toMatch(/^\(.*\)\(2,"x\\"y"\);$/s);
    new Function('seen', script.replace('seen.push', 'arguments[0].push'))(seen);
  });
});
