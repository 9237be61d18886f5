import { useCallback, useMemo, useState } from 'react';
import { relayUrl, type FromRelay, type RelayRole, type RemoteCommand } from '../../sync/relay-messages.ts';
import { useRelay } from '../../sync/use-relay.ts';
import type { Shared } from '../../sync/messages.ts';

/** The presenter's timer as a phone shows it: its value when received, and since when (this page's clock). */
export interface ReceivedTimer {
  running: boolean;
  elapsedMs: number;
  receivedAt: number;
}

/**
 * A phone on the relay (`remote` with the control token, `follow` with the follow token): adopts the presenter's
 * position as it arrives, and sends a remote's Next / Previous. The relay drops anything a follower sends.
 */
export function usePhoneRelay(token: string | null, role: Exclude<RelayRole, 'presenter'>, adopt: (shared: Shared) => void) {
  const [timer, setTimer] = useState<ReceivedTimer | null>(null);
  const url = useMemo(() => (token ? relayUrl(location.href, token, role) : null), [token, role]);
  const onMessage = useCallback(
    (message: FromRelay) => {
      if (message.type !== 'state') return;
      adopt({ position: message.position, blank: message.blank, steps: message.steps });
      setTimer({ ...message.timer, receivedAt: Date.now() });
    },
    [adopt],
  );
  const { status, peers, send } = useRelay(url, onMessage);
  const command = useCallback((name: RemoteCommand) => send({ type: 'command', command: name }), [send]);
  return { status, peers, timer, command };
}
