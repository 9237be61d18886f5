/** A place where the deck's text was MDX 1 that MDX 3 rejects, and what was done about it. */
export interface Mdx1Repair {
  line: number;
  column: number;
  message: string;
}

const AUTOLINK = /^<((?:https?|ftp|mailto):[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/;
const COMMENT = /^<!--(.*?)-->/;
/** Past this many repairs the deck is not MDX 1 with a few habits: its first error is reported as it is. */
const MAX_REPAIRS = 200;

/** The line and column of a parse error (a VFileMessage), if it has them. */
function placeOf(error: unknown): { line: number; column: number } | undefined {
  const place = error as { line?: unknown; column?: unknown };
  return typeof place.line === 'number' && typeof place.column === 'number' ? { line: place.line, column: place.column } : undefined;
}

/** Outside inline code: the count of backticks before `index` on the line is even. */
function outsideCode(line: string, index: number): boolean {
  return (line.slice(0, index).match(/`/g)?.length ?? 0) % 2 === 0;
}

/** Rewrites the one `<` MDX 3 stopped at on `line`, or returns undefined when there is none to rewrite. */
function repairLine(line: string, column: number): { line: string; at: number; message: string } | undefined {
  for (let at = Math.min(column - 1, line.length - 1); at >= 0; at--) {
    if (line[at] !== '<' || !outsideCode(line, at)) continue;
    const rest = line.slice(at);
    const link = AUTOLINK.exec(rest);
    if (link) {
      const target = link[1]!.includes('@') && !link[1]!.includes(':') ? `mailto:${link[1]}` : link[1]!;
      return {
        line: line.slice(0, at) + `[${link[1]}](${target})` + line.slice(at + link[0].length),
        at,
        message: `an autolink <${link[1]}> (MDX 1) is written as a link`,
      };
    }
    const comment = COMMENT.exec(rest);
    if (comment)
      return {
        line: line.slice(0, at) + `{/*${comment[1]!.replace(/\*\//g, '* /')}*/}` + line.slice(at + comment[0].length),
        at,
        message: 'an HTML comment (MDX 1) is dropped',
      };
    return {
      line: `${line.slice(0, at)}\\<${line.slice(at + 1)}`,
      at,
      message: "'<' is not JSX here: MDX 1 kept it as text, MDX 3 needs it escaped; it is shown as text",
    };
  }
  return undefined;
}

/**
 * Rewrites, in place, each HTML comment that starts a line and ends on a later one (outside fenced code) as an MDX
 * comment over the same lines. MDX 1 dropped it whole; to MDX 3 its first `<` is an error, and past a blank line
 * inside it what was commented out is live again (an `import` of a file long gone). The one-line kind is repaired
 * where MDX 3 stops at it, below.
 */
function commentBlocks(lines: string[]): Mdx1Repair[] {
  const repairs: Mdx1Repair[] = [];
  let fence: string | undefined;
  for (let start = 0; start < lines.length; start++) {
    const line = lines[start]!;
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
    if (fence || marker) continue;
    const open = /^(\s*)<!--/.exec(line);
    if (!open || line.includes('-->', open[0].length)) continue;
    const end = lines.findIndex((text, index) => index > start && text.includes('-->'));
    if (end < 0) continue;
    const safe = (text: string) => text.replace(/\*\//g, '* /');
    lines[start] = `${open[1]}{/*${safe(line.slice(open[0].length))}`;
    for (let inside = start + 1; inside < end; inside++) lines[inside] = safe(lines[inside]!);
    const close = lines[end]!.indexOf('-->');
    lines[end] = `${safe(lines[end]!.slice(0, close))}*/}${lines[end]!.slice(close + 3)}`;
    repairs.push({ line: start + 1, column: open[1]!.length + 1, message: 'an HTML comment (MDX 1) is dropped' });
    start = end;
  }
  return repairs;
}

/**
 * Parses `source` with `parse`; where MDX 3 rejects what MDX 1 accepted (a `<` that starts no JSX, as in
 * `# <React Global\> Online Summit`, an autolink `<https://…>`, an HTML comment), rewrites that spot on its own line
 * the way MDX 1 read it and tries again. Line numbers never change. Throws the first error it cannot repair.
 */
export function repairMdx1<T>(source: string, parse: (text: string) => T): { text: string; result: T; repairs: Mdx1Repair[] } {
  const lines = source.split('\n');
  const repairs: Mdx1Repair[] = commentBlocks(lines);
  for (;;) {
    const text = lines.join('\n');
    try {
      return { text, result: parse(text), repairs };
    } catch (error) {
      const place = placeOf(error);
      const line = place ? lines[place.line - 1] : undefined;
      const fixed = place && line !== undefined && repairs.length < MAX_REPAIRS ? repairLine(line, place.column) : undefined;
      if (!place || !fixed) throw error;
      lines[place.line - 1] = fixed.line;
      repairs.push({ line: place.line, column: fixed.at + 1, message: fixed.message });
    }
  }
}
