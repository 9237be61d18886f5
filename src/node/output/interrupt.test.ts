import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stagedFolder } from '../cache/atomic-output.mjs';
import { exitCleanlyOnInterrupt, removeOnInterrupt } from './interrupt.mjs';

/**
 * The pending set is private, so it is observed through the handler `exitCleanlyOnInterrupt` installs: the handler is
 * taken from process's listeners and called directly (emitting a real SIGINT would also reach the test runner's own
 * handlers), with process.exit and stderr stubbed. A real signal to a child process would need the .ts module compiled.
 */
let root: string;
const forgets: (() => void)[] = [];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deck-interrupt-'));
});

afterEach(() => {
  for (const forget of forgets.splice(0)) forget();
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

const track = (path: string) => {
  const forget = removeOnInterrupt(path);
  forgets.push(forget);
  return forget;
};

/** Installs the handlers, removes them from process again, and returns the one for `signal`. */
function interruptHandler(command: string, signal: 'SIGINT' | 'SIGTERM'): (signal: NodeJS.Signals) => void {
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  exitCleanlyOnInterrupt(command);
  const added = (name: 'SIGINT' | 'SIGTERM') => process.listeners(name).filter((listener) => !before[name].includes(listener));
  const handlers = { SIGINT: added('SIGINT'), SIGTERM: added('SIGTERM') };
  for (const name of ['SIGINT', 'SIGTERM'] as const) for (const listener of handlers[name]) process.removeListener(name, listener);
  expect(handlers.SIGINT).toHaveLength(1);
  expect(handlers.SIGTERM).toHaveLength(1);
  return handlers[signal][0] as (signal: NodeJS.Signals) => void;
}

function stubExit() {
  const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return { exit, stderr };
}

describe('removeOnInterrupt', () => {
  it('a registered file and folder are removed on interrupt, which exits 130 with one line', () => {
    const file = join(root, '.out.pdf.1.partial');
    const folder = join(root, '.dist.partial-abc');
    writeFileSync(file, 'half');
    mkdirSync(folder);
    writeFileSync(join(folder, 'index.html'), 'half');
    track(file);
    track(folder);
    const handler = interruptHandler('deck export', 'SIGINT');
    const { exit, stderr } = stubExit();
    handler('SIGINT');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(folder)).toBe(false);
    expect(exit).toHaveBeenCalledWith(130);
    expect(stderr).toHaveBeenCalledWith('\ndeck export: interrupted, nothing was changed\n');
  });

  it('SIGTERM exits 143', () => {
    const handler = interruptHandler('deck build', 'SIGTERM');
    const { exit } = stubExit();
    handler('SIGTERM');
    expect(exit).toHaveBeenCalledWith(143);
  });

  it('the function it returns forgets the path: a forgotten path survives the interrupt', () => {
    const kept = join(root, 'out.pdf');
    const dropped = join(root, '.out.pdf.2.partial');
    writeFileSync(kept, 'finished');
    writeFileSync(dropped, 'half');
    const forget = track(kept);
    track(dropped);
    forget();
    const handler = interruptHandler('deck export', 'SIGINT');
    stubExit();
    handler('SIGINT');
    expect(readFileSync(kept, 'utf8')).toBe('finished');
    expect(existsSync(dropped)).toBe(false);
  });

  it('an interrupted staged build removes its staging folder and leaves the target as it was', async () => {
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'last good');
    const staged = await stagedFolder(dist);
    writeFileSync(join(staged.path, 'index.html'), 'half');
    const handler = interruptHandler('deck build', 'SIGINT');
    stubExit();
    handler('SIGINT');
    expect(existsSync(staged.path)).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good');
  });

  it('a committed staged folder is forgotten: an interrupt afterwards does not remove the new target', async () => {
    const dist = join(root, 'dist');
    const staged = await stagedFolder(dist);
    writeFileSync(join(staged.path, 'index.html'), 'new');
    await staged.commit();
    // Something else now takes the staging folder's old name; an interrupt must not remove it.
    mkdirSync(staged.path);
    const handler = interruptHandler('deck build', 'SIGINT');
    stubExit();
    handler('SIGINT');
    expect(existsSync(staged.path)).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
  });
});
