import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatGroups, parseCodeMeta } from '../../mdx/code-block/code-meta.ts';

/** The `source` of this plugin's warnings: they say themselves what became of the bad meta. */
export const CODE_META_SOURCE = 'code-fence-meta';

/**
 * Remark plugin: a fence's meta (`{1|3-4|all} showLineNumbers title="app.ts"`) becomes props of its `code` element,
 * which the code block reads; a group it cannot read is dropped with a warning naming the fence's line, never a failed build.
 */
export const remarkCodeFenceMeta: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  visit(tree, 'code', (node) => {
    if (!node.meta || node.lang === 'mermaid') return;
    const meta = parseCodeMeta(node.meta);
    for (const problem of meta.problems) {
      const message = file.message(`code fence: ${problem}; that group is ignored`, { place: node.position, source: CODE_META_SOURCE });
      message.fatal = false;
    }
    const data = (node.data ??= {});
    data.hProperties = {
      ...data.hProperties,
      ...(meta.groups.length > 0 && { highlights: formatGroups(meta.groups) }),
      ...(meta.showLineNumbers && { showLineNumbers: 'true' }),
      ...(meta.title !== undefined && { title: meta.title }),
    };
  });
};
