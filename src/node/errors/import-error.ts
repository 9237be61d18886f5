import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** An import the bundler could not resolve: what was imported, from which file, and where in it if known. */
export interface UnresolvedImport {
  specifier: string;
  importer: string;
  loc?: { line: number; column: number };
}

/** Reads Rolldown's `UNRESOLVED_IMPORT` and Vite's "failed to resolve import" errors; anything else is undefined. */
export function unresolvedImport(error: unknown): UnresolvedImport | undefined {
  const found = error as { code?: unknown; exporter?: unknown; id?: unknown; loc?: { line: number; column: number }; message?: unknown };
  if (found?.code === 'UNRESOLVED_IMPORT' && typeof found.exporter === 'string' && typeof found.id === 'string') {
    return { specifier: found.exporter, importer: found.id, loc: found.loc && { line: found.loc.line, column: found.loc.column + 1 } };
  }
  const text = typeof found?.message === 'string' ? found.message : '';
  const match = /failed to resolve import "([^"]+)" from "([^"]+)"/.exec(text);
  return match ? { specifier: match[1] as string, importer: match[2] as string } : undefined;
}

/** Where `specifier` is imported in `source` (1-based line and column of its quote), if it is. */
function importPlace(source: string, specifier: string): { line: number; column: number } | undefined {
  const quoted = new RegExp(`(?:from\\s*|import\\s*\\(?\\s*)(['"])${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`);
  const lines = source.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = quoted.exec(line);
    if (match) return { line: index + 1, column: match.index + match[0].length - specifier.length - 1 };
  }
  return undefined;
}

/** The package a bare specifier names: `@scope/name` or `name`. */
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * One line for an import that cannot be resolved, at the importing file's own line (the deck's, not the line in the
 * part of it that was being compiled), saying what to do: a missing file, or a package to install.
 */
export function importErrorMessage({ specifier, importer, loc }: UnresolvedImport): string {
  const file = importer.split('?')[0] as string;
  let place = importer.includes('?') ? undefined : loc;
  try {
    place = importPlace(readFileSync(file, 'utf8'), specifier) ?? place;
  } catch {
    // The importer is gone or virtual: name it without a place.
  }
  const at = place ? `${file}:${place.line}:${place.column}` : file;
  const local = specifier.startsWith('.') || specifier.startsWith('/');
  const reason = local
    ? `cannot find ${specifier} (looked in ${dirname(file)})`
    : `package ${packageName(specifier)} is not installed: run \`npm install ${packageName(specifier)}\` in ${dirname(file)}`;
  return `${at}: ${reason}`;
}
