import { describe, expect, it } from 'vitest';
import { expandIncludes, formatIncludedError, IncludeError } from './include.ts';

const files: Record<string, string> = {
  '/d/part.mdx': '## Part\n\n<Include src="./sub/inner.mdx" />\n',
  '/d/sub/inner.mdx': '## Inner',
};
const read = (file: string) => {
  const text = files[file];
  if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  return text;
};

describe('expandIncludes', () => {
  it('splices included files in place, nested, and says where each line came from', () => {
    const expanded = expandIncludes('/d/deck.mdx', '# A\n\n<Include src="./part.mdx" />\n\n# B', read);
    expect(expanded.text).toBe('# A\n\n\n## Part\n\n\n## Inner\n\n\n\n# B');
    expect(expanded.origins[3]).toEqual({ file: '/d/part.mdx', line: 1 });
    expect(expanded.origins[6]).toEqual({ file: '/d/sub/inner.mdx', line: 1 });
    expect(expanded.origins[10]).toEqual({ file: '/d/deck.mdx', line: 5 });
    expect(expanded.files).toEqual(['/d/deck.mdx', '/d/part.mdx', '/d/sub/inner.mdx']);
  });

  it('leaves an <Include> inside a code fence as code', () => {
    const source = '```mdx\n<Include src="./nope.mdx" />\n```';
    expect(expandIncludes('/d/deck.mdx', source, read).text).toBe(source);
  });

  it('names the <Include> of a missing file, a cycle, or a malformed one by file:line:column', () => {
    expect(() => expandIncludes('/d/deck.mdx', '# A\n  <Include src="./nope.mdx" />', read)).toThrow(
      new IncludeError('/d/deck.mdx:2:3: <Include src="./nope.mdx" />: cannot read /d/nope.mdx: no such file', '/d/nope.mdx'),
    );
    const cyclic: Record<string, string> = { ...files, '/d/sub/inner.mdx': '<Include src="../part.mdx" />' };
    expect(() => expandIncludes('/d/deck.mdx', '<Include src="./part.mdx" />', (file) => cyclic[file] ?? '')).toThrow(
      '/d/sub/inner.mdx:1:1: <Include src="../part.mdx" /> makes a cycle: part.mdx → sub/inner.mdx → part.mdx',
    );
    expect(() => expandIncludes('/d/deck.mdx', '<Include src="./part.mdx">', read)).toThrow(/^\/d\/deck\.mdx:1:1: <Include> takes one src=/);
    expect(() => expandIncludes('/d/deck.mdx', '<Include src="./a.png" />', read)).toThrow(/must be an \.mdx/);
  });

  it('maps an error on the expanded text back to the included file', () => {
    const expanded = expandIncludes('/d/deck.mdx', '# A\n\n<Include src="./part.mdx" />', read);
    const error = formatIncludedError({ message: 'bad', line: 4, column: 2 }, expanded);
    expect(error.message.split('\n')[0]).toBe('/d/part.mdx:1:2: bad');
    expect(error.frame).toContain('1 | ## Part');
  });
});
