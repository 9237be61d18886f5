import { createProcessor } from '@mdx-js/mdx';
import { remarkStepOffsets } from '../mdx/count-steps.ts';
import { remarkCodeFenceMeta } from '../mdx/code-fence-meta.ts';
import { remarkLocalImages } from '../mdx/images/local-images.ts';
import { rehypeMaths, remarkKatexStyles } from '../mdx/maths.ts';
import { remarkMermaidFences } from '../mdx/mermaid-fences.ts';
import { deckRemarkPlugins, remarkNotesFences, remarkSlideTitle } from '../mdx/remark-slides.ts';
import { remarkRemoveScripts } from '../mdx/slide-scripts.ts';
import { rehypeTightChrome, remarkUnwrapChrome } from '../mdx/chrome-paragraphs.ts';
import { remarkDefaultExports } from '../mdx/slide-default-export.ts';

/**
 * The MDX compiler of a deck's parts (deck-source.ts), in a module of its own: MDX's compiler and its recma and
 * rehype stages are ~250 ms of imports here, which `deck dev` then loads after it listens, not before.
 */
export function partProcessor() {
  return createProcessor({
    providerImportSource: '@mdx-js/react',
    remarkPlugins: [
      ...deckRemarkPlugins,
      remarkDefaultExports,
      remarkUnwrapChrome,
      remarkRemoveScripts,
      remarkStepOffsets,
      remarkCodeFenceMeta,
      remarkLocalImages,
      remarkKatexStyles,
      remarkMermaidFences,
      remarkSlideTitle,
      remarkNotesFences,
    ],
    rehypePlugins: [rehypeMaths, rehypeTightChrome],
  });
}

/** What compiles a deck's parts. */
export type PartProcessor = ReturnType<typeof partProcessor>;
