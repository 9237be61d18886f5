import type { CAC } from 'cac';
import { UsageError } from './deck-file.ts';

/**
 * The options of the registered commands that take a value (`--out <dir>`, `--host [host]`), read from the commands
 * themselves: `--scale -1` must reach the range check as a value, not as an unknown flag `-1`.
 */
export function valuedFlags(cli: CAC): Set<string> {
  const options = cli.commands.flatMap((command) => command.options).filter((option) => !option.isBoolean);
  return new Set(options.map((option) => option.rawName.split(/[\s,]/)[0] as string));
}

/**
 * argv with `--flag -1` spelled `--flag=-1`, so the flag parser hands the number to our checks; an empty value
 * (`--range ''`, `--out=`), which the parser would read as 0 or true, is one clear error.
 */
export function normalizedArgv(argv: string[], valued: ReadonlySet<string>, command = 'deck'): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const next = argv[index + 1];
    const flag = arg.replace(/=$/, '');
    if (valued.has(flag) && (arg.endsWith('=') || next?.trim() === '')) throw new UsageError(`${command}: ${flag} needs a value (see ${command} --help)`);
    if (valued.has(arg) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index += 1;
    } else joined.push(arg);
  }
  return joined;
}

/** A port from `--port`: a whole number from 1 to 65535, else one line saying so. */
export function portFrom(command: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (typeof value === 'boolean' || String(value).trim() === '' || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`${command}: --port must be a whole number from 1 to 65535, got ${value === true ? 'nothing' : JSON.stringify(String(value))}`);
  }
  return port;
}

/** Whether a host given with `--host` can be reached from other machines (anything but loopback). */
export function reachableFromNetwork(host: string | boolean | undefined): boolean {
  if (host === undefined || host === false) return false;
  if (host === true) return true;
  return !/^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);
}

/** The one-line warning printed when a server listens beyond this machine. */
export function networkWarning(command: string, host: string | boolean): string {
  const where = host === true ? 'every network interface' : host;
  return `${command}: warning: listening on ${where}: anyone who can reach this machine on the network can open the deck`;
}
