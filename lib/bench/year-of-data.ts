import type { KpiLensDatabase } from '../db/database';
import type { Objective } from '../model/objectives';
import type { Account, Network, Post, PostSnapshot, ProfileSnapshot } from '../model/records';

/** A small seeded PRNG (mulberry32), so every run generates the same year. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface YearSize {
  posts: number;
  postSnapshots: number;
  profileSnapshots: number;
}

const NETWORKS: Network[] = ['x', 'instagram', 'facebook', 'linkedin'];
const DAY = 86_400_000;

/**
 * A year of use: 4 owned accounts on each of the 4 sites' … kept to the issue's sizes: per site one
 * owned account, 4 accounts in all posting ~1.4 posts a day (≥ 2,000 posts), each post seen on
 * ~50 days (≥ 100,000 post snapshots), and each profile visited ~1.1 times a day (≥ 1,500 profile
 * snapshots). Objectives: one per account with two KPIs.
 */
export function generateYear(
  seed: number,
  end: Date,
): {
  accounts: Account[];
  posts: Post[];
  postSnapshots: PostSnapshot[];
  profileSnapshots: ProfileSnapshot[];
  objectives: Objective[];
} {
  const random = seededRandom(seed);
  const start = end.getTime() - 365 * DAY;
  const iso = (ms: number) => new Date(ms).toISOString();
  const reading = (n: number) => ({ value: n, raw: String(n), min: n, max: n });
  const accounts: Account[] = [];
  const posts: Post[] = [];
  const postSnapshots: PostSnapshot[] = [];
  const profileSnapshots: ProfileSnapshot[] = [];
  const objectives: Objective[] = [];
  NETWORKS.forEach((network, a) => {
    const handle = `brand_${network}`;
    accounts.push({ network, handle, owned: true, addedAt: iso(start) });
    let followers = 5000 + Math.floor(random() * 20000);
    for (let day = 0; day < 365; day++) {
      followers += Math.floor(random() * 30) - 8;
      const visits = random() < 0.15 ? 2 : 1;
      for (let v = 0; v < visits; v++) {
        profileSnapshots.push({
          network,
          handle,
          metrics: { followers: reading(followers), following: reading(300 + a) },
          capturedAt: iso(start + day * DAY + v * 6 * 3_600_000 + 9 * 3_600_000),
          pageUrl: `https://example.invalid/${handle}`,
          locale: 'fr',
          parserVersion: 1,
        });
      }
    }
    const postCount = 520;
    for (let p = 0; p < postCount; p++) {
      const published = start + Math.floor((p / postCount) * 360 * DAY) + Math.floor(random() * DAY);
      const postId = `${network}-${a}-${p}`;
      let likes = 0;
      let comments = 0;
      let shares = 0;
      let views = 0;
      const seen = 50;
      let lastMetrics = {};
      let lastAt = published;
      for (let s = 0; s < seen; s++) {
        likes += Math.floor(random() * 20);
        comments += Math.floor(random() * 3);
        shares += Math.floor(random() * 2);
        views += Math.floor(random() * 400);
        lastAt = Math.min(end.getTime(), published + s * 3 * 3_600_000 + Math.floor(random() * 3_600_000));
        lastMetrics = {
          likes: reading(likes),
          comments: reading(comments),
          shares: reading(shares),
          views: reading(views),
        };
        postSnapshots.push({
          network,
          postId,
          author: handle,
          metrics: lastMetrics,
          capturedAt: iso(lastAt),
          pageUrl: `https://example.invalid/${postId}`,
          locale: 'fr',
          parserVersion: 1,
        });
      }
      posts.push({
        network,
        postId,
        url: `https://example.invalid/${postId}`,
        author: handle,
        publishedAt: iso(published),
        hashtags: random() < 0.3 ? ['promo'] : [],
        mentions: [],
        firstSeenAt: iso(published),
        lastSeenAt: iso(lastAt),
        lastSnapshotAt: iso(lastAt),
        latestMetrics: lastMetrics,
      });
    }
    objectives.push({
      id: `objective-${network}`,
      kind: 'growth',
      accounts: [{ network, handle }],
      kpis: [
        {
          kpi: 'followerGrowthRate',
          network,
          target: 10,
          start: iso(end.getTime() - 90 * DAY),
          deadline: iso(end.getTime() + 90 * DAY),
        },
        { kpi: 'followers', network, target: 30000, deadline: iso(end.getTime() + 90 * DAY) },
      ],
      active: true,
      createdAt: iso(end.getTime() - 90 * DAY),
    });
  });
  return { accounts, posts, postSnapshots, profileSnapshots, objectives };
}

export async function seedYear(db: KpiLensDatabase, seed: number, end: Date): Promise<YearSize> {
  const year = generateYear(seed, end);
  await db.transaction(
    'rw',
    [db.accounts, db.posts, db.postSnapshots, db.profileSnapshots, db.objectives],
    async () => {
      await db.accounts.bulkPut(year.accounts);
      await db.posts.bulkPut(year.posts);
      await db.postSnapshots.bulkAdd(year.postSnapshots);
      await db.profileSnapshots.bulkAdd(year.profileSnapshots);
      await db.objectives.bulkPut(year.objectives);
    },
  );
  return {
    posts: year.posts.length,
    postSnapshots: year.postSnapshots.length,
    profileSnapshots: year.profileSnapshots.length,
  };
}
