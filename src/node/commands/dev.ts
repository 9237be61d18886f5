import type { CAC } from 'cac';
import { networkWarning, portFrom, reachableFromNetwork } from '../cli-flags.ts';
import { deckFileFrom } from '../deck-file.ts';
import { remoteSetup } from '../server/remote-option.ts';

type DevFlags = { host?: string | boolean; port?: unknown; open?: boolean; remote?: string | boolean; allowRemote?: boolean };

/** `deck dev [file]`: Vite's dev server with hot reload; bound to localhost unless `--host` (or `--remote`) says otherwise. */
export function registerDev(cli: CAC): void {
  cli
    .command('dev [file]', 'Dev server with hot reload for an MDX deck (default slides/deck.mdx)')
    .option('--host [host]', 'Listen on this host (no value: all interfaces; the deck is then reachable from the network)')
    .option('--port <port>', 'Port (default 5173, next free one if taken)')
    .option('--open', 'Open the browser')
    .option('--remote [token]', 'Phone remote: the relay of deck serve --remote on the dev server, the same Remote: and Follow: links')
    .option('--allow-remote', 'Let the page load the images, frames, media and fonts the deck names from other origins (blocked by default, as in a build)')
    .action(async (file: string | undefined, flags: DevFlags) => {
      const port = portFrom('deck dev', flags.port);
      const deckFile = deckFileFrom(file);
      const remote = await remoteSetup('deck dev', flags.remote, flags.host);
      const { startDevServer } = await import('../vite/dev-server.ts');
      const host = remote?.host ?? flags.host;
      if (reachableFromNetwork(host)) process.stderr.write(`${networkWarning('deck dev', host ?? true)}\n`);
      await startDevServer(deckFile, { host: flags.host, port, open: flags.open, remote, allowRemote: flags.allowRemote === true });
    });
}
