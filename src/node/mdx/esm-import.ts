import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';

/** What one import binds: the module's default export, or one named export under a local name. */
export type ImportBinding = { local: string } | { imported: string; local: string };

/** An `import` statement as an MDX ESM node (its text and its estree), for a remark plugin to add to a tree. */
export function esmImport(binding: ImportBinding, specifier: string): MdxjsEsm {
  const source = JSON.stringify(specifier);
  const local = { type: 'Identifier', name: binding.local } as const;
  const named = 'imported' in binding;
  return {
    type: 'mdxjsEsm',
    value: named ? `import { ${binding.imported} as ${binding.local} } from ${source}` : `import ${binding.local} from ${source}`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [
              named ? { type: 'ImportSpecifier', imported: { type: 'Identifier', name: binding.imported }, local } : { type: 'ImportDefaultSpecifier', local },
            ],
            source: { type: 'Literal', value: specifier, raw: source },
            attributes: [],
          },
        ],
      },
    },
  };
}
