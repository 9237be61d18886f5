import type { CAC } from 'cac';
import { networkWarning, portFrom, reachableFromNetwork } from '../cli-flags.ts';
import { deckFileFrom } from '../deck-file.ts';

/** `deck dev [file]`: Vite's dev server with hot reload; bound to localhost unless `--host` says otherwise. */
export function registerDev(cli: CAC): void {
  cli
    .command('dev [file]', 'Dev server with hot reload for an MDX deck (default slides/deck.mdx)')
    .option('--host [host]', 'Listen on this host (no value: all interfaces; the deck is then reachable from the network)')
    .option('--port <port>', 'Port (default 5173, next free one if taken)')
    .option('--open', 'Open the browser')
    .action(async (file: string | undefined, flags: { host?: string | boolean; port?: unknown; open?: boolean }) => {
      const port = portFrom('deck dev', flags.port);
      const deckFile = deckFileFrom(file);
      const { startDevServer } = await import('../vite/dev-server.ts');
      if (reachableFromNetwork(flags.host)) process.stderr.write(`${networkWarning('deck dev', flags.host ?? true)}\n`);
      await startDevServer(deckFile, { host: flags.host, port, open: flags.open });
    });
}
