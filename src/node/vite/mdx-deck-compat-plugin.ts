import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { parseAst, transformWithOxc, type Plugin } from 'vite';
import { MDX_DECK_MODULES, NAMES_OF, THEME_NAMES_V2, THEME_NAMES_V4 } from '../../mdx/mdx-deck/export-names.ts';
import { declaredMdxDeck } from '../mdx/mdx-deck-flavor.ts';
import { PACKAGE_ROOT } from '../deck-file.ts';
import { remoteResources, remoteSeen } from '../html/remote-resources.ts';

const SRC = resolve(PACKAGE_ROOT, 'src');
const COMPAT = resolve(SRC, 'mdx/mdx-deck-compat.ts');
const LAYOUTS = resolve(SRC, 'mdx/mdx-deck/layouts.ts');
const THEMES = { 2: resolve(SRC, 'mdx/mdx-deck/themes-v2.ts'), 4: resolve(SRC, 'mdx/mdx-deck/themes-v4.ts') };
const PLACEHOLDER = resolve(SRC, 'mdx/mdx-deck/placeholder.tsx');
/** Packages mdx-deck brought along that decks used undeclared, and what provides them here. */
const PROVIDED: Record<string, string> = { '@emotion/core': '@emotion/react', 'emotion-theming': '@emotion/react' };

/** A deck's own file (not ours, not a package's): where JSX in `.js` is allowed, as Babel allowed it for mdx-deck. */
function deckOwned(file: string): boolean {
  // Vite's virtual modules (`/@react-refresh`, `\0…`) look like absolute paths but are no file of the deck's.
  if (!isAbsolute(file) || file.startsWith('/@') || file.includes('\0')) return false;
  return !file.includes(`${sep}node_modules${sep}`) && !file.startsWith(SRC + sep) && existsSync(file);
}

/** The 1-based line of the first import line naming `name` in `text`, for a warning. */
function lineOf(text: string, name: string): number {
  const lines = text.split('\n');
  const word = new RegExp(`\\b${name.replace(/[$]/g, '\\$')}\\b`);
  const at = lines.findIndex(
    (line, index) =>
      word.test(line) &&
      lines
        .slice(Math.max(0, index - 8), index + 1)
        .join('\n')
        .includes('import'),
  );
  return at + 1 || 1;
}

