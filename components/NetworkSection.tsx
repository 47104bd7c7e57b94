import { useLiveQuery } from 'dexie-react-hooks';
import type { KpiLensDatabase } from '../lib/db/database';
import { latestPosts, profileTrends } from '../lib/db/queries';
import type { Translator } from '../lib/i18n/translate';
import type { MessageKey } from '../lib/i18n/messages';
import type { Network } from '../lib/model/records';
import { PostList } from './PostList';
import { ProfileList } from './ProfileList';

export const NETWORK_LABEL: Record<Network, MessageKey> = {
  x: 'networkX',
  instagram: 'networkInstagram',
  facebook: 'networkFacebook',
  linkedin: 'networkLinkedin',
};

export function NetworkSection({ db, network, tr }: { db: KpiLensDatabase; network: Network; tr: Translator }) {
  const data = useLiveQuery(
    async () => ({
      profiles: await profileTrends(db, network, 4),
      posts: await latestPosts(db, network, 5),
    }),
    [db, network],
  );
  const name = tr.t(NETWORK_LABEL[network]);
  if (!data) return null;
  const empty = data.profiles.length === 0 && data.posts.length === 0;
  return (
    <section className="network" aria-labelledby={`net-${network}`}>
      <h2 id={`net-${network}`}>{name}</h2>
      {empty ? (
        <p className="hint">{tr.t('networkNeverVisited', { network: name })}</p>
      ) : (
        <>
          {data.profiles.length > 0 && <ProfileList profiles={data.profiles} tr={tr} />}
          {data.posts.length > 0 && (
            <>
              <h3>{tr.t('latestPosts')}</h3>
              <PostList posts={data.posts} tr={tr} />
            </>
          )}
        </>
      )}
    </section>
  );
}
