import { describe, expect, it } from 'vitest';
import { withOgImageTags } from './og-tags.ts';

describe('withOgImageTags', () => {
  it('links the preview image under the site base, next to the other card tags', () => {
    const html = withOgImageTags('<head>\n    <meta name="twitter:card" content="summary_large_image" />\n</head>', '/talks/x/');
    expect(html).toContain('<meta property="og:image" content="/talks/x/og-image.png" />');
    expect(html).toContain('<meta name="twitter:image" content="/talks/x/og-image.png" />');
    expect(html.indexOf('og:image')).toBeLessThan(html.indexOf('twitter:card'));
  });
});
