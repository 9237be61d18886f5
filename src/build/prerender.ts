import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { BOOT_SCRIPT } from './boot-script.ts';

const ROOT_TAG = '<div id="root"></div>';

/** Run in a plain Node process: the CLI itself lives in Vite's module runner, which cannot import the SSR bundle. */
const RENDER_SCRIPT = 'const { renderFirstSlide } = await import(process.argv[1]); process.stdout.write(await renderFirstSlide());';

/** Puts server-rendered markup and the boot script into a built page. */
export function injectPrerendered(html: string, markup: string): string {
  if (!html.includes(ROOT_TAG)) throw new Error('prerender: index.html has no <div id="root"></div>');
  return html
    .replace(ROOT_TAG, `<div id="root" data-prerendered>${markup}</div>`)
    .replace('</title>', `</title>\n    <script>${BOOT_SCRIPT}</script>`);
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
    });
    const entry = pathToFileURL(join(serverDir, 'render-first-slide.js')).href;
    const markup = execFileSync(process.execPath, ['--input-type=module', '-e', RENDER_SCRIPT, entry], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const page = join(outDir, 'index.html');
    writeFileSync(page, injectPrerendered(readFileSync(page, 'utf8'), markup));
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
  }
}
