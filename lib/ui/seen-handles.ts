import Dexie from 'dexie';
import type { KpiLensDatabase } from '../db/database';
import type { AccountRef } from '../model/objectives';
import { NETWORKS, type Network } from '../model/networks';
import type { ProfileSnapshot } from '../model/records';

/** A handle KPI Lens has read: a profile visited, or the author of posts seen. */
export interface SeenHandle extends AccountRef {
  /** Profile readings stored for it (0 for an author only seen on posts). */
  profileReadings: number;
  /** Among the latest posts seen on its network, how many it wrote. */
  recentPosts: number;
  displayName?: string;
}

const MAX_PROFILES_PER_NETWORK = 30;
const RECENT_POSTS = 300;
const MAX_AUTHORS_PER_NETWORK = 10;

/**
 * The distinct profiles of a network, by skipping along [network+handle+capturedAt]: one
 * index probe per handle, however many readings each has.
 */
async function profileHandles(db: KpiLensDatabase, network: Network, limit: number): Promise<SeenHandle[]> {
  const found: SeenHandle[] = [];
  let lower: [Network, unknown, unknown] | [Network, unknown] = [network, Dexie.minKey];
  while (found.length < limit) {
    const next: ProfileSnapshot | undefined = await db.profileSnapshots
      .where('[network+handle+capturedAt]')
      .between(lower, [network, Dexie.maxKey], false, true)
      .first();
    if (!next) break;
    const range = db.profileSnapshots
      .where('[network+handle+capturedAt]')
      .between([network, next.handle, Dexie.minKey], [network, next.handle, Dexie.maxKey]);
    const [count, latest] = await Promise.all([range.count(), range.clone().last()]);
    found.push({
      network,
      handle: next.handle,
      profileReadings: count,
      recentPosts: 0,
      displayName: latest?.displayName,
    });
    lower = [network, next.handle, Dexie.maxKey];
  }
  return found;
}

/** The authors of the latest posts seen on a network, most frequent first. */
async function recentAuthors(db: KpiLensDatabase, network: Network): Promise<SeenHandle[]> {
  const counts = new Map<string, SeenHandle>();
  await db.posts
    .where('[network+lastSeenAt]')
    .between([network, Dexie.minKey], [network, Dexie.maxKey])
    .reverse()
    .limit(RECENT_POSTS)
    .each((p) => {
      if (!p.author) return;
      const entry = counts.get(p.author) ?? {
        network,
        handle: p.author,
        profileReadings: 0,
        recentPosts: 0,
        displayName: p.authorName,
      };
      entry.recentPosts++;
      counts.set(p.author, entry);
    });
  return [...counts.values()].sort((a, b) => b.recentPosts - a.recentPosts).slice(0, MAX_AUTHORS_PER_NETWORK);
}

/** Handles seen on every network: visited profiles first (most read first), then frequent authors. */
export async function seenHandles(db: KpiLensDatabase): Promise<SeenHandle[]> {
  const perNetwork = await Promise.all(
    NETWORKS.map(async (network) => {
      const [profiles, authors] = await Promise.all([
        profileHandles(db, network, MAX_PROFILES_PER_NETWORK),
        recentAuthors(db, network),
      ]);
      const byHandle = new Map(profiles.map((p) => [p.handle, p]));
      for (const a of authors) {
        const known = byHandle.get(a.handle);
        if (known) known.recentPosts = a.recentPosts;
        else byHandle.set(a.handle, a);
      }
      return [...byHandle.values()];
    }),
  );
  return perNetwork
    .flat()
    .sort((a, b) => b.profileReadings - a.profileReadings || b.recentPosts - a.recentPosts);
}

/** Whether KPI Lens has read anything on a network: one index probe per table. */
export async function networkSeen(db: KpiLensDatabase, network: Network): Promise<boolean> {
  const [profile, post] = await Promise.all([
    db.profileSnapshots
      .where('[network+capturedAt]')
      .between([network, Dexie.minKey], [network, Dexie.maxKey])
      .first(),
    db.posts.where('[network+lastSeenAt]').between([network, Dexie.minKey], [network, Dexie.maxKey]).first(),
  ]);
  return profile !== undefined || post !== undefined;
}
