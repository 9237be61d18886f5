import { createLogger, type Logger, type LogLevel } from 'vite';

/** What the dev server appends to a plugin's warning: `\n  Plugin: deck` (coloured), for our own plugins only. */
// eslint-disable-next-line no-control-regex -- the plugin's name may be wrapped in colour codes
const OWN_PLUGIN_LINE = /\n {2}Plugin: (?:\x1b\[\d+m)?deck(?::[\w-]+)?(?:\x1b\[\d+m)?$/;

/**
 * Vite's logger, our plugins' warnings printed as our own one line (`file:line:column message`): without the dev
 * server's `Plugin: deck` line under it (a build's `[plugin deck]` prefix goes in the Vite config's `onLog`).
 */
export function deckLogger(level?: LogLevel): Logger {
  const logger = createLogger(level);
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => warn(message.replace(OWN_PLUGIN_LINE, ''), options);
  return logger;
}
