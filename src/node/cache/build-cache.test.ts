import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { buildIntoCache, cachedBuildDir, markUsed, pruneCache } from './build-cache.ts';

/** A stand-in for the bundler: writes a page and reports `inputs` through the recorder plugin, as a real build does. */
const fakeBuild =
  (inputs: string[], page = '<html></html>') =>
  async (outDir: string, plugin: Plugin) => {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), page);
    const generate = plugin.generateBundle as unknown as (this: { getModuleIds(): Iterable<string> }) => void;
    generate.call({ getModuleIds: () => [...inputs, '\0virtual:deck', `${inputs[0]}?deck-part=slide-1`] });
  };

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'deck-cache-test-'));
  const deck = join(root, 'deck.mdx');
  const component = join(root, 'chart.jsx');
  writeFileSync(deck, '# One');
  writeFileSync(component, 'export default () => null');
  return { root, deck, component, cache: join(root, 'cache') };
}

describe('export build cache', () => {
  it('reuses a build until a file it was built from changes', async () => {
    const { deck, component, cache } = setup();
    const first = cachedBuildDir(cache, deck);
    expect(first.fresh).toBe(false);
    const dir = await buildIntoCache(first.dir, deck, [], fakeBuild([component]));
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    expect(cachedBuildDir(cache, deck)).toEqual({ dir, fresh: true });

    writeFileSync(component, 'export default () => "changed"');
    expect(cachedBuildDir(cache, deck).fresh).toBe(false);
    await buildIntoCache(dir, deck, [], fakeBuild([component]));
    expect(cachedBuildDir(cache, deck).fresh).toBe(true);

    writeFileSync(deck, '# One, edited');
    expect(cachedBuildDir(cache, deck).fresh).toBe(false);
  });

  it('treats a deleted input as a change', async () => {
    const { root, deck, cache } = setup();
    const extra = join(root, 'extra.css');
    writeFileSync(extra, 'p{}');
    await buildIntoCache(cachedBuildDir(cache, deck).dir, deck, [extra], fakeBuild([deck]));
    expect(cachedBuildDir(cache, deck).fresh).toBe(true);
    rmSync(extra);
    expect(cachedBuildDir(cache, deck).fresh).toBe(false);
  });

  it("counts the engine's own sources (the Vite config, the plugins it imports) as inputs", async () => {
    const { root, deck, cache } = setup();
    const config = join(root, 'vite.config.ts');
    const remarkPlugin = join(root, 'remark-slides.ts');
    writeFileSync(config, 'export default {}');
    writeFileSync(remarkPlugin, 'export const split = 1');
    await buildIntoCache(cachedBuildDir(cache, deck).dir, deck, [config, remarkPlugin], fakeBuild([deck], ''));
    expect(cachedBuildDir(cache, deck).fresh).toBe(true);
    writeFileSync(remarkPlugin, 'export const split = 2');
    expect(cachedBuildDir(cache, deck).fresh).toBe(false);
  });

  it('replaces a fresh build made before it started (a forced rebuild), but keeps one finished while it built', async () => {
    const { deck, cache } = setup();
    const { dir } = cachedBuildDir(cache, deck);
    await buildIntoCache(dir, deck, [], fakeBuild([deck], 'first'));
    await buildIntoCache(dir, deck, [], fakeBuild([deck], 'forced'));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('forced');

    const racing = async (outDir: string, plugin: Plugin) => {
      await buildIntoCache(dir, deck, [], fakeBuild([deck], 'finished first'));
      await fakeBuild([deck], 'finished second')(outDir, plugin);
    };
    await buildIntoCache(dir, deck, [], racing);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('finished first');

    // Another export merely reusing the build meanwhile (which marks it used) does not count as a newer build.
    const reusedMeanwhile = async (outDir: string, plugin: Plugin) => {
      markUsed(dir);
      await fakeBuild([deck], 'forced again')(outDir, plugin);
    };
    await buildIntoCache(dir, deck, [], reusedMeanwhile);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('forced again');
  });

  it("drops other decks' builds unused for 30 days and an interrupted export's leftovers, keeping recent ones", async () => {
    const { root, deck, cache } = setup();
    const other = (name: string) => {
      const file = join(root, `${name}.mdx`);
      writeFileSync(file, `# ${name}`);
      return file;
    };
    const old = other('old-talk');
    const recent = other('recent-talk');
    await buildIntoCache(cachedBuildDir(cache, old).dir, old, [], fakeBuild([old]));
    await buildIntoCache(cachedBuildDir(cache, recent).dir, recent, [], fakeBuild([recent]));
    const leftover = join(cache, 'export-0123456789ab.building-999-dead');
    mkdirSync(leftover, { recursive: true });
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    utimesSync(join(cachedBuildDir(cache, old).dir, 'deck-inputs.json'), daysAgo(31), daysAgo(31));
    utimesSync(join(cachedBuildDir(cache, recent).dir, 'deck-inputs.json'), daysAgo(29), daysAgo(29));
    utimesSync(leftover, daysAgo(2), daysAgo(2));

    await buildIntoCache(cachedBuildDir(cache, deck).dir, deck, [], fakeBuild([deck]));
    expect(existsSync(cachedBuildDir(cache, old).dir)).toBe(false);
    expect(existsSync(leftover)).toBe(false);
    expect(cachedBuildDir(cache, recent).fresh).toBe(true);
    expect(cachedBuildDir(cache, deck).fresh).toBe(true);
  });

  it('counts a reuse as a use: a build reused today is not old', async () => {
    const { deck, cache } = setup();
    const { dir } = cachedBuildDir(cache, deck);
    await buildIntoCache(dir, deck, [], fakeBuild([deck]));
    const longAgo = new Date(Date.now() - 60 * 24 * 60 * 60 * 1000);
    utimesSync(join(dir, 'deck-inputs.json'), longAgo, longAgo);
    markUsed(dir);
    pruneCache(cache, '');
    expect(cachedBuildDir(cache, deck).fresh).toBe(true);
  });

  it('keeps builds of different decks apart', async () => {
    const { root, deck, cache } = setup();
    const other = join(root, 'other.mdx');
    writeFileSync(other, '# Two');
    await buildIntoCache(cachedBuildDir(cache, deck).dir, deck, [], fakeBuild([deck]));
    expect(cachedBuildDir(cache, other).fresh).toBe(false);
    expect(cachedBuildDir(cache, other).dir).not.toBe(cachedBuildDir(cache, deck).dir);
  });

  it('leaves nothing reusable behind when the build fails', async () => {
    const { deck, cache } = setup();
    const { dir } = cachedBuildDir(cache, deck);
    const failing = async (outDir: string) => {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'index.html'), 'half');
      throw new Error('deck.mdx:3:1: Unexpected end of file');
    };
    await expect(buildIntoCache(dir, deck, [], failing)).rejects.toThrow(/3:1/);
    expect(cachedBuildDir(cache, deck).fresh).toBe(false);
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });
});
