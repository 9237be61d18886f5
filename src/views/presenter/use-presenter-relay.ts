import { useEffect, useRef, useState } from 'react';
import type { NavAction, Position } from '../../navigation/navigation.ts';
import { parseRemoteInfo, relayUrl, REMOTE_INFO_PATH, type RelayState, type RemoteInfo } from '../../sync/relay-messages.ts';
import { useRelay } from '../../sync/use-relay.ts';
import type { RelayStatus } from '../../sync/relay-client.ts';
import type { RelayPeers } from '../../sync/relay-messages.ts';
import { elapsed, type Stopwatch } from './stopwatch.ts';
import { afterMove } from '../../schedule/after-move.ts';

interface PresenterRelayOptions {
  position: Position;
  /** The current slide's steps as this window counts them (runtime ones included), for the phone's step count. */
  steps: number;
  blank: boolean;
  watch: Stopwatch;
  move: (action: NavAction) => void;
}

/** What the presenter view shows of the relay: the links (when one runs here), the connection and who is on it. */
export interface PresenterRelay {
  info: RemoteInfo | null;
  status: RelayStatus;
  peers: RelayPeers | null;
}

/** Asks the server for the relay's tokens; only a page on the relay's own machine is told (a 204 says there is no relay). */
function useRemoteInfo(): RemoteInfo | null {
  const [info, setInfo] = useState<RemoteInfo | null>(null);
  useEffect(() => {
    if (!/^https?:$/.test(location.protocol)) return;
    let live = true;
    fetch(new URL(REMOTE_INFO_PATH, location.href), { cache: 'no-store' })
      .then((response) => (response.status === 200 ? response.json() : null))
      .then((value: unknown) => live && setInfo(parseRemoteInfo(value)))
      .catch(() => {});
    return () => void (live = false);
  }, []);
  return info;
}

/**
 * The presenter on the phone-remote relay: joins it when the server runs one, sends its position, blank screen and
 * timer on every change and on each (re)connect, and moves on a remote's Next / Previous (the audience then follows
 * as it follows every presenter move).
 */
export function usePresenterRelay({ position, steps, blank, watch, move }: PresenterRelayOptions): PresenterRelay {
  const info = useRemoteInfo();
  const state = (): RelayState => ({
    type: 'state',
    position,
    steps,
    blank,
    timer: { running: watch.startedAt !== null, elapsedMs: elapsed(watch, Date.now()) },
  });
  const latest = useRef(state);
  latest.current = state;
  const url = info ? relayUrl(location.href, info.token, 'presenter') : null;
  const relay = useRelay(
    url,
    (message) => {
      if (message.type === 'command') move({ type: message.command === 'next' ? 'next' : 'prev' });
    },
    () => relay.send(latest.current()),
  );
  const { send } = relay;
  useEffect(() => {
    if (url) return afterMove.tellOtherWindows(() => send(latest.current()));
  }, [url, send, position, steps, blank, watch]);
  return { info, status: relay.status, peers: relay.peers };
}
