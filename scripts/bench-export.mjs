// Times `deck export` to PDF (wall time of the whole command: build or reuse, browser start, print) for the talk and
// a generated 500-slide deck, and prints a table against the goals: a first export (`--no-cache`, the deck built),
// then repeated ones (the build reused, as when exporting again after presenting). Usage: node scripts/bench-export.mjs [runs=3]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeNode } from './bench/export-anchor.mjs';
import { median } from './stats.mjs';

const runs = Number(process.argv[2] ?? 3);
const work = mkdtempSync(join(tmpdir(), 'deck-bench-export-'));
const generated = join(work, 'deck500.mdx');
writeFileSync(generated, execFileSync(process.execPath, ['scripts/generate-deck.mjs', '500'], { encoding: 'utf8' }));

const cases = [
  { name: 'talk (slides/deck.mdx)', file: 'slides/deck.mdx', goal: 3 },
  { name: 'generated, 500 slides', file: generated, goal: 20 },
];

function pages(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

const rows = [];
try {
  for (const { name, file, goal } of cases) {
    const pdf = join(work, 'out.pdf');
    const exportOnce = (...flags) => timeNode(['bin/deck.mjs', 'export', file, '--out', pdf, '--quiet', ...flags]);
    const cold = exportOnce('--no-cache');
    const times = Array.from({ length: runs }, () => exportOnce());
    const typical = median(times);
    rows.push([name, String(pages(pdf)), cold.toFixed(2), typical.toFixed(2), Math.min(...times).toFixed(2), `≤ ${goal}`, typical <= goal ? 'yes' : 'NO']);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const header = ['deck', 'pages', 'built s', `reused: median s (${runs} runs)`, 'best s', 'goal s', 'met'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
process.stdout.write(`${[line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')}\n`);
