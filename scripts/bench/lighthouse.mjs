// Lighthouse 12 (the devDependency's own bin) on the deck and on the static system-font page, desktop and mobile
// defaults, runs interleaved; Debian's Chromium with the flags every Chromium of ours gets.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from '../../src/node/browser/find-chromium.mjs';
import { median } from '../stats.mjs';
import { ms, spreadOf } from './format.mjs';

const run = promisify(execFile);
const FORM_FACTORS = { desktop: ['--preset=desktop'], mobile: [] };

export async function lighthouseOnce(url, formFactor) {
  const out = mkdtempSync(join(tmpdir(), 'deck-lighthouse-'));
  try {
    const report = join(out, 'report.json');
    const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
    await run(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        url,
        '--quiet',
        '--only-categories=performance',
        '--output=json',
        `--output-path=${report}`,
        `--chrome-flags=${flags}`,
        ...FORM_FACTORS[formFactor],
      ],
      { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 1 << 26 },
    );
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    const value = (id) => audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round(categories.performance.score * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Rows: median score, FCP, LCP and TBT of `runs` runs per form factor, the static page's once per round beside it. */
export async function lighthouse({ base }, { runs = 3 } = {}) {
  const rows = [];
  for (const formFactor of Object.keys(FORM_FACTORS)) {
    const deck = [];
    const reference = [];
    for (let round = 0; round < runs; round++) {
      deck.push(await lighthouseOnce(`${base}index.html`, formFactor));
      if (round < 2) reference.push(await lighthouseOnce(`${base}static-system.html`, formFactor));
    }
    const of = (list, key) => median(list.map((entry) => entry[key]));
    rows.push([
      `Lighthouse 12, ${formFactor} defaults (${runs} runs)`,
      `score ${of(deck, 'score')} (${spreadOf(
        deck.map((entry) => entry.score),
        String,
      )}), FCP ${ms(of(deck, 'fcp'))}, LCP ${ms(of(deck, 'lcp'))}, TBT ${ms(of(deck, 'tbt'))} (${spreadOf(
        deck.map((entry) => entry.tbt),
        ms,
      )}); static system-font page: score ${of(reference, 'score')}, FCP ${ms(of(reference, 'fcp'))}, LCP ${ms(of(reference, 'lcp'))}`,
    ]);
  }
  return rows;
}
