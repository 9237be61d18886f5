// The export's anchor: a Node process that starts Chromium the way `deck export` does and prints a static HTML file
// with one page per slide and the slides' text, with the same `page.pdf` options. Usage: node static-print.mjs in.html out.pdf
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium, launchForExport } from '../../src/node/browser/find-chromium.mjs';

const [html, pdf] = process.argv.slice(2);
const browser = await launchForExport(findChromium());
const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
await page.emulateMedia({ media: 'print' });
await page.goto(pathToFileURL(html).href);
writeFileSync(pdf, await page.pdf({ width: '1280px', height: '720px', printBackground: true, outline: true, tagged: true, preferCSSPageSize: true }));
await browser.close();
