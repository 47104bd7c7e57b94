import type { KpiLensDatabase } from '../lib/db/database';
import type { Translator } from '../lib/i18n/translate';
import type { Account, Network } from '../lib/model/records';
import { NETWORK_LABEL } from '../lib/ui/labels';
import { OVERVIEW_DAYS, useNetworkOverview } from '../lib/ui/network-overview';
import { FollowersList } from './FollowersList';
import { PostList } from './PostList';

/** The user's accounts on one network: followers, latest posts and the period's top posts. */
export function NetworkSection({
  db,
  network,
  accounts,
  now,
  tr,
}: {
  db: KpiLensDatabase;
  network: Network;
  accounts: readonly Account[];
  now: string;
  tr: Translator;
}) {
  const overview = useNetworkOverview(db, network, accounts, now);
  const name = tr.t(NETWORK_LABEL[network]);
  const headingId = `net-${network}`;
  return (
    <section className="network" aria-labelledby={headingId} data-state={overview ? 'loaded' : 'loading'}>
      <h2 id={headingId}>{name}</h2>
      {!overview ? (
        <p className="muted">{tr.t('loading')}</p>
      ) : (
        <>
          <FollowersList accounts={overview.accounts} network={network} tr={tr} />
          <h3>{tr.t('latestPosts')}</h3>
          {overview.latest.length === 0 ? (
            <p className="hint">{tr.t('noRecentPost', { days: OVERVIEW_DAYS, network: name })}</p>
          ) : (
            <PostList
              posts={overview.latest}
              label={tr.t('latestPosts')}
              denominator={overview.denominator}
              show="engagement"
              tr={tr}
            />
          )}
          {overview.mostSeen.length > 0 && (
            <>
              <h3>{tr.t('mostSeen', { days: OVERVIEW_DAYS })}</h3>
              <PostList
                posts={overview.mostSeen}
                label={tr.t('mostSeen', { days: OVERVIEW_DAYS })}
                denominator={overview.denominator}
                show="views"
                tr={tr}
              />
            </>
          )}
          {overview.mostReacted.length > 0 && (
            <>
              <h3>{tr.t('mostReacted', { days: OVERVIEW_DAYS })}</h3>
              <PostList
                posts={overview.mostReacted}
                label={tr.t('mostReacted', { days: OVERVIEW_DAYS })}
                denominator={overview.denominator}
                show="interactions"
                tr={tr}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
