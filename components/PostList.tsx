import type { Denominator } from '../lib/kpi';
import type { Translator } from '../lib/i18n/translate';
import { safeLink } from '../lib/ui/handles';
import type { PostSummary } from '../lib/ui/network-overview';
import { MetricValue } from './MetricValue';

/** Posts with a link to each (author names and text are shown as text only). */
export function PostList({
  posts,
  label,
  denominator,
  show,
  tr,
}: {
  posts: readonly PostSummary[];
  label: string;
  denominator: Denominator;
  show: 'engagement' | 'views' | 'interactions';
  tr: Translator;
}) {
  return (
    <ol className="posts" aria-label={label}>
      {posts.map(({ post, engagement, interactions }) => {
        const href = safeLink(post.url, post.network);
        const when = post.publishedAt ? tr.date(post.publishedAt) : tr.t('dateUnknown');
        const title = tr.t('postOf', { date: when });
        return (
          <li key={`${post.network}-${post.postId}`} className="post">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {title}
              </a>
            ) : (
              <span>{title}</span>
            )}
            <dl className="figures">
              {show === 'engagement' && (
                <div>
                  <dt>{tr.t(denominator === 'views' ? 'engagementByViews' : 'engagementByFollowers')}</dt>
                  <dd className={engagement && !engagement.exact ? 'metric range' : 'metric'}>
                    {tr.kpiValue(engagement, 'percent')}
                  </dd>
                </div>
              )}
              {show === 'interactions' && interactions !== null && (
                <div>
                  <dt>{tr.t('interactions')}</dt>
                  <dd>{tr.number(interactions)}</dd>
                </div>
              )}
              {(['views', 'likes', 'comments', 'shares'] as const)
                .filter((m) => post.latestMetrics[m])
                .map((m) => (
                  <div key={m}>
                    <dt>{tr.t(m)}</dt>
                    <dd>
                      <MetricValue reading={post.latestMetrics[m]} tr={tr} />
                    </dd>
                  </div>
                ))}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
