import type { Page } from 'playwright-core';
import { writeFileAtomically } from '../cache/atomic-output.mjs';
import { PDF_CREATOR } from '../output/output-target.ts';
import { withDocumentInfo } from './pdf-info.ts';

/** Prints the settled print view with one `page.pdf` call (outline and tags from the slides' headings) and writes it whole. */
export async function writePdf(page: Page, file: string): Promise<void> {
  const pdf = await page.pdf({
    width: '1280px',
    height: '720px',
    printBackground: true,
    outline: true,
    tagged: true,
    preferCSSPageSize: true,
  });
  // Chromium takes the title from the document but has no author field: add the deck's as an incremental update,
  // with our name as Creator so the next export knows the file is its own to replace.
  const author = await page.evaluate(() => document.querySelector('meta[name="author"]')?.getAttribute('content') ?? '');
  writeFileAtomically(file, withDocumentInfo(pdf, { Creator: PDF_CREATOR, ...(author ? { Author: author } : {}) }));
}
