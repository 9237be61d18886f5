import { cac } from 'cac';
import { describe, expect, it } from 'vitest';
import { networkWarning, normalizedArgv as normalizedWith, portFrom, reachableFromNetwork, valuedFlags } from './cli-flags.ts';
import { registerBuild } from './commands/build.ts';
import { registerDev } from './commands/dev.ts';
import { registerExport } from './commands/export.ts';
import { registerServe } from './commands/serve.ts';
import { UsageError } from './deck-file.ts';

/** The real commands' flags, as cli.ts registers them. */
function deckCli() {
  const cli = cac('deck');
  registerDev(cli);
  registerBuild(cli);
  registerServe(cli);
  registerExport(cli, {});
  return cli;
}
const VALUED = valuedFlags(deckCli());
const normalizedArgv = (argv: string[], command?: string) => normalizedWith(argv, VALUED, command);

/** The error `run` throws, checked to be a one-line UsageError. */
function usageError(run: () => unknown): string {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UsageError);
  const message = (thrown as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('valuedFlags', () => {
  it("are the commands' options that take a value, and none of the switches", () => {
    expect([...VALUED].sort()).toEqual(['--base', '--handout', '--host', '--out', '--png', '--port', '--range', '--remote', '--scale', '--timeout']);
  });
});

describe('normalizedArgv', () => {
  it('joins a valued flag with a negative number so the range check sees the number, not an unknown flag', () => {
    expect(normalizedArgv(['node', 'deck', 'export', '--scale', '-1'])).toEqual(['node', 'deck', 'export', '--scale=-1']);
    expect(normalizedArgv(['--port', '-80', '--range', '-3'])).toEqual(['--port=-80', '--range=-3']);
    expect(normalizedArgv(['--timeout', '-0.5'])).toEqual(['--timeout=-0.5']);
  });

  it("an empty value given apart (--range '') is one error naming the flag and the command", () => {
    const message = usageError(() => normalizedArgv(['node', 'deck', 'export', '--range', ''], 'deck export'));
    expect(message).toBe('deck export: --range needs a value (see deck export --help)');
    expect(usageError(() => normalizedArgv(['--out', '  '], 'deck build'))).toBe('deck build: --out needs a value (see deck build --help)');
  });

  it('an empty value given joined (--out=) is one error naming the flag and the command', () => {
    expect(usageError(() => normalizedArgv(['node', 'deck', 'build', '--out='], 'deck build'))).toBe('deck build: --out needs a value (see deck build --help)');
  });

  it('names "deck" when no command is given', () => {
    expect(usageError(() => normalizedArgv(['--port=']))).toBe('deck: --port needs a value (see deck --help)');
  });

  it('leaves other arguments untouched', () => {
    const argv = ['node', 'deck', 'export', 'slides/deck.mdx', '--out', 'talk.pdf', '--scale=2', '--port', '8080', '--force', '--host'];
    expect(normalizedArgv(argv)).toEqual(argv);
    expect(normalizedArgv(['--scale=-1'])).toEqual(['--scale=-1']);
  });

  it('leaves a flag that takes no value followed by -1 untouched', () => {
    expect(normalizedArgv(['--force', '-1'])).toEqual(['--force', '-1']);
    expect(normalizedArgv(['--open', '-1', '--png', 'out'])).toEqual(['--open', '-1', '--png', 'out']);
  });

  it('an empty argument after a flag that takes no value is not an error', () => {
    expect(normalizedArgv(['--force', ''])).toEqual(['--force', '']);
  });
});

describe('portFrom', () => {
  it('no --port is undefined', () => {
    expect(portFrom('deck serve', undefined)).toBeUndefined();
  });

  it('a whole number from 1 to 65535 is the port (as a string or as the number the flag parser made)', () => {
    expect(portFrom('deck serve', '80')).toBe(80);
    expect(portFrom('deck serve', 8080)).toBe(8080);
    expect(portFrom('deck serve', '1')).toBe(1);
    expect(portFrom('deck serve', '65535')).toBe(65535);
  });

  it.each(['abc', '70000', '65536', '0', '-1', '1.5', ''])('%j is one line naming the value', (value) => {
    expect(usageError(() => portFrom('deck serve', value))).toBe(`deck serve: --port must be a whole number from 1 to 65535, got ${JSON.stringify(value)}`);
  });

  it('--port with no value (true) says it got nothing', () => {
    expect(usageError(() => portFrom('deck dev', true))).toBe('deck dev: --port must be a whole number from 1 to 65535, got nothing');
  });
});

describe('reachableFromNetwork', () => {
  it.each([undefined, false, 'localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '::1', '[::1]'])('%j is loopback only', (host) => {
    expect(reachableFromNetwork(host)).toBe(false);
  });

  it.each([true, '0.0.0.0', '::', '192.168.1.5', 'example.org', '127.0.0.1.example.org', 'localhost.example.org'])(
    '%j is reachable from the network',
    (host) => {
      expect(reachableFromNetwork(host)).toBe(true);
    },
  );
});

describe('networkWarning', () => {
  it('--host alone warns of every network interface, in one line', () => {
    const warning = networkWarning('deck dev', true);
    expect(warning).toBe('deck dev: warning: listening on every network interface: anyone who can reach this machine on the network can open the deck');
  });

  it('names the host it listens on', () => {
    const warning = networkWarning('deck serve', '192.168.1.5');
    expect(warning).toMatch(/^deck serve: warning: listening on 192\.168\.1\.5: /);
    expect(warning).not.toContain('\n');
  });
});
