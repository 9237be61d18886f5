import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { BOOT_SCRIPT } from '../html/inline-scripts.ts';
import { paintFirst } from '../html/paint-first.ts';
import { PRERENDERED_END, PRERENDERED_OPEN } from '../html/prerendered-root.ts';

const ROOT_TAG = '<div id="root"></div>';

/** Run in a Node process of its own: a fresh module graph with NODE_ENV=production, whatever the CLI's environment. */
const RENDER_SCRIPT = 'const { renderFirstSlide } = await import(process.argv[1]); process.stdout.write(await renderFirstSlide());';

/** The body font's Latin file: preloaded so the first slide's title paints in its font without waiting for CSS. */
const MAIN_FONT = /^inter-latin-wght-normal-[\w-]+\.woff2$/;

/** Puts server-rendered markup, the boot script and the main font preload into a built page. */
export function injectPrerendered(html: string, markup: string, fontUrl?: string): string {
  if (!html.includes(ROOT_TAG)) throw new Error('prerender: index.html has no <div id="root"></div>');
  const withRoot = html
    // A function, not a string: a `$&` or `$'` in the slide's text is not a replacement pattern.
    .replace(ROOT_TAG, () => `${PRERENDERED_OPEN}${markup}</div>${PRERENDERED_END}`)
    .replace('</title>', `</title>\n    <script>${BOOT_SCRIPT}</script>`);
  if (!fontUrl) return withRoot;
  // After the file:// redirect to offline.html (which comes before the module script): no doomed font request there.
  const preload = `<link rel="preload" as="font" type="font/woff2" crossorigin href="${fontUrl}" />\n    `;
  const at = withRoot.indexOf('<script type="module"');
  return at < 0 ? withRoot.replace('</head>', `${preload}</head>`) : withRoot.slice(0, at) + preload + withRoot.slice(at);
}

/** SSR-builds the first slide with the same Vite config and writes it into `outDir/index.html`. */
export async function prerender(config: InlineConfig, outDir: string): Promise<void> {
  const serverDir = mkdtempSync(join(tmpdir(), 'deck-ssr-'));
  try {
    await build({
      ...config,
      logLevel: 'silent',
      build: { ssr: resolve(config.root ?? '.', 'src/prerender/render-first-slide.tsx'), outDir: serverDir, emptyOutDir: true, copyPublicDir: false },
      ssr: { noExternal: true },
      // The markup is for index.html at the site's root: a bundled image must be `<base>assets/…` from there. With the
      // default relative base, a server build would write `/assets/…`, broken under any sub-path (and React keeps
      // the server's attribute when it hydrates).
      experimental: { ...config.experimental, renderBuiltUrl: (filename) => `${config.base ?? './'}${filename}` },
    });
    const entry = pathToFileURL(join(serverDir, 'render-first-slide.js')).href;
    const markup = execFileSync(process.execPath, ['--input-type=module', '-e', RENDER_SCRIPT, entry], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const page = join(outDir, 'index.html');
    const assets = join(outDir, 'assets');
    const font = existsSync(assets) ? readdirSync(assets).find((file) => MAIN_FONT.test(file)) : undefined;
    const fontUrl = font && `${config.base ?? './'}assets/${font}`;
    const readCss = (href: string) => readFileSync(join(outDir, href.slice(href.lastIndexOf('/assets/') + 1)), 'utf8');
    writeFileSync(page, paintFirst(injectPrerendered(readFileSync(page, 'utf8'), markup, fontUrl), readCss));
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
  }
}
