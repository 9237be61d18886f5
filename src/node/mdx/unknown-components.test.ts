import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { unknownComponents } from './unknown-components.ts';

const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source);

describe('unknownComponents', () => {
  it('finds a capitalised element nothing provides, with its line and column', () => {
    const tree = parse('# One\n\n---\n\nSome text and <Nope /> inline.\n\n<Scorecard />\n');
    expect(unknownComponents(tree)).toEqual([{ name: 'Nope', line: 5, column: 15 }]);
  });

  it('accepts the component map, and what the deck imports or declares', () => {
    const tree = parse(
      [
        "import Chart from './chart.jsx'",
        "import { Split as Columns } from 'mdx-deck'",
        'export const Box = (props) => <div {...props} />',
        'export function Badge() { return null }',
        '',
        '<Chart />',
        '',
        '<Columns>',
        '<Box />',
        '<Badge />',
        '</Columns>',
        '',
        '<Steps><Appear>one</Appear></Steps>',
        '',
        '<div><span>html is not checked</span></div>',
      ].join('\n'),
    );
    expect(unknownComponents(tree)).toEqual([]);
  });

  it('leaves member names alone (they come from props or objects at run time)', () => {
    expect(unknownComponents(parse('<props.Box />\n\n<Icons.Star />\n'))).toEqual([]);
  });
});
