import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CAC } from 'cac';
import { networkWarning, portFrom, reachableFromNetwork } from '../cli-flags.ts';
import { UsageError } from '../deck-file.ts';
import { serveStatic } from '../server/static-server.ts';

/** Starts `deck serve` and says where; a missing folder, a port in use or a bad host is one line. */
async function serve(dir: string, flags: { port?: unknown; host?: string | boolean }): Promise<void> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`deck serve: no such folder: ${resolve(dir)} (build one with deck build --out ${dir})`);
  const host = flags.host === undefined ? '127.0.0.1' : flags.host === true ? '0.0.0.0' : String(flags.host);
  const port = portFrom('deck serve', flags.port) ?? 4173;
  const { url } = await serveStatic(dir, port, host).catch((error: { code?: string }) => {
    if (error.code === 'EADDRINUSE') throw new UsageError(`deck serve: port ${port} is in use: pass another, e.g. --port ${port + 1}`);
    throw new UsageError(`deck serve: cannot listen on ${host}:${port}: ${error.code ?? String(error)}`);
  });
  if (reachableFromNetwork(flags.host)) process.stderr.write(`${networkWarning('deck serve', flags.host ?? true)}\n`);
  process.stdout.write(`Serving ${resolve(dir)} at ${url}\n`);
}

/** `deck serve [dir]`: the built folder on 127.0.0.1 (or `--host`), through the one static server. */
export function registerServe(cli: CAC): void {
  cli
    .command('serve [dir]', 'Serve a built deck folder (default: dist) on localhost, no compression')
    .option('--port <port>', 'Port (default 4173)')
    .option('--host [host]', 'Listen on this host (no value: all interfaces; the deck is then reachable from the network)')
    .action((dir: string | undefined, flags: { port?: unknown; host?: string | boolean }) => serve(dir ?? 'dist', flags));
}
