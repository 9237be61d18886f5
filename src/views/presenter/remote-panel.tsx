import type { PresenterRelay } from './use-presenter-relay.ts';
import { QrCode } from './qr-code.tsx';
import { keepFocus } from '../keep-focus.ts';
import { MODE_REMOTE_QUERY, FOLLOW_QUERY } from '../../sync/remote-links.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The relay's state in words: whether the presenter is on it, and how many phones are. */
function describe({ status, peers }: PresenterRelay): string {
  if (status !== 'open') return status === 'connecting' ? 'Phone remote: connecting…' : 'Phone remote: reconnecting…';
  const remotes = peers?.remotes ?? 0;
  const followers = peers?.followers ?? 0;
  return `Phone remote: ${plural(remotes, 'phone', 'phones')} connected, ${plural(followers, 'follower', 'followers')}`;
}

/**
 * Where a relay runs (`--remote`): its state, and on opening the QR codes of the Remote link (for the speaker's
 * phone) and the Follow link (for the room), drawn here.
 */
export function RemotePanel({ relay, pathname }: { relay: PresenterRelay; pathname: string }) {
  const { info } = relay;
  if (!info) return null;
  const remote = `${info.origin}${pathname}?${MODE_REMOTE_QUERY}${info.token}`;
  const follow = `${info.origin}${pathname}?${FOLLOW_QUERY}${info.followToken}`;
  return (
    <details className="remote-panel">
      <summary onMouseDown={keepFocus}>
        <span role="status" data-relay-status={relay.status}>
          {describe(relay)}
        </span>
      </summary>
      <div className="remote-codes">
        <figure>
          <QrCode text={remote} label="QR code of the remote link" />
          <figcaption>
            Scan to control the talk from your phone. <a href={remote}>Remote link</a>
          </figcaption>
        </figure>
        <figure>
          <QrCode text={follow} label="QR code of the follow link" />
          <figcaption>
            Show the room: follow the slides on a phone. <a href={follow}>Follow link</a>
          </figcaption>
        </figure>
      </div>
    </details>
  );
}
