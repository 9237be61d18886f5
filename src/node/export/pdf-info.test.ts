import { describe, expect, it } from 'vitest';
import { pdfString, withDocumentInfo } from './pdf-info.ts';

/** A minimal one-page PDF the way Skia lays it out: Info first, one xref subsection, classic trailer. */
function tinyPdf(info = '<</Title (Talk)\n/Producer (Skia/PDF m156)>>'): Uint8Array {
  const objects = [info, '<</Type /Catalog /Pages 3 0 R>>', '<</Type /Pages /Kids [4 0 R] /Count 1>>', '<</Type /Page /Parent 3 0 R /MediaBox [0 0 960 540]>>'];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(text, 'latin1');
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('withDocumentInfo', () => {
  it('appends a new Info object, xref section and trailer, leaving the original bytes untouched', () => {
    const original = tinyPdf();
    const updated = withDocumentInfo(original, { Author: 'Ada Lovelace' });
    expect(Buffer.from(updated.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    const tail = text(updated.subarray(original.length));
    expect(tail).toMatch(/1 0 obj\n<<\/Title \(Talk\)\n\/Producer \(Skia\/PDF m156\)\n\/Author \(Ada Lovelace\)\n>>\nendobj/);
    expect(tail).toMatch(/\/Root 2 0 R\n\/Size 5\n\/Info 1 0 R\n\/Prev \d+>>/);
  });

  it('points the new cross-reference entries and startxref at the right bytes', () => {
    const updated = text(withDocumentInfo(tinyPdf(), { Author: 'A' }));
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(updated)?.[1]);
    expect(updated.slice(startxref, startxref + 4)).toBe('xref');
    const entry = /xref\n0 1\n0{10} 65535 f \n1 1\n(\d{10}) 00000 n \n/.exec(updated.slice(startxref));
    expect(entry).not.toBeNull();
    expect(updated.slice(Number(entry?.[1]), Number(entry?.[1]) + 7)).toBe('1 0 obj');
  });

  it("replaces Chromium's Creator whole, though it holds escaped and nested parentheses", () => {
    const chromium = '<</Title (Talk)\n/Creator (Mozilla/5.0 \\(X11; Linux\\) AppleWebKit (KHTML, like Gecko) Chrome/156)\n/Producer (Skia/PDF m156)>>';
    const updated = text(withDocumentInfo(tinyPdf(chromium), { Creator: 'deck export' }));
    const last = updated.slice(updated.lastIndexOf('1 0 obj'));
    expect(last).toMatch(/<<\/Title \(Talk\)\s+\/Producer \(Skia\/PDF m156\)\s+\/Creator \(deck export\)\s+>>/);
    expect(last).not.toMatch(/Mozilla|Gecko|Chrome\/156/);
  });

  it('replaces an entry on a second update instead of repeating it', () => {
    const twice = text(withDocumentInfo(withDocumentInfo(tinyPdf(), { Author: 'First' }), { Author: 'Second' }));
    const last = twice.slice(twice.lastIndexOf('1 0 obj'));
    expect(last).toContain('/Author (Second)');
    expect(last).not.toContain('First');
    expect(last).toContain('/Title (Talk)');
  });
});

describe('pdfString', () => {
  it('escapes literal strings and writes other text as UTF-16BE hex', () => {
    expect(pdfString('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(pdfString('Zoë')).toBe('<FEFF005A006F00EB>');
    expect(pdfString('😀')).toBe('<FEFFD83DDE00>');
  });
});
