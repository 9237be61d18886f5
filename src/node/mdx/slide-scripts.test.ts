import { compile } from '@mdx-js/mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkRemoveScripts, removeScripts, scriptWarning } from './slide-scripts.ts';

const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source);

describe('removeScripts', () => {
  it('removes flow, inline and nested scripts and says where each was', () => {
    const tree = parse('# T\n\n<script>window.a = 1</script>\n\nText <script>{"b()"}</script> more\n\n<Notes>\n\n<script src="x.js" />\n\n</Notes>\n');
    expect(removeScripts(tree)).toEqual([
      { line: 3, column: 1 },
      { line: 5, column: 6 },
      { line: 9, column: 1 },
    ]);
    expect(JSON.stringify(tree)).not.toMatch(/"script"|window\.a|b\(\)/);
  });

  it('leaves components and other elements alone', () => {
    const tree = parse('<Script />\n\n<noscript>x</noscript>\n\n<div><span>y</span></div>\n');
    expect(removeScripts(tree)).toEqual([]);
    expect(tree.children).toHaveLength(3);
  });
});

describe('remarkRemoveScripts', () => {
  it('compiles a part with no script element left in it', async () => {
    const code = String(
      await compile('# Hi\n\n<script>window.pwned = 1</script>\n\n<Header><script async src="/x.js" /></Header>\n', { remarkPlugins: [remarkRemoveScripts] }),
    );
    expect(code).not.toMatch(/script|pwned/);
    expect(code).toContain('"Hi"');
  });
});

describe('scriptWarning', () => {
  it('names file:line:column first', () => {
    expect(scriptWarning('talk.mdx', { line: 7, column: 1 })).toMatch(/^talk\.mdx:7:1: <script> in a slide is not run: /);
  });
});
