// Export: `deck export` of a deck (build reused) against Chromium printing a static HTML file with as many pages
// and as much text, each a whole Node process timed from spawn to exit, interleaved.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../stats.mjs';
import { ratio, spreadOf } from './format.mjs';

/** Wall time of one `node args…` in seconds; throws with its stderr when it fails. */
export function timeNode(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The static print page: one 1280×720 page per slide of the built `site`, holding that slide's title and text. */
export function writeStaticPrint(site, file) {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const sections = [...html.matchAll(/<section id="transcript-\d+">(.*?)<\/section>/gs)].map(([, body]) => body.replace(/<aside.*?<\/aside>/gs, ''));
  writeFileSync(
    file,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static print</title><style>@page{size:1280px 720px;margin:0}body{margin:0;font-family:system-ui,sans-serif;background:#10141b;color:#f3f5f9}section{box-sizing:border-box;width:1280px;height:720px;padding:72px;break-after:page;font-size:32px}h2{font-size:64px}</style></head><body>${sections.map((body) => `<section>${body}</section>`).join('')}</body></html>`,
  );
  return sections.length;
}

/** Rows: the export ÷ the anchor over `runs` interleaved pairs, after one warm-up of each. */
export async function exportAnchor({ site, work, deckFile }, { runs = 5 } = {}) {
  const page = join(work, 'static-print.html');
  const pages = writeStaticPrint(site, page);
  const pdf = join(work, 'bench.pdf');
  const exportOnce = () => timeNode(['bin/deck.mjs', 'export', deckFile, '--out', pdf, '--quiet']);
  const anchorOnce = () => timeNode(['scripts/bench/static-print.mjs', page, join(work, 'anchor.pdf')]);
  exportOnce();
  anchorOnce();
  const times = { deck: [], anchor: [] };
  for (let run = 0; run < runs; run++) {
    times.deck.push(exportOnce());
    times.anchor.push(anchorOnce());
  }
  const ratios = times.deck.map((seconds, run) => seconds / times.anchor[run]);
  const s = (value) => `${value.toFixed(2)} s`;
  return [
    [
      `deck export (build reused) ÷ static print of ${pages} pages`,
      `${ratio(median(ratios))} (${spreadOf(ratios, ratio)}); ${s(median(times.deck))} vs ${s(median(times.anchor))}`,
    ],
  ];
}
