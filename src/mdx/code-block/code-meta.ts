/** One step of a highlighted fence: the lines it highlights (inclusive `[from, to]` ranges), or every line. */
export type LineGroup = 'all' | readonly (readonly [number, number])[];

/** What a fence's meta asks for: ```` ```ts {1|3-4|all} showLineNumbers title="app.ts" ````. */
export interface CodeMeta {
  /** One group per step; empty when the fence has no (valid) `{…}`. */
  groups: LineGroup[];
  showLineNumbers: boolean;
  title?: string;
  /** What was written wrong and so ignored, in words for a warning. */
  problems: string[];
}

const RANGE = /^(\d+)(?:-(\d+))?$/;

function parseGroup(text: string): LineGroup | undefined {
  const trimmed = text.trim();
  if (trimmed === 'all' || trimmed === '*') return 'all';
  const ranges: [number, number][] = [];
  for (const part of trimmed.split(',')) {
    const match = RANGE.exec(part.trim());
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || from < 1 || to < from) return undefined;
    ranges.push([from, to]);
  }
  return ranges;
}

/** Parses a fence's meta; what it cannot read it leaves out and names in `problems`, it never throws. */
export function parseCodeMeta(meta: string | null | undefined): CodeMeta {
  const result: CodeMeta = { groups: [], showLineNumbers: false, problems: [] };
  const text = meta ?? '';
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(text);
  if (title) result.title = title[1] ?? title[2];
  result.showLineNumbers = /(?:^|\s)showLineNumbers(?=\s|$)/.test(text);
  const braces = /\{([^}]*)\}/.exec(text.replace(/title=("[^"]*"|'[^']*')/, ''));
  if (!braces) return result;
  for (const written of (braces[1] ?? '').split('|')) {
    const group = parseGroup(written);
    if (group) result.groups.push(group);
    else result.problems.push(`line group "${written.trim()}" is not N, N-M, a comma list of those, or all`);
  }
  return result;
}

/** The group shown when `revealed` steps of the slide are out and the fence's groups start at step `offset`. */
export function currentGroup(groups: readonly LineGroup[], revealed: number, offset: number): LineGroup | undefined {
  if (groups.length === 0) return undefined;
  const index = Math.min(groups.length - 1, Math.max(0, revealed - offset));
  return groups[index] ?? groups[groups.length - 1];
}

/** Whether line `line` (1-based) is in `group`. */
export function inGroup(group: LineGroup, line: number): boolean {
  return group === 'all' || group.some(([from, to]) => line >= from && line <= to);
}

/** The groups written back in meta form (`1|3-4|all`): how the build hands them to the page. */
export function formatGroups(groups: readonly LineGroup[]): string {
  return groups.map((group) => (group === 'all' ? 'all' : group.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(','))).join('|');
}

/** The attributes of code line `line`: its number, and whether the current step highlights it. */
export type LinePropsOf = (line: number) => { className: string; 'data-line': number; 'data-highlighted'?: '' };
