import { parseRelayMessage, type FromRelay, type ToRelay } from './relay-messages.ts';

/** Where a relay connection stands, for the views to show. */
export type RelayStatus = 'connecting' | 'open' | 'offline';

/** One live connection to the relay, reconnecting on its own. */
export interface RelayConnection {
  send(message: ToRelay): void;
  close(): void;
}

interface RelayHandlers {
  message(message: FromRelay): void;
  status(status: RelayStatus): void;
  /** Each time the socket opens (first time and after every reconnect). */
  open?(): void;
}

/** The wait before reconnect attempt `attempt` (0-based): 0.5 s, doubled each time, at most 10 s. */
export const reconnectDelay = (attempt: number): number => Math.min(10_000, 500 * 2 ** attempt);

/**
 * Connects to the relay at `url` and keeps connected: after a drop (a phone locked, Wi-Fi gone, the server restarted)
 * it tries again with backoff, and at once when the page is shown again or the browser is back online. Messages that
 * are not one of the relay's shapes are dropped.
 */
export function connectRelay(url: string, handlers: RelayHandlers): RelayConnection {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const open = () => {
    clearTimeout(timer);
    if (closed || (socket && socket.readyState <= WebSocket.OPEN)) return;
    handlers.status('connecting');
    const current = new WebSocket(url);
    socket = current;
    current.onopen = () => {
      attempt = 0;
      handlers.status('open');
      handlers.open?.();
    };
    current.onmessage = (event: MessageEvent<unknown>) => {
      const message = typeof event.data === 'string' ? parseRelayMessage(event.data) : null;
      if (message) handlers.message(message);
    };
    current.onclose = () => {
      if (socket !== current || closed) return;
      socket = null;
      handlers.status('offline');
      timer = setTimeout(open, reconnectDelay(attempt++));
    };
  };
  const now = () => {
    if (document.visibilityState === 'visible' && !socket) {
      attempt = 0;
      open();
    }
  };
  document.addEventListener('visibilitychange', now);
  window.addEventListener('online', now);
  open();

  return {
    send(message) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
    close() {
      closed = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', now);
      window.removeEventListener('online', now);
      socket?.close();
    },
  };
}