/** `require('./a.png')` with a literal path, as webpack allowed in an ES module: an import of it instead. */
function hoistRequires(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/\brequire\(\s*(['"])([^'"\n]+)\1\s*\)/g, (_, _quote: string, path: string) => {
    const name = `__deckRequired${imports.length}`;
    imports.push(`import * as ${name}_module from ${JSON.stringify(path)};\nconst ${name} = ${name}_module.default ?? ${name}_module;`);
    return name;
  });
  return imports.length ? `${imports.join('\n')}\n${body}` : code;
}

interface ImportNode {
  type: string;
  start: number;
  end: number;
  source: { value: unknown };
  specifiers: { type: string; local: { name: string }; imported?: { type: string; name?: string; value?: string } }[];
}

/**
 * Vite plugin for decks written for mdx-deck 2–4: its import paths (`mdx-deck`, `mdx-deck/layouts`, `mdx-deck/themes`,
 * `@mdx-deck/*`, `@emotion/core`) resolve to our equivalents (themes of the version the deck's package.json declares);
 * JSX in a deck's own `.js` files compiles; a name mdx-deck never exported becomes a placeholder with a warning.
 */
/** Warnings already printed in this process: the client, SSR and offline builds each transform the same files. */
const warned: Set<string> = ((globalThis as { __deckCompatWarned?: Set<string> }).__deckCompatWarned ??= new Set());

export function mdxDeckCompatPlugin(): Plugin {
  return {
    name: 'deck:mdx-deck-compat',
    enforce: 'pre',
    async resolveId(source, importer) {
      // webpack's inline loaders (`file-loader!./a.png`, `raw-loader!./a.js`): a file's URL, or its text.
      const loader = /^!{0,2}(file|url|raw)-loader!(.+)$/.exec(source);
      if (loader) return this.resolve(`${loader[2]}${loader[1] === 'raw' ? '?raw' : ''}`, importer, { skipSelf: true });
      if (PROVIDED[source]) return this.resolve(PROVIDED[source], importer, { skipSelf: true });
      // mdx-deck 1's documented `prism: { style, languages }` imports: react-syntax-highlighter's paths before v10.
      const highlighterPath = /^react-syntax-highlighter\/(?:dist\/(?:cjs\/)?)?((?:styles|languages)\/(?:prism|hljs)\/[\w-]+)(?:\.js)?$/.exec(source);
      if (highlighterPath) return this.resolve(`react-syntax-highlighter/dist/esm/${highlighterPath[1]}`, importer, { skipSelf: true });
      const bare = source.replace(/\/index(\.js)?$/, '');
      const kind = MDX_DECK_MODULES[bare] ?? (/^@mdx-deck\/themes\/.+/.test(bare) ? 'themes' : undefined);
      if (!kind) return undefined;
      if (kind === 'components') return COMPAT;
      if (kind === 'layouts') return LAYOUTS;
      const flavor = importer ? declaredMdxDeck(importer.split('?')[0]!, PACKAGE_ROOT) : 0;
      const themes = THEMES[flavor === 2 ? 2 : 4];
      // `@mdx-deck/themes/future`, `@mdx-deck/themes/syntax-highlighter`: one theme's file, its default export.
      const file = /^@mdx-deck\/themes\/(.+)$/.exec(bare)?.[1];
      return file ? `${themes}?theme=${file}` : themes;
    },
    load(id) {
      const theme = /\?theme=(.+)$/.exec(id)?.[1];
      if (!theme) return undefined;
      const name = theme.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^aspect43$|^aspect-4-3$/, 'aspect43');
      const file = id.slice(0, id.indexOf('?'));
      return `export { ${name === 'base' || name === 'index' ? 'default' : name} as default } from ${JSON.stringify(file)};`;
    },
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!deckOwned(file) || file.startsWith('\0')) return undefined;
      if (!id.includes('?')) remoteSeen.set(file, remoteResources(file, code));
      let out = code;
      if (/\.(c|m)?js$/.test(file) && /<[A-Za-z>]/.test(code)) {
        // `/** @jsx jsx */` (emotion's css prop, as mdx-deck 1–2 decks wrote it for Babel) asks for the classic runtime.
        const pragma = /\/\*\*?\s*@jsx\s+([\w.]+)\s*\*\//.exec(code)?.[1];
        const jsx = pragma ? ({ runtime: 'classic', pragma } as const) : ({ runtime: 'automatic', development: false } as const);
        out = (await transformWithOxc(code, file, { lang: 'jsx', jsx })).code;
      }
      out = hoistRequires(out);
      if (!/(mdx-deck|@mdx-deck)/.test(out)) return out === code ? undefined : { code: out, map: null };
      const edits: { start: number; end: number; text: string }[] = [];
      // A `.jsx`/`.ts`/`.tsx` file is still in its own language here (Vite compiles it after this plugin).
      const lang = (/\.(jsx|ts|tsx)$/.exec(file)?.[1] ?? 'js') as 'js' | 'jsx' | 'ts' | 'tsx';
      for (const node of parseAst(out, { lang }).body as unknown as ImportNode[]) {
        if (node.type !== 'ImportDeclaration' || typeof node.source.value !== 'string') continue;
        const bare = node.source.value.replace(/\/index(\.js)?$/, '');
        const kind = MDX_DECK_MODULES[bare];
        if (!kind) continue;
        const known = kind !== 'themes' ? NAMES_OF[kind] : declaredMdxDeck(file, PACKAGE_ROOT) === 2 ? THEME_NAMES_V2 : THEME_NAMES_V4;
        const missing = node.specifiers.filter((spec) => {
          if (spec.type !== 'ImportSpecifier') return false;
          const name = spec.imported?.name ?? spec.imported?.value ?? '';
          return !known.includes(name);
        });
        if (!missing.length) continue;
        const text = readFileSync(file, 'utf8');
        const kept = node.specifiers.filter((spec) => !missing.includes(spec));
        const keptText = kept.map((spec) =>
          spec.type === 'ImportDefaultSpecifier'
            ? `default as ${spec.local.name}`
            : spec.type === 'ImportNamespaceSpecifier'
              ? ''
              : `${spec.imported?.name ?? JSON.stringify(spec.imported?.value)} as ${spec.local.name}`,
        );
        const namespace = kept.find((spec) => spec.type === 'ImportNamespaceSpecifier');
        const lines = [
          keptText.filter(Boolean).length ? `import { ${keptText.filter(Boolean).join(', ')} } from ${JSON.stringify(node.source.value)};` : '',
          namespace ? `import * as ${namespace.local.name} from ${JSON.stringify(node.source.value)};` : '',
          // Once per file: a second import line with unknown names would declare the helper twice.
          edits.length === 0 ? `import { missingExport as __deckMissingExport } from ${JSON.stringify(PLACEHOLDER)};` : '',
          ...missing.map((spec) => {
            const name = spec.imported?.name ?? String(spec.imported?.value);
            const what = kind === 'themes' ? 'it is left out of the theme' : 'it renders as a placeholder';
            const message = `${file}:${lineOf(text, name)}: '${name}' is not exported by '${node.source.value}' (this mdx-deck never had it); ${what}`;
            if (!warned.has(message)) this.warn(message);
            warned.add(message);
            // A missing theme was `undefined` under webpack, which a theme merge skips; a component gets a placeholder.
            return `const ${spec.local.name} = ${kind === 'themes' ? 'undefined' : `__deckMissingExport(${JSON.stringify(name)})`};`;
          }),
        ];
        edits.push({ start: node.start, end: node.end, text: lines.filter(Boolean).join('\n') });
      }
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}
