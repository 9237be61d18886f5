import { ExportError } from '../export/export-error.ts';
import { OutputRefused } from '../output/output-target.ts';
import { UsageError } from '../deck-file.ts';
import { fileErrorMessage, firstLine } from './file-error.ts';

/** Messages of ours, already meant for people (an MDX error keeps its code frame below its first line). */
const OURS = [UsageError, ExportError, OutputRefused];

/** Playwright's words for a browser that went away under it (killed, crashed, out of memory). */
const BROWSER_GONE = /Target page, context or browser has been closed|Browser has been closed|browser has disconnected|Protocol error|Target closed|crashed/i;

/** The one line for a browser that went away mid-command. */
export function chromiumStopped(command: string): string {
  return `${command}: Chromium stopped before the command finished (killed, crashed or out of memory): nothing was written; run it again`;
}

/**
 * What the CLI prints for a failed command: ours as they are, anything else as one line that says what happened and
 * what to do, never a stack trace or a bundler's backtrace.
 */
export function userMessage(command: string, error: unknown): string {
  if (OURS.some((kind) => error instanceof kind) || (error as { loc?: unknown } | null)?.loc) return (error as Error).message;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'CACError') {
    // cac names an unknown option in camelCase (`--allowRemot`): give it back in kebab-case, as flags are written (`--allow-remot`).
    const line = firstLine(error).replace(/`--([\w-]+)`/g, (_, option: string) => `--${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    return `${command}: ${line.replace(/`/g, '')} (see ${command} --help)`;
  }
  const message = firstLine(error);
  if (BROWSER_GONE.test(message)) return chromiumStopped(command);
  const path = (error as { path?: unknown } | null)?.path;
  if (typeof path === 'string' && typeof (error as { code?: unknown }).code === 'string')
    return fileErrorMessage(`${command}: cannot use`, path.replace(/\/\.([^/]+)\.(?:\d+\.partial$|partial-[A-Za-z0-9]{6}(?=\/|$))/, '/$1'), error);
  return `${command}: ${message}`;
}
