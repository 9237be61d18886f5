/** PDF text string: literal for printable ASCII, else UTF-16BE hex with a byte-order mark (PDF 1.7 §7.9.2.2). */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
  const hex = [...text].flatMap((char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x10000) return [code];
    const offset = code - 0x10000;
    return [0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff)];
  });
  return `<FEFF${hex.map((unit) => unit.toString(16).padStart(4, '0').toUpperCase()).join('')}>`;
}

/** A PDF literal string: escapes (`\\)`) and balanced parentheses inside, one level deep (Chromium's Creator has both). */
const LITERAL = /\((?:\\[\s\S]|[^\\()]|\((?:\\[\s\S]|[^\\()])*\))*\)/;

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

interface Trailer {
  xrefOffset: number;
  dictionary: string;
  size: number;
  info: { number: number; generation: number } | null;
}

function readTrailer(pdf: Uint8Array): Trailer {
  const tail = latin1(pdf, Math.max(0, pdf.length - 4096));
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/g;
  let dictionary: string | undefined;
  for (let match = trailer.exec(tail); match; match = trailer.exec(tail)) dictionary = match[1];
  if (!start || dictionary === undefined) throw new Error('not a PDF with a classic cross-reference table');
  const size = /\/Size\s+(\d+)/.exec(dictionary);
  const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(dictionary);
  return {
    xrefOffset: Number(start[1]),
    dictionary,
    size: Number(size?.[1] ?? 0),
    info: info ? { number: Number(info[1]), generation: Number(info[2]) } : null,
  };
}

/** Where object `number` starts, from the cross-reference table at `xrefOffset`. */
function objectOffset(pdf: Uint8Array, xrefOffset: number, number: number): number | undefined {
  const table = latin1(pdf, xrefOffset, Math.min(pdf.length, xrefOffset + 64 + 20 * (number + 1) + 4096));
  const lines = table.split(/\r?\n|\r/);
  if (lines[0]?.trim() !== 'xref') return undefined;
  for (let line = 1; line < lines.length;) {
    const header = /^(\d+)\s+(\d+)\s*$/.exec(lines[line] ?? '');
    if (!header) return undefined;
    const first = Number(header[1]);
    const count = Number(header[2]);
    if (number >= first && number < first + count) {
      const entry = /^(\d{10})\s+\d{5}\s+n/.exec(lines[line + 1 + number - first] ?? '');
      return entry ? Number(entry[1]) : undefined;
    }
    line += 1 + count;
  }
  return undefined;
}

/** The entries of the current Info dictionary, without its `<< >>`. */
function infoEntries(pdf: Uint8Array, trailer: Trailer): string {
  if (!trailer.info) return '';
  const offset = objectOffset(pdf, trailer.xrefOffset, trailer.info.number);
  if (offset === undefined) return '';
  const text = latin1(pdf, offset, Math.min(pdf.length, offset + 8192));
  const body = /^\s*\d+\s+\d+\s+obj\s*<<([\s\S]*?)>>\s*endobj/.exec(text);
  return body?.[1] ?? '';
}

/**
 * Sets document-information entries (e.g. `Author`) by an incremental update: the original bytes stay as Chromium
 * wrote them, and a new Info object, cross-reference section and trailer are appended.
 */
export function withDocumentInfo(pdf: Uint8Array, entries: Record<string, string>): Uint8Array {
  const trailer = readTrailer(pdf);
  let info = infoEntries(pdf, trailer);
  for (const [key, value] of Object.entries(entries)) {
    info = info.replace(new RegExp(`/${key}\\s*(${LITERAL.source}|<[^>]*>)`), '');
    info = `${info.trimEnd()}\n/${key} ${pdfString(value)}`;
  }
  const number = trailer.info?.number ?? trailer.size;
  const generation = trailer.info?.generation ?? 0;
  const size = Math.max(trailer.size, number + 1);
  const objectAt = pdf.length + 1;
  const object = `\n${number} ${generation} obj\n<<${info}\n>>\nendobj\n`;
  const xrefAt = objectAt + object.length - 1;
  const rest = trailer.dictionary.replace(/\/(Size|Prev|Info)\s+\d+(\s+\d+\s+R)?/g, '').trim();
  const update = [
    'xref',
    '0 1',
    '0000000000 65535 f ',
    `${number} 1`,
    `${String(objectAt).padStart(10, '0')} ${String(generation).padStart(5, '0')} n `,
    'trailer',
    `<<${rest}\n/Size ${size}\n/Info ${number} ${generation} R\n/Prev ${trailer.xrefOffset}>>`,
    'startxref',
    String(xrefAt),
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.concat([pdf, Buffer.from(object + update, 'latin1')]);
}
