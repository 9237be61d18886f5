import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: index.html, vite.config.ts and src/ live here whatever deck is built. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A CLI failure with a message meant for people: printed alone, no stack. */
export class UsageError extends Error {}

/** Resolves the deck file argument (default `slides/deck.mdx`) and checks it exists. */
export function deckFileFrom(argument: string | undefined): string {
  const file = resolve(argument ?? (existsSync('slides/deck.mdx') ? 'slides/deck.mdx' : resolve(PACKAGE_ROOT, 'slides/deck.mdx')));
  if (!existsSync(file)) throw new UsageError(`deck: no such deck file: ${file}`);
  if (!/\.mdx?$/.test(file)) throw new UsageError(`deck: expected an .mdx file, got ${file}`);
  if (!statSync(file).isFile()) throw new UsageError(`deck: ${file} is a folder, not a deck file: name the .mdx file inside it`);
  return file;
}
