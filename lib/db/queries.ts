import Dexie from 'dexie';
import type { KpiLensDatabase } from './database';
import { REJECTED_COUNTER } from './receive';
import type { Network, Post, ProfileSnapshot } from '../model/records';

export interface StoreSummary {
  posts: number;
  lastCapturedAt: string | undefined;
  rejectedMessages: number;
}

export async function storeSummary(db: KpiLensDatabase): Promise<StoreSummary> {
  // No count of snapshots here: IndexedDB counts row by row (≈ 0.2 s for a year of them) and
  // holds up every other query of the popup meanwhile.
  const [posts, lastPost, lastProfile, rejected] = await Promise.all([
    db.posts.count(),
    db.postSnapshots.orderBy('capturedAt').last(),
    db.profileSnapshots.orderBy('capturedAt').last(),
    db.counters.get(REJECTED_COUNTER),
  ]);
  const times = [lastPost?.capturedAt, lastProfile?.capturedAt].filter((t): t is string => !!t).sort();
  return {
    posts,
    lastCapturedAt: times.at(-1),
    rejectedMessages: rejected?.value ?? 0,
  };
}

/** The posts of a network seen most recently, newest first, by index. */
export async function latestPosts(db: KpiLensDatabase, network: Network, limit: number): Promise<Post[]> {
  return db.posts
    .where('[network+lastSeenAt]')
    .between([network, Dexie.minKey], [network, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

export interface ProfileTrend {
  handle: string;
  displayName: string | undefined;
  first: ProfileSnapshot;
  latest: ProfileSnapshot;
}

/** The profiles of a network seen most recently, each with its first and latest snapshot. */
export async function profileTrends(
  db: KpiLensDatabase,
  network: Network,
  limit: number,
): Promise<ProfileTrend[]> {
  const handles: string[] = [];
  // Walk the network's snapshots newest first until `limit` distinct handles are found.
  await db.profileSnapshots
    .where('[network+capturedAt]')
    .between([network, Dexie.minKey], [network, Dexie.maxKey])
    .reverse()
    .until(() => handles.length >= limit)
    .each((s) => {
      if (!handles.includes(s.handle)) handles.push(s.handle);
    });
  const trends = await Promise.all(
    handles.map(async (handle) => {
      const range = db.profileSnapshots
        .where('[network+handle+capturedAt]')
        .between([network, handle, Dexie.minKey], [network, handle, Dexie.maxKey]);
      const [first, latest] = await Promise.all([range.first(), range.clone().last()]);
      if (!first || !latest) return undefined;
      return { handle, displayName: latest.displayName ?? first.displayName, first, latest };
    }),
  );
  return trends.filter((t): t is ProfileTrend => !!t);
}
