import { describe, expect, it } from 'vitest';
import { localUrl } from './local-url.ts';

describe('localUrl', () => {
  it('takes paths relative to the deck, with or without ./', () => {
    expect(localUrl('./real.png')).toEqual({ path: './real.png', hash: '' });
    expect(localUrl('real.png')).toEqual({ path: 'real.png', hash: '' });
    expect(localUrl('../shared/logo.svg')).toEqual({ path: '../shared/logo.svg', hash: '' });
  });

  it('leaves absolute urls, root paths, fragments and queries alone', () => {
    for (const url of [
      'http://x/a.png',
      'https://x/a.png',
      'data:image/png;base64,AA',
      'blob:http://x/1',
      '//cdn/a.png',
      '/a.png',
      '#top',
      '?v=1',
      '',
      '  ',
      null,
      undefined,
    ]) {
      expect(localUrl(url), String(url)).toBeUndefined();
    }
  });

  it('decodes %-escapes for the file, keeps the #fragment and drops the ?query', () => {
    expect(localUrl('my%20photo.png')).toEqual({ path: 'my photo.png', hash: '' });
    expect(localUrl('icons.svg?v=2#star')).toEqual({ path: 'icons.svg', hash: '#star' });
    expect(localUrl('100%.png')).toEqual({ path: '100%.png', hash: '' });
  });
});
