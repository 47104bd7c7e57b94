import { isolate } from '../lib/ui/bidi';
import type { Translator } from '../lib/i18n/translate';
import type { Network } from '../lib/model/records';
import { NETWORK_LABEL } from '../lib/ui/labels';
import { OVERVIEW_DAYS, type AccountFollowers } from '../lib/ui/network-overview';
import { Sparkline } from './Sparkline';

/** Followers of each of the user's accounts on a network, and their change over the period. */
export function FollowersList({
  accounts,
  network,
  tr,
}: {
  accounts: readonly AccountFollowers[];
  network: Network;
  tr: Translator;
}) {
  return (
    <ul className="profiles" aria-label={tr.t('followersOf', { network: tr.t(NETWORK_LABEL[network]) })}>
      {accounts.map(({ account, followers, change, trend }) => (
        <li key={account.handle} className="profile">
          <div className="profile-name">
            {account.displayName && (
              <strong>
                <bdi>{account.displayName}</bdi>{' '}
              </strong>
            )}
            <span className="handle">
              @<bdi>{account.handle}</bdi>
            </span>
          </div>
          {followers === null ? (
            <p className="hint">
              {tr.t('noProfileReading', {
                handle: isolate(account.handle),
                network: tr.t(NETWORK_LABEL[network]),
              })}
            </p>
          ) : (
            <>
              <dl className="figures">
                <div>
                  <dt>{tr.t('followers')}</dt>
                  <dd className={followers.exact ? 'metric' : 'metric range'}>
                    {tr.kpiValue(followers, 'count')}
                  </dd>
                </div>
                <div>
                  <dt>{tr.t('changeOverDays', { days: OVERVIEW_DAYS })}</dt>
                  <dd>{change === null ? tr.t('noComparison') : tr.signed(change.value, 'count')}</dd>
                </div>
              </dl>
              <Sparkline points={trend} unit="count" tr={tr} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
