import { createServer } from 'vite';
import { deckViteConfig } from './vite-config.ts';

/** `deck dev`: Vite's dev server with hot reload for one deck file. */
export async function startDevServer(deckFile: string, flags: { host?: string | boolean; port?: number; open?: boolean }): Promise<void> {
  const config = deckViteConfig({ deckFile, output: { kind: 'site' } });
  const server = await createServer({ ...config, server: { ...config.server, host: flags.host ?? 'localhost', port: flags.port, open: flags.open } });
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
}
