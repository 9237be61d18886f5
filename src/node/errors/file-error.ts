/** What a file system error code means, in words a user can act on. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'no such file or folder',
  ENAMETOOLONG: 'the name is too long',
  EEXIST: 'something is already there',
  EBUSY: 'it is in use',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
};

/**
 * One line for a failed file operation, naming the path the user gave (not our temporary `.partial` beside it) and
 * the reason, e.g. `deck build: cannot write --out /srv/site: the file system is read-only`.
 */
export function fileErrorMessage(what: string, path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' && REASONS[code] ? REASONS[code] : firstLine(error);
  return `${what} ${path}: ${reason}`;
}

/** An error's first line, without the bundler's `[CODE]` prefix. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n').find((line) => line.trim()) ?? message).replace(/^\[[\w:-]+\]\s*/, '').trim();
}
