import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';

/** Run in a Node process of its own: a fresh module graph with NODE_ENV=production, whatever the CLI's environment. */
const RENDER_SCRIPT = 'const { renderFirstSlide } = await import(process.argv[1]); process.stdout.write(await renderFirstSlide());';

/** The body font's Latin file: slide 1's characters of it are inlined, so its title paints in its font in the first frame. */
const MAIN_FONT = /^inter-latin-wght-normal-[\w-]+\.woff2$/;

/** The built main font's file name in `assets/`, if the build has one. */
export function mainFontFile(outDir: string): string | undefined {
  const assets = join(outDir, 'assets');
  return existsSync(assets) ? readdirSync(assets).find((file) => MAIN_FONT.test(file)) : undefined;
}

/** SSR-builds the first slide with the same Vite config and returns its markup. */
export async function renderFirstSlide(config: InlineConfig): Promise<string> {
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
    return execFileSync(process.execPath, ['--input-type=module', '-e', RENDER_SCRIPT, entry], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
  }
}
