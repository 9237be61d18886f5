import { useCallback, useRef, useState } from 'react';
import { usePhoneRelay } from '../remote/use-remote-relay.ts';
import type { Shared } from '../../sync/messages.ts';
import './follow-control.css';

/**
 * A page opened from a Follow: link: follows the presenter through the relay (slide and step; on a phone in the
 * reading view, which scrolls to the slide) until the reader stops following to read on alone, and rejoins at the
 * presenter's place. Its token is read-only: the relay drops whatever it would send.
 */
export default function FollowControl({ token, adopt }: { token: string; adopt: (shared: Shared) => void }) {
  const [following, setFollowing] = useState(true);
  const last = useRef<Shared | null>(null);
  const take = useCallback(
    (shared: Shared) => {
      last.current = shared;
      if (following) adopt(shared);
    },
    [adopt, following],
  );
  const { status } = usePhoneRelay(token, 'follow', take);
  const toggle = () => {
    if (!following && last.current) adopt(last.current);
    setFollowing(!following);
  };
  const where = status === 'open' ? (following ? 'Following the presenter' : 'Reading on your own') : 'Reconnecting to the presenter…';
  return (
    <aside className="follow-control" aria-label="Follow the presenter" data-following={following}>
      <span role="status">{where}</span>
      <button type="button" onClick={toggle}>
        {following ? 'Stop following' : 'Follow the presenter'}
      </button>
    </aside>
  );
}
