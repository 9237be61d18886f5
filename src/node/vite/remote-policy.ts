import type { Logger, Plugin } from 'vite';
import { contentDirectives } from '../html/csp.ts';
import { remoteMessage, remoteSeen } from '../html/remote-resources.ts';

/**
 * What `deck dev` lets a page load from other origins: nothing, as a built deck's policy has it (csp.ts), for the
 * kinds a deck names. Frames and media are named here since the build's `default-src 'self'` covers them there; a
 * `default-src` would cover Vite's client scripts and connections too, which are left to it.
 */
export const DEV_REMOTE_POLICY = [...contentDirectives(), "frame-src 'self'", "media-src 'self'"].join('; ');

/**
 * `deck dev`'s policy for other origins on every page it answers, unless `allowed()` (`--allow-remote`, or the
 * deck's `meta.allowRemote`), and one line for each remote resource the deck names as its files compile, as
 * `deck build` prints them.
 */
export function remotePolicyPlugins(allowed: () => Promise<boolean>): Plugin[] {
  const told = new Set<string>();
  let logger: Logger | undefined;
  const policy: Plugin = {
    name: 'deck:remote-policy',
    apply: 'serve',
    // First, so the header is there whichever middleware answers the page (the prerendered one included).
    enforce: 'pre',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.headers.accept?.includes('text/html')) return next();
        allowed().then(
          (yes) => {
            if (!yes) response.setHeader('Content-Security-Policy', DEV_REMOTE_POLICY);
            next();
          },
          // A deck that does not read is the page's own error to show; it gets the strict policy meanwhile.
          () => {
            response.setHeader('Content-Security-Policy', DEV_REMOTE_POLICY);
            next();
          },
        );
      });
    },
  };
  const lines: Plugin = {
    name: 'deck:remote-lines',
    apply: 'serve',
    // After the deck's own plugins have noted what each file names.
    enforce: 'post',
    configureServer(server) {
      logger = server.config.logger;
    },
    async transform() {
      const fresh = [...remoteSeen.values()].flat().filter((resource) => !told.has(`${resource.file}:${resource.line} ${resource.url}`));
      if (!fresh.length) return undefined;
      const yes = await allowed().catch(() => false);
      for (const resource of fresh) {
        const key = `${resource.file}:${resource.line} ${resource.url}`;
        if (!told.has(key)) logger?.warn(remoteMessage(resource, yes, 'dev'), { timestamp: true });
        told.add(key);
      }
      return undefined;
    },
  };
  return [policy, lines];
}
