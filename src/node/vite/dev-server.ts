import type { AddressInfo } from 'node:net';
import { createServer, type Plugin } from 'vite';
import { deckViteConfig } from './vite-config.ts';
import type { RemoteSetup } from '../server/remote-option.ts';
import { answerNoRelay } from '../server/relay-paths.ts';

/** The phone-remote relay on Vite's own server: its endpoint before Vite's middlewares, its upgrades beside Vite's HMR socket. */
function relayPlugin(remote: RemoteSetup | undefined): Plugin {
  return {
    name: 'deck-remote-relay',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!(remote ? remote.relay.handleRequest(request, response) : answerNoRelay(request, response))) next();
      });
      if (!remote) return;
      server.httpServer?.on('upgrade', (request, socket, head) => remote.relay.handleUpgrade(request, socket, head));
      server.httpServer?.on('close', () => remote.relay.close());
    },
  };
}

/** `deck dev`: Vite's dev server with hot reload for one deck file, with the phone-remote relay under `--remote`. */
export async function startDevServer(
  deckFile: string,
  flags: { host?: string | boolean; port?: number; open?: boolean; remote?: RemoteSetup; allowRemote?: boolean },
): Promise<void> {
  const config = deckViteConfig({ deckFile, output: { kind: 'site' }, plugins: [relayPlugin(flags.remote)], dev: true, allowRemote: flags.allowRemote });
  const host = flags.remote?.host ?? flags.host ?? 'localhost';
  const server = await createServer({ ...config, server: { ...config.server, host, port: flags.port, open: flags.open } });
  await server.listen();
  server.printUrls();
  if (flags.remote) process.stdout.write(flags.remote.listening((server.httpServer?.address() as AddressInfo).port, '/'));
  server.bindCLIShortcuts({ print: true });
}
