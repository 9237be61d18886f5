import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';
import { originsOf, remoteMessage, remoteResources } from './remote-resources.ts';

const deck = [
  '# Hi',
  '',
  '![a photo](https://images.example.com/a.jpg)',
  '<iframe src="https://www.youtube.com/embed/x" />',
  '<video src="//media.example.org/v.mp4" />',
  '[a link](https://example.net/page) stays a link',
  "export const theme = { googleFont: 'https://fonts.googleapis.com/css?family=Rye' }",
].join('\n');

describe('remote resources a deck names', () => {
  it('finds images, frames, media and fonts with their lines, and not links', () => {
    const found = remoteResources('deck.mdx', deck).map(({ line, url, directive }) => `${line} ${directive} ${url}`);
    expect(found).toEqual([
      '3 img-src https://images.example.com/a.jpg',
      '4 frame-src https://www.youtube.com/embed/x',
      '5 media-src https://media.example.org/v.mp4',
      '7 style-src https://fonts.googleapis.com/css?family=Rye',
      '7 font-src https://fonts.gstatic.com/',
    ]);
    expect(remoteMessage(remoteResources('deck.mdx', deck)[0]!, false)).toBe(
      "deck.mdx:3: https://images.example.com/a.jpg will be blocked by the page's Content-Security-Policy (img-src); build with --allow-remote to allow https://images.example.com",
    );
  });

  it('--allow-remote widens each directive for those origins only; the default stays strict', () => {
    const widened = contentSecurityPolicy('<html></html>', originsOf(remoteResources('deck.mdx', deck)));
    expect(widened).toContain("img-src 'self' data: blob: https://images.example.com;");
    expect(widened).toContain("frame-src 'self' https://www.youtube.com;");
    expect(widened).toContain("media-src 'self' https://media.example.org;");
    expect(widened).toContain("font-src 'self' data: https://fonts.gstatic.com;");
    expect(widened).not.toContain('example.net');
    expect(contentSecurityPolicy('<html></html>')).not.toMatch(/https:/);
  });
});
