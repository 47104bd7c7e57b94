import Dexie from 'dexie';
import type { KpiLensDatabase } from './database';
import { fromReading, percent, relativeChange, sum, type Bounds } from '../kpi/interval';
import { followersAtPost } from '../kpi/formulas';
import type { BadgeFigures, BadgeRequest, PostBadge, ProfileBadge } from '../model/messages';
import type { Network, Post, PostMetrics, ProfileSnapshot } from '../model/records';

/** Posts of the author the comparison uses, at most. */
export const MEDIAN_WINDOW = 30;
/** Below this many earlier posts a median says nothing true: no comparison is shown. */
export const MEDIAN_MIN_POSTS = 5;
/** Snapshots closer than this to the latest belong to the same visit. */
const SAME_VISIT_MS = 30 * 60_000;

type Basis = 'views' | 'followers';

/**
 * Networks whose pages never show a post's shares: there, interactions are likes + comments
 * (the usual Instagram definition), and the badge's formula says so.
 */
export const NETWORKS_WITHOUT_SHARES: readonly Network[] = ['instagram'];

function interactionsOf(metrics: PostMetrics, network: Network): Bounds | null {
  const { likes, comments, shares } = metrics;
  // An interaction count needs every figure the network shows: an unknown one is not 0.
  if (!likes || !comments) return null;
  if (!shares) {
    if (!NETWORKS_WITHOUT_SHARES.includes(network)) return null;
    return sum([fromReading(likes), fromReading(comments)]);
  }
  return sum([fromReading(likes), fromReading(comments), fromReading(shares)]);
}

function rateOf(
  post: Pick<Post, 'network' | 'author' | 'publishedAt'>,
  metrics: PostMetrics,
  basis: Basis,
  profileSnapshots: ProfileSnapshot[],
): { rate: Bounds; interactions: Bounds; denominator: Bounds } | null {
  const interactions = interactionsOf(metrics, post.network);
  if (!interactions) return null;
  let denominator: Bounds | null = null;
  if (basis === 'views') denominator = metrics.views ? fromReading(metrics.views) : null;
  else
    denominator = followersAtPost(
      {
        ...post,
        postId: '',
        url: '',
        hashtags: [],
        mentions: [],
        firstSeenAt: '',
        lastSeenAt: '',
        latestMetrics: {},
      },
      { profileSnapshots },
    );
  if (!denominator || denominator.value === 0) return null;
  const rate = percent(interactions, denominator);
  return rate ? { rate, interactions, denominator } : null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function profileHistory(
  db: KpiLensDatabase,
  network: Network,
  handle: string,
): Promise<ProfileSnapshot[]> {
  return db.profileSnapshots
    .where('[network+handle+capturedAt]')
    .between([network, handle, Dexie.minKey], [network, handle, Dexie.maxKey])
    .toArray();
}

async function postBadge(
  db: KpiLensDatabase,
  network: Network,
  post: BadgeRequest['posts'][number],
  owned: Set<string>,
  histories: Map<string, Promise<ProfileSnapshot[]>>,
  authorPosts: Map<string, Promise<Post[]>>,
): Promise<PostBadge> {
  const badge: PostBadge = { postId: post.postId, own: !!post.author && owned.has(post.author) };
  const author = post.author;
  if (!author) return badge;
  if (!histories.has(author)) histories.set(author, profileHistory(db, network, author));
  const snapshots = await (histories.get(author) as Promise<ProfileSnapshot[]>);
  const identity = { network, author, publishedAt: post.publishedAt };
  const basis: Basis = post.metrics.views ? 'views' : 'followers';
  const engagement = rateOf(identity, post.metrics, basis, snapshots);
  if (!engagement) return badge;
  badge.engagement = { basis, withShares: !!post.metrics.shares, ...engagement };

  if (!authorPosts.has(author)) {
    authorPosts.set(
      author,
      db.posts
        .where('[network+author]')
        .equals([network, author])
        .toArray()
        .then((rows) =>
          rows.sort((a, b) => ((b.publishedAt ?? b.firstSeenAt) < (a.publishedAt ?? a.firstSeenAt) ? -1 : 1)),
        ),
    );
  }
  const earlier = (await (authorPosts.get(author) as Promise<Post[]>))
    .filter((p) => p.postId !== post.postId)
    .slice(0, MEDIAN_WINDOW);
  const rates: number[] = [];
  for (const p of earlier) {
    const r = rateOf(p, p.latestMetrics, basis, snapshots);
    if (r) rates.push(r.rate.value);
  }
  if (rates.length >= MEDIAN_MIN_POSTS) {
    const m = median(rates);
    if (m > 0) badge.versusMedian = { ratio: engagement.rate.value / m, median: m, posts: rates.length };
  }
  return badge;
}

async function profileBadge(
  db: KpiLensDatabase,
  network: Network,
  handle: string,
  owned: Set<string>,
  now: Date,
): Promise<ProfileBadge> {
  const badge: ProfileBadge = { handle, own: owned.has(handle) };
  const history = (await profileHistory(db, network, handle)).filter((s) => s.metrics.followers);
  const latest = history.at(-1);
  const first = history[0];
  if (!latest?.metrics.followers || !first?.metrics.followers) return badge;
  badge.followers = fromReading(latest.metrics.followers);
  if (first !== latest) {
    badge.sinceFirst = {
      change: latest.metrics.followers.value - first.metrics.followers.value,
      at: first.capturedAt,
    };
  }
  const latestAt = Date.parse(latest.capturedAt);
  const previous = [...history].reverse().find((s) => latestAt - Date.parse(s.capturedAt) >= SAME_VISIT_MS);
  if (previous?.metrics.followers) {
    badge.sincePrevious = {
      change: latest.metrics.followers.value - previous.metrics.followers.value,
      at: previous.capturedAt,
    };
  }
  // Growth over the period of an active objective that covers this account.
  const objectives = await db.objectives.toArray();
  const covering = objectives.find(
    (o) => o.active && o.accounts.some((a) => a.network === network && a.handle === handle),
  );
  if (covering) {
    const start = covering.kpis.find((k) => k.network === network)?.start ?? covering.createdAt;
    const base =
      [...history].reverse().find((s) => s.capturedAt <= start) ?? history.find((s) => s.capturedAt > start);
    if (base?.metrics.followers && base !== latest && Date.parse(start) <= now.getTime()) {
      const rate = relativeChange(fromReading(base.metrics.followers), fromReading(latest.metrics.followers));
      if (rate && rate.min !== null) {
        badge.objectiveGrowth = { rate: { value: rate.value, min: rate.min, max: rate.max }, start };
      }
    }
  }
  return badge;
}

/** The figures the on-page badges of one batch need, answered in one go. */
export async function badgeFigures(
  db: KpiLensDatabase,
  request: BadgeRequest,
  now = new Date(),
): Promise<BadgeFigures> {
  const accounts = await db.accounts.where('network').equals(request.network).toArray();
  const owned = new Set(accounts.filter((a) => a.owned).map((a) => a.handle));
  const histories = new Map<string, Promise<ProfileSnapshot[]>>();
  const authorPosts = new Map<string, Promise<Post[]>>();
  const posts = await Promise.all(
    request.posts.map((p) => postBadge(db, request.network, p, owned, histories, authorPosts)),
  );
  const profiles = await Promise.all(
    request.profiles.map((h) => profileBadge(db, request.network, h, owned, now)),
  );
  return { ok: true, posts, profiles };
}
