import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT } from './inline-scripts.ts';
import { contentSecurityPolicy, engineScripts, withCsp } from './csp.ts';
import { injectPrerendered } from './prerendered.ts';

const page = '<!doctype html><html><head><script>boot()</script><script type="module" src="./a.js"></script></head><body></body></html>';

describe('contentSecurityPolicy', () => {
  it('allows exactly the inline scripts present, by hash, and no eval', () => {
    const policy = contentSecurityPolicy(page);
    const hash = createHash('sha256').update('boot()').digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('goes first in the head', () => {
    expect(withCsp(page)).toMatch(/^<!doctype html><html><head>\n {4}<meta http-equiv="Content-Security-Policy"/);
  });
});

describe('engineScripts', () => {
  const shell =
    '<html><head><title>T</title><script>recover()</script></head><body><div id="root"></div><noscript><p>transcript</p></noscript><script>start()</script></body></html>';

  it("hashes the page's own scripts, never one inside the prerendered slide", () => {
    const slide = '<h1>Hi</h1><script>window.pwned=1</script><div><script type="module">evil()</script></div>';
    const html = injectPrerendered(shell, { markup: slide });
    expect(engineScripts(html)).toEqual([BOOT_SCRIPT, 'recover()', 'start()']);
    expect(contentSecurityPolicy(html).match(/'sha256-/g)).toHaveLength(3);
  });

  it('is not fooled by a forged end mark or unbalanced tags in the slide', () => {
    const slide = '</div><!--/deck-prerendered--><script>a()</script><div><div><script>b()</script>';
    expect(engineScripts(injectPrerendered(shell, { markup: slide }))).toEqual([BOOT_SCRIPT, 'recover()', 'start()']);
  });

  it('skips scripts inside comments, noscript and style, and keeps a bundled script that mentions them', () => {
    const html =
      '<head><!-- <script>c()</script> --><style>a::after{content:"<script>s()</script>"}</style><script type="module">x("<noscript>")</script></head><body><noscript><script>n()</script></noscript></body>';
    expect(engineScripts(html)).toEqual(['x("<noscript>")']);
  });

  it('refuses a prerendered root whose end is not marked', () => {
    expect(() => engineScripts('<div id="root" data-prerendered><script>x()</script></div>')).toThrow(/end mark/);
  });
});
