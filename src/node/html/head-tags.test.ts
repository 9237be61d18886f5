import { describe, expect, it } from 'vitest';
import { headTags, transcriptHtml } from './head-tags.ts';
import { splitDeck } from '../mdx/remark-slides.ts';

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

describe('transcriptHtml', () => {
  it('lists every slide title, its text and its notes, escaped', () => {
    const outline = splitDeck('# One & only\n\nHello <b>there</b>\n\n<Notes>Say hi</Notes>\n\n---\n\n## Two\n\n- a\n- b\n');
    const html = transcriptHtml('Talk', outline.slides);
    expect(html).toMatch(/^<noscript>/);
    expect(html).toContain('<h2>1. One &#38; only</h2>');
    expect(html).toContain('<p>Say hi</p>');
    expect(html.indexOf('1. One')).toBeLessThan(html.indexOf('2. Two'));
    expect(html).toContain('<p>a</p><p>b</p>');
  });
});
