import { useEffect, useRef, useState } from 'react';
import { connectRelay, type RelayConnection, type RelayStatus } from './relay-client.ts';
import type { FromRelay, RelayPeers, ToRelay } from './relay-messages.ts';

interface Relay {
  status: RelayStatus;
  /** Who else is connected, as the relay last said. */
  peers: RelayPeers | null;
  /** Sends when connected; dropped otherwise (the state is sent again on reconnect). */
  send: (message: ToRelay) => void;
}

/** A connection to the relay at `url` (none while `null`) for a view: its status, its peers, a way to send. */
export function useRelay(url: string | null, onMessage: (message: FromRelay) => void, onOpen?: () => void): Relay {
  const [status, setStatus] = useState<RelayStatus>('connecting');
  const [peers, setPeers] = useState<RelayPeers | null>(null);
  const connection = useRef<RelayConnection | null>(null);
  const handlers = useRef({ onMessage, onOpen });
  handlers.current = { onMessage, onOpen };
  const send = useRef((message: ToRelay) => connection.current?.send(message)).current;

  useEffect(() => {
    if (!url) return;
    const relay = connectRelay(url, {
      status: setStatus,
      open: () => handlers.current.onOpen?.(),
      message: (message) => {
        if (message.type === 'peers') setPeers(message);
        else handlers.current.onMessage(message);
      },
    });
    connection.current = relay;
    return () => {
      connection.current = null;
      relay.close();
    };
  }, [url]);

  return { status, peers, send };
}
