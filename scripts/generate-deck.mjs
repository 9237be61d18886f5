// Writes a synthetic deck of N slides (headings, lists, steps, code, notes) to stdout: for benchmarks at scale.
// Usage: node scripts/generate-deck.mjs 500 > /tmp/deck500.mdx
const count = Number(process.argv[2] ?? 500);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: node scripts/generate-deck.mjs <slides>\n');
  process.exit(1);
}

const slides = [
  `export const meta = { title: 'Generated deck of ${count} slides', author: 'bench' }\n\n# Generated deck of ${count} slides\n\n<Notes>Opening notes.</Notes>`,
];
for (let n = 2; n <= count; n++) {
  const kind = n % 4;
  const body =
    kind === 0
      ? `## Slide ${n}: steps\n\n<Steps>\n\n- First point of slide ${n}\n- Second point\n- Third point\n\n</Steps>`
      : kind === 1
        ? `## Slide ${n}: code\n\n\`\`\`sql\nselect id, name from table_${n} where score > ${n};\n\`\`\``
        : kind === 2
          ? `## Slide ${n}: table\n\n| a | b |\n|---|---|\n| ${n} | ${n * 2} |`
          : `## Slide ${n}: text\n\nA paragraph of **slide ${n}** with some _emphasis_ and a [link](#/${Math.max(1, n - 1)}).`;
  slides.push(`${body}\n\n<Notes>Notes for slide ${n}.</Notes>`);
}
process.stdout.write(`${slides.join('\n\n---\n\n')}\n`);
