import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { KpiLensDatabase } from '../db/database';
import { loadKpiData } from '../db/kpi-data';
import {
  computeKpi,
  series,
  SUGGESTED_DENOMINATOR,
  type Denominator,
  type KpiData,
  type KpiValue,
  type Period,
  type SeriesPoint,
} from '../kpi';
import type { Account, Network, Post } from '../model/records';
import { DAY_MS } from './dates';
import { useClock } from './use-now';

/** The network overview looks at the last 30 days. */
export const OVERVIEW_DAYS = 30;
export const LATEST_POSTS = 5;
export const TOP_POSTS = 3;

export interface AccountFollowers {
  account: Account;
  followers: KpiValue;
  change: KpiValue;
  trend: SeriesPoint[];
}

export interface PostSummary {
  post: Post;
  engagement: KpiValue;
  /** likes + comments + shares that are known (null when none is). */
  interactions: number | null;
  views: number | null;
}

export interface NetworkOverview {
  network: Network;
  period: Period;
  denominator: Denominator;
  accounts: AccountFollowers[];
  latest: PostSummary[];
  mostSeen: PostSummary[];
  mostReacted: PostSummary[];
}

export function overviewPeriod(now: string): Period {
  return { start: new Date(Date.parse(now) - OVERVIEW_DAYS * DAY_MS).toISOString(), end: now };
}

/** A post's own engagement rate, by the engine, on its latest figures. */
function postEngagement(post: Post, data: KpiData, denominator: Denominator): KpiValue {
  if (!post.publishedAt || !post.author) return null;
  const start = new Date(Date.parse(post.publishedAt) - 1).toISOString();
  const end =
    post.lastSnapshotAt && post.lastSnapshotAt > post.publishedAt ? post.lastSnapshotAt : post.publishedAt;
  return computeKpi('engagementRate', {
    ...data,
    accounts: [{ network: post.network, handle: post.author }],
    posts: [post],
    postSnapshots: [],
    network: post.network,
    period: { start, end },
    denominator,
  });
}

function knownInteractions(post: Post): number | null {
  const parts = [post.latestMetrics.likes, post.latestMetrics.comments, post.latestMetrics.shares].filter(
    (r) => r !== undefined,
  );
  return parts.length === 0 ? null : parts.reduce((sum, r) => sum + r.value, 0);
}

function top(posts: PostSummary[], by: (p: PostSummary) => number | null): PostSummary[] {
  return posts
    .filter((p) => (by(p) ?? 0) > 0)
    .sort((a, b) => (by(b) ?? 0) - (by(a) ?? 0))
    .slice(0, TOP_POSTS);
}

/** Followers, latest posts and top posts of the user's accounts on a network, from fetched data. */
export function networkOverview(
  network: Network,
  accounts: readonly Account[],
  data: KpiData,
  period: Period,
  denominator: Denominator = SUGGESTED_DENOMINATOR[network],
): NetworkOverview {
  const followers = accounts.map((account) => {
    const input = { ...data, accounts: [account], network, period };
    return {
      account,
      followers: computeKpi('followers', input),
      change: computeKpi('followerNetChange', input),
      trend: series('followers', input, 'day'),
    };
  });
  const posts = data.posts
    .filter((p) => p.network === network && p.publishedAt && p.publishedAt <= period.end)
    .map((post) => ({
      post,
      engagement: postEngagement(post, data, denominator),
      interactions: knownInteractions(post),
      views: post.latestMetrics.views?.value ?? null,
    }));
  const latest = [...posts]
    .sort((a, b) => (b.post.publishedAt ?? '').localeCompare(a.post.publishedAt ?? ''))
    .slice(0, LATEST_POSTS);
  return {
    network,
    period,
    denominator,
    accounts: followers,
    latest,
    mostSeen: top(posts, (p) => p.views),
    mostReacted: top(posts, (p) => p.interactions),
  };
}

/** The overview, live. Latest figures suffice here, so post snapshots are not fetched. */
export function useNetworkOverview(
  db: KpiLensDatabase,
  network: Network,
  accounts: readonly Account[],
  now: string,
): NetworkOverview | undefined {
  const clock = useClock();
  const period = overviewPeriod(now);
  const refs = accounts.map((a) => ({ network: a.network, handle: a.handle }));
  const key = JSON.stringify([refs, period]);
  const loaded = useLiveQuery(
    async () => ({
      data: await loadKpiData(db, {
        accounts: refs,
        network,
        from: period.start,
        // Through tomorrow: readings taken while the popup is open count at once.
        to: new Date(Date.parse(now) + DAY_MS).toISOString(),
        trackedHashtags: [],
        kpis: ['followers', 'engagementRate'],
        withPostSnapshots: false,
      }),
      at: clock(),
    }),
    [db, network, key, clock],
  );
  return useMemo(() => {
    if (!loaded) return undefined;
    const end = loaded.at > now ? loaded.at : now;
    return networkOverview(network, accounts, loaded.data, { start: period.start, end });
  }, [loaded, network, accounts, now]);
}
