import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { PACKAGE_ROOT } from '../deck-file.ts';
import { staticInstance } from '../fonts/instance-font.ts';
import { charactersOf } from '../fonts/unicode-range.ts';

/** The module the print view imports: `[{ family, weight, unicodeRange, url }]`, static fonts to print with. */
export const PRINT_FONTS_ID = 'virtual:deck-print-fonts';
const RESOLVED = `\0${PRINT_FONTS_ID}`;

/** An instance's `@font-face` descriptors. */
interface Face {
  family: string;
  weight: number;
  unicodeRange: string;
}

/** Each variable font the deck uses, its print family and the weights instanced for it (CSS picks the nearest). */
const PRINT_FONTS = [
  { family: 'Inter Print', css: '@fontsource-variable/inter/wght.css', subset: 'inter-latin-wght-normal', weights: [400, 500, 600, 700, 800, 900] },
  { family: 'JetBrains Mono Print', css: '@fontsource-variable/jetbrains-mono/wght.css', subset: 'jetbrains-mono-latin-wght-normal', weights: [400, 700] },
];

/** The woff2 file and unicode-range of one subset, as the package's own CSS declares them. */
function subsetOf(css: string, subset: string): { file: string; unicodeRange: string } {
  const path = join(PACKAGE_ROOT, 'node_modules', css);
  const block = readFileSync(path, 'utf8').split(`/* ${subset} */`)[1]?.split('}')[0] ?? '';
  const url = /url\(([^)]+)\)/.exec(block)?.[1];
  const unicodeRange = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
  if (!url || !unicodeRange) throw new Error(`print fonts: no ${subset} in ${path}`);
  return { file: join(dirname(path), url), unicodeRange };
}

/**
 * Static TrueType instances of the deck's variable fonts for print: Chromium's PDF backend writes text in a variable
 * font as Type 3 glyph drawings (no real font, "Bad bounding box" in pdftoppm), in a static one as embedded TrueType.
 * Built from the installed woff2 files; emitted as assets, or inlined as data URLs by the dev server and the
 * single-file build, and added by the print view's script. With `preload` (the export's build, which is only ever
 * printed) the page's HTML declares them instead (`@font-face`, and a preload of each, so they arrive with the
 * script rather than once the print view has run), and the module lists none: a saved copy of the print view
 * (print-snapshot.ts) keeps its fonts.
 */
export function printFontsPlugin({ inline, preload = false }: { inline: boolean; preload?: boolean }): Plugin {
  let serving = false;
  let base = './';
  /** By asset name, what the page's `@font-face` rule says of each emitted instance. */
  const emitted = new Map<string, Face>();
  return {
    name: 'deck:print-fonts',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    resolveId: (id) => (id === PRINT_FONTS_ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const instances = PRINT_FONTS.flatMap(({ family, css, subset, weights }) => {
        const { file, unicodeRange } = subsetOf(css, subset);
        const source = readFileSync(file);
        return weights.map(async (weight) => ({
          family,
          subset,
          unicodeRange,
          weight,
          font: await staticInstance(source, weight, charactersOf(unicodeRange)),
        }));
      });
      const faces = (await Promise.all(instances)).map(({ family, subset, unicodeRange, weight, font }) => {
        const name = `${subset.replace('-wght-normal', '')}-${weight}.ttf`;
        emitted.set(name, { family, weight, unicodeRange });
        const url =
          serving || inline
            ? JSON.stringify(`data:font/ttf;base64,${font.toString('base64')}`)
            : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name, source: font })}`;
        return `{ family: ${JSON.stringify(family)}, weight: ${weight}, unicodeRange: ${JSON.stringify(unicodeRange)}, url: ${url} }`;
      });
      // The export's page declares these itself (below): the print view has none to add.
      return `export default [\n${preload ? '' : faces.join(',\n')}\n];\n`;
    },
    transformIndexHtml(_html, { bundle }) {
      if (!preload || !bundle) return undefined;
      const fonts = Object.values(bundle).flatMap((file) => {
        const face = file.type === 'asset' ? file.names.map((name) => emitted.get(name)).find(Boolean) : undefined;
        return face ? [{ face, href: `${base}${file.fileName}` }] : [];
      });
      const rules = fonts.map(
        ({ face, href }) =>
          `@font-face{font-family:${JSON.stringify(face.family)};font-weight:${face.weight};unicode-range:${face.unicodeRange};src:url(${JSON.stringify(href)})}`,
      );
      return [
        { tag: 'style', children: rules.join('\n'), injectTo: 'head' as const },
        ...fonts.map(({ href }) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/ttf', crossorigin: '', href },
          injectTo: 'head' as const,
        })),
      ];
    },
  };
}
