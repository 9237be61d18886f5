import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import type { FirstPaint } from '../../prerender/render-first-paint.tsx';

/** Run in a Node process of its own: a fresh module graph with NODE_ENV=production, whatever the CLI's environment. */
const RENDER_SCRIPT = 'const { renderFirstPaint } = await import(process.argv[1]); process.stdout.write(JSON.stringify(await renderFirstPaint()));';

/** The body font's Latin file: slide 1's characters of it are inlined, so its title paints in its font in the first frame. */
const MAIN_FONT = /^inter-latin-wght-normal-[\w-]+\.woff2$/;

/** The built main font's file name in `assets/`, if the build has one. */
export function mainFontFile(outDir: string): string | undefined {
  const assets = join(outDir, 'assets');
  return existsSync(assets) ? readdirSync(assets).find((file) => MAIN_FONT.test(file)) : undefined;
}

/** SSR-builds the first paint with the same Vite config and returns its markup: the audience view and the reading view at slide 1. */
export async function renderFirstPaint(config: InlineConfig): Promise<FirstPaint> {
  const serverDir = mkdtempSync(join(tmpdir(), 'deck-ssr-'));
  try {
    await build({
      ...config,
      logLevel: 'silent',
      build: { ssr: resolve(config.root ?? '.', 'src/prerender/render-first-paint.tsx'), outDir: serverDir, emptyOutDir: true, copyPublicDir: false },
      ssr: { noExternal: true },
      // The markup is for index.html at the site's root: a bundled image must be `<base>assets/…` from there. With the
      // default relative base, a server build would write `/assets/…`, broken under any sub-path (and React keeps
      // the server's attribute when it hydrates).
      experimental: { ...config.experimental, renderBuiltUrl: (filename) => `${config.base ?? './'}${filename}` },
    });
    const entry = pathToFileURL(join(serverDir, 'render-first-paint.js')).href;
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', RENDER_SCRIPT, entry], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return JSON.parse(printed) as FirstPaint;
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
  }
}

/** What the bundler says of one output chunk: enough to follow its static imports to their stylesheets. */
interface BuiltChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** The build's chunks, however `vite.build` returned them (one output or several). */
export function builtChunks(result: unknown): BuiltChunk[] {
  const outputs = (Array.isArray(result) ? result : [result]) as { output?: BuiltChunk[] }[];
  return outputs.flatMap((entry) => entry?.output ?? []);
}

/**
 * The stylesheets (`assets/…` file names) the chunk of the module at `modulePath` needs, its static imports' too: the
 * CSS to inline for a lazy view the page prerenders.
 */
export function stylesheetsOf(chunks: readonly BuiltChunk[], modulePath: string): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith(modulePath));
  const sheets = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: BuiltChunk | undefined) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) sheets.add(css);
    for (const name of chunk.imports ?? []) visit(byName.get(name));
  };
  visit(entry);
  return [...sheets];
}
