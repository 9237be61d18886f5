import { describe, expect, it } from 'vitest';
import { builtChunks, stylesheetsOf } from './prerender.ts';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], css: string[]) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

describe('stylesheetsOf', () => {
  const output = {
    output: [
      chunk('assets/start.js', '/deck/src/app/main.tsx', [], ['assets/start.css']),
      chunk('assets/notes.js', null, ['assets/start.js'], ['assets/notes.css']),
      chunk('assets/read-view.js', '/deck/src/views/read/read-view.tsx', ['assets/notes.js', 'assets/start.js'], ['assets/read-view.css']),
      chunk('assets/overview.js', '/deck/src/views/overview/overview-view.tsx', ['assets/start.js'], ['assets/overview.css']),
      { type: 'asset' as const, fileName: 'assets/inter.woff2' },
    ],
  };

  it("is the view chunk's stylesheets and those of the chunks it imports, each once, and no other view's", () => {
    expect(stylesheetsOf(builtChunks([output]), 'src/views/read/read-view.tsx')).toEqual(['assets/read-view.css', 'assets/notes.css', 'assets/start.css']);
  });

  it('is nothing for a module the build has no chunk for', () => {
    expect(stylesheetsOf(builtChunks(output), 'src/views/nope.tsx')).toEqual([]);
  });
});
