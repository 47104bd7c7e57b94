import type { Translator } from '../lib/i18n/translate';
import type { Post } from '../lib/model/records';
import { MetricValue } from './MetricValue';

const SHOWN = ['likes', 'comments', 'shares', 'views'] as const;

export function PostList({ posts, tr }: { posts: Post[]; tr: Translator }) {
  return (
    <ul className="posts" aria-label={tr.t('latestPosts')}>
      {posts.map((post) => (
        <li key={post.postId} className="post">
          <a href={post.url} target="_blank" rel="noreferrer noopener" title={tr.t('openPost')}>
            {post.author ? tr.t('by', { author: post.author }) : post.postId}
          </a>
          {post.publishedAt && <time dateTime={post.publishedAt}> · {tr.date(post.publishedAt)}</time>}
          <dl className="figures">
            {SHOWN.filter((m) => post.latestMetrics[m]).map((m) => (
              <div key={m}>
                <dt>{tr.t(m)}</dt>
                <dd>
                  <MetricValue reading={post.latestMetrics[m]} tr={tr} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
