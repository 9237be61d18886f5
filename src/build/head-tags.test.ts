import { describe, expect, it } from 'vitest';
import { headTags } from './head-tags.ts';
import { splitDeck } from './remark-slides.ts';

describe('headTags', () => {
  it('builds title, description and Open Graph tags from a literal meta export', () => {
    const { meta } = splitDeck("export const meta = { title: 'Data <Engineers>', author: 'Ann', event: 'Meetup', date: '2026-11-25' }\n\n# Hi\n");
    const html = headTags(meta, 'Hi');
    expect(html).toContain('<title>Data &#60;Engineers&#62;</title>');
    expect(html).toContain('<meta property="og:title" content="Data &#60;Engineers&#62;" />');
    expect(html).toContain('<meta name="description" content="Data &#60;Engineers&#62; — Ann · Meetup · 2026-11-25" />');
  });

  it('falls back to the first slide title when meta is not a literal', () => {
    const { meta } = splitDeck('export const meta = makeMeta()\n\n# Only title\n');
    expect(meta).toEqual({});
    expect(headTags(meta, 'Only title')).toContain('<title>Only title</title>');
  });
});
