import { describe, expect, it } from 'vitest';
import { repairMdx1 } from './mdx1-habits.ts';
import { splitDeck } from './remark-slides.ts';

const parse = (text: string) => splitDeck(text, 'deck.mdx');

describe('MDX 1 habits', () => {
  it('escapes a < that starts no JSX, on its own line, and says where', () => {
    const { text, result, repairs } = repairMdx1('# <React Global\\> Online Summit\n\n---\n\n## Two', parse);
    expect(text.split('\n')[0]).toBe('# \\<React Global\\> Online Summit');
    expect(result.slides.map((slide) => slide.title)).toEqual(['<React Global> Online Summit', 'Two']);
    expect(repairs).toEqual([expect.objectContaining({ line: 1, column: 3 })]);
  });

  it('turns an autolink into a link and an HTML comment into an MDX comment', () => {
    const { text } = repairMdx1('See <https://example.com/a>\n\n<!-- prettier-ignore -->\n\n# Hi', parse);
    expect(text).toBe('See [https://example.com/a](https://example.com/a)\n\n{/* prettier-ignore */}\n\n# Hi');
  });

  it('drops an HTML comment over several lines, blank lines and a commented-out import included, keeping the lines', () => {
    const source = '# Hello\n\n<!--\nimport gone from "./gone.png"\n\n{ not: */ code }\n-->\n\nText\n\n```html\n<!--\nkept\n-->\n```\n';
    const { text, result, repairs } = repairMdx1(source, parse);
    expect(text.split('\n')).toHaveLength(source.split('\n').length);
    expect(text).toContain('{/*\nimport gone from "./gone.png"\n\n{ not: * / code }\n*/}');
    // In a fence it is the deck's code, shown as written.
    expect(text).toContain('```html\n<!--\nkept\n-->\n```');
    expect(result.slides).toHaveLength(1);
    expect(result.slides[0]!.title).toBe('Hello');
    expect(repairs).toEqual([{ line: 3, column: 1, message: 'an HTML comment (MDX 1) is dropped' }]);
  });

  it('leaves valid JSX alone and rethrows what it cannot repair', () => {
    expect(repairMdx1('<Notes>ok</Notes>\n\n# A', parse).repairs).toEqual([]);
    expect(() => repairMdx1('export const = 1', parse)).toThrow();
  });

  it('a separator with trailing spaces still separates slides, as mdx-deck counted it', () => {
    expect(parse('# A\n\n--- \n\n# B\n\n---   \n# C\n').slides.map((slide) => slide.title)).toEqual(['A', 'B', 'C']);
  });
});
