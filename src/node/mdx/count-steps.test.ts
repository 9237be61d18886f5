import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { walkStepElements } from './count-steps.ts';

const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source) as Root;

describe('walkStepElements', () => {
  it('counts list items of a Steps list and children otherwise', () => {
    const tree = parse('<Steps>\n\n- a\n- b\n\n</Steps>\n\n<Appear>\n<div>x</div>\n<div>y</div>\n<div>z</div>\n</Appear>');
    const offsets: number[] = [];
    const total = walkStepElements(tree.children, (_element, offset) => offsets.push(offset));
    expect(total).toBe(5);
    expect(offsets).toEqual([0, 2]);
  });

  it('finds Steps nested inside layouts', () => {
    const tree = parse('<Split>\n<div>left</div>\n<Steps>\n<p>1</p>\n<p>2</p>\n</Steps>\n</Split>');
    expect(walkStepElements(tree.children)).toBe(2);
  });

  it('gives 0 for a slide without steps', () => {
    expect(walkStepElements(parse('# Just a title').children)).toBe(0);
  });
});

describe('fence line groups', () => {
  it('add one step per group after the first, after the steps before them', () => {
    const tree = parse('<Steps>\n\n- a\n- b\n\n</Steps>\n\n```ts {1|2-3|all}\nx\n```\n\n```sql {1}\ny\n```');
    const offsets: number[] = [];
    expect(walkStepElements(tree.children, (_element, offset) => offsets.push(offset))).toBe(4);
    expect(offsets).toEqual([0, 2]);
  });
  it('count nothing for a fence without groups, with bad groups only, or a mermaid fence', () => {
    expect(walkStepElements(parse('```ts title="a.ts"\nx\n```\n\n```ts {x|y}\nx\n```\n\n```mermaid {1|2}\ngraph LR\n```').children)).toBe(0);
  });
});
