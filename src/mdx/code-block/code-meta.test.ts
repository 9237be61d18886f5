import { describe, expect, it } from 'vitest';
import { currentGroup, formatGroups, inGroup, parseCodeMeta } from './code-meta.ts';

describe('parseCodeMeta', () => {
  it('reads line groups, showLineNumbers and the title', () => {
    expect(parseCodeMeta('{1|3-4|all} showLineNumbers title="app.ts"')).toEqual({
      groups: [[[1, 1]], [[3, 4]], 'all'],
      showLineNumbers: true,
      title: 'app.ts',
      problems: [],
    });
  });
  it('takes comma lists in a group, single-quoted titles, and no meta at all', () => {
    expect(parseCodeMeta("title='a b.sql' {1,3-5}")).toMatchObject({
      groups: [
        [
          [1, 1],
          [3, 5],
        ],
      ],
      showLineNumbers: false,
      title: 'a b.sql',
    });
    expect(parseCodeMeta(undefined)).toEqual({ groups: [], showLineNumbers: false, problems: [] });
  });
  it('ignores a bad group with a problem named, keeping the good ones, never throwing', () => {
    const meta = parseCodeMeta('{2|x-y|4-3|0}');
    expect(meta.groups).toEqual([[[2, 2]]]);
    expect(meta.problems).toHaveLength(3);
    expect(meta.problems[0]).toMatch(/"x-y"/);
  });
  it('does not take braces inside the title for groups', () => {
    expect(parseCodeMeta('title="{1|2}.ts"').groups).toEqual([]);
  });
});

describe('currentGroup and inGroup', () => {
  const groups = parseCodeMeta('{1|3-4|all}').groups;
  it('shows the first group at the fence offset, the last when fully built (print)', () => {
    expect(currentGroup(groups, 2, 2)).toEqual([[1, 1]]);
    expect(currentGroup(groups, 0, 2)).toEqual([[1, 1]]);
    expect(currentGroup(groups, 3, 2)).toEqual([[3, 4]]);
    expect(currentGroup(groups, Number.POSITIVE_INFINITY, 0)).toBe('all');
    expect(currentGroup([], 1, 0)).toBeUndefined();
  });
  it('tells whether a line is in a group', () => {
    expect([1, 2, 3, 4, 5].filter((line) => inGroup([[3, 4]], line))).toEqual([3, 4]);
    expect(inGroup('all', 9)).toBe(true);
  });
  it('writes the groups back in meta form', () => {
    expect(formatGroups(parseCodeMeta('{1|3-4,6|all}').groups)).toBe('1|3-4,6|all');
  });
});
