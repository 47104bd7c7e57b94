import type { ProfileTrend } from '../lib/db/queries';
import type { Translator } from '../lib/i18n/translate';
import { PROFILE_METRICS } from '../lib/model/records';
import { MetricValue } from './MetricValue';

export function ProfileList({ profiles, tr }: { profiles: ProfileTrend[]; tr: Translator }) {
  return (
    <ul className="profiles" aria-label={tr.t('profiles')}>
      {profiles.map((p) => {
        const now = p.latest.metrics.followers;
        const then = p.first.metrics.followers;
        const change = now && then && p.first !== p.latest ? now.value - then.value : undefined;
        return (
          <li key={p.handle} className="profile">
            <div className="profile-name">
              <strong>{p.displayName ?? p.handle}</strong> <span className="handle">@{p.handle}</span>
            </div>
            <dl className="figures">
              {PROFILE_METRICS.filter((m) => p.latest.metrics[m]).map((m) => (
                <div key={m}>
                  <dt>{tr.t(m)}</dt>
                  <dd>
                    <MetricValue reading={p.latest.metrics[m]} tr={tr} />
                  </dd>
                </div>
              ))}
            </dl>
            {change !== undefined && (
              <p className="change">
                {tr.t('changeSince', {
                  change: `${change >= 0 ? '+' : '−'}${tr.number(Math.abs(change))}`,
                  date: tr.date(p.first.capturedAt),
                })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
