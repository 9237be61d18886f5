import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CAC } from 'cac';
import { networkWarning, portFrom, reachableFromNetwork } from '../cli-flags.ts';
import { UsageError } from '../deck-file.ts';
import { remoteSetup } from '../server/remote-option.ts';

type ServeFlags = { port?: unknown; host?: string | boolean; remote?: string | boolean };

/** Starts `deck serve` and says where; a missing folder, a port in use or a bad host is one line. */
async function serve(dir: string, flags: ServeFlags): Promise<void> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`deck serve: no such folder: ${resolve(dir)} (build one with deck build --out ${dir})`);
  const port = portFrom('deck serve', flags.port) ?? 4173;
  const remote = await remoteSetup('deck serve', flags.remote, flags.host);
  const asked = remote?.host ?? flags.host;
  const host = asked === undefined ? '127.0.0.1' : asked === true ? '0.0.0.0' : String(asked);
  const { serveStatic } = await import('../server/static-server.ts');
  const { url, server } = await serveStatic(dir, port, host, '/', remote?.relay).catch((error: { code?: string }) => {
    if (error.code === 'EADDRINUSE') throw new UsageError(`deck serve: port ${port} is in use: pass another, e.g. --port ${port + 1}`);
    throw new UsageError(`deck serve: cannot listen on ${host}:${port}: ${error.code ?? String(error)}`);
  });
  if (reachableFromNetwork(asked)) process.stderr.write(`${networkWarning('deck serve', asked ?? true)}\n`);
  process.stdout.write(`Serving ${resolve(dir)} at ${url}\n`);
  if (remote) {
    const address = server.address();
    process.stdout.write(remote.listening(typeof address === 'object' && address ? address.port : port, '/'));
  }
}

/** `deck serve [dir]`: the built folder on 127.0.0.1 (or `--host`), through the one static server. */
export function registerServe(cli: CAC): void {
  cli
    .command('serve [dir]', 'Serve a built deck folder (default: dist) on localhost, no compression')
    .option('--port <port>', 'Port (default 4173)')
    .option('--host [host]', 'Listen on this host (no value: all interfaces; the deck is then reachable from the network)')
    .option(
      '--remote [token]',
      'Phone remote: a relay on the same port, printing a Remote: link (control) and a Follow: link (read-only); listens on the first LAN address unless --host; pass a hex token to keep it across restarts',
    )
    .action((dir: string | undefined, flags: ServeFlags) => serve(dir ?? 'dist', flags));
}
