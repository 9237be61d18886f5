import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withCsp } from './csp.ts';

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
