import Dexie, { type IndexableType } from 'dexie';
import type { KpiLensDatabase } from './database';
import { getKpi, KPI_IDS, type KpiSource } from '../kpi/catalogue';
import type { KpiData } from '../kpi/types';
import type { AccountRef } from '../model/objectives';
import type {
  ManualFigure,
  Network,
  Post,
  PostSnapshot,
  ProfileMetricName,
  ProfileSnapshot,
} from '../model/records';

/**
 * Fetches what the KPI engine needs for one network and one window, by index ranges only: a
 * year of history (hundreds of thousands of snapshots) must not be read to show one month.
 */

export interface KpiDataQuery {
  /** The accounts measured; only those on `network` are fetched. */
  accounts: readonly AccountRef[];
  network: Network;
  /** The window, ISO instants: events with `from < t <= to`, plus the last profile reading at or before `from`. */
  from: string;
  to: string;
  trackedHashtags: readonly string[];
  /** The KPIs to compute: only their sources are fetched. Every source when absent. */
  kpis?: readonly string[];
  /**
   * Post snapshots are what lets a past period see a post's figures as they were then. When
   * only the latest figures matter (`Post.latestMetrics`), leave them out: they are the
   * biggest table by far.
   */
  withPostSnapshots?: boolean;
  /**
   * A stretch of the window of which only the bounds matter: the profile readings of `metric` in
   * (from, until] are fetched as the first and the last of them, and the baseline is the last
   * reading at or before the window's start that has `metric`. Every other reading of the window is
   * fetched. For a past period read by KPIs that read nothing but that figure at a period's bounds
   * (`KpiDefinition.readsAtBounds`): a year of daily readings then costs a few rows per account.
   */
  boundsOnly?: { from: string; until: string; metric: ProfileMetricName };
}

const ALL_SOURCES: readonly KpiSource[] = ['profiles', 'ownPosts', 'seenPosts', 'manual'];

/** The sources that the given KPIs read; unknown ids read nothing. */
export function sourcesOf(kpis: readonly string[] = KPI_IDS): Set<KpiSource> {
  const sources = new Set<KpiSource>();
  for (const id of kpis) for (const s of getKpi(id)?.sources ?? []) sources.add(s);
  return sources;
}

/** Handles as stored: lower-case, without `@`. */
const storedHandle = (h: string): string => h.trim().replace(/^@+/, '').toLowerCase();

function handlesOn(accounts: readonly AccountRef[], network: Network): string[] {
  return [
    ...new Set(accounts.filter((a) => a.network === network).map((a) => storedHandle(a.handle))),
  ].filter((h) => h !== '');
}

/**
 * Each account's readings in (from, to], plus its last reading at or before `from` (the baseline);
 * with `boundsOnly`, only the first and last of its stretch (see KpiDataQuery).
 */
async function profileSnapshotsOf(
  db: KpiLensDatabase,
  network: Network,
  handles: readonly string[],
  from: string,
  to: string,
  boundsOnly: KpiDataQuery['boundsOnly'],
): Promise<ProfileSnapshot[]> {
  const range = (lower: IndexableType, upper: IndexableType, withLower: boolean) =>
    db.profileSnapshots.where('[network+handle+capturedAt]').between(lower, upper, withLower, true);
  const perAccount = await Promise.all(
    handles.map(async (handle) => {
      const min = [network, handle, Dexie.minKey];
      const start = [network, handle, from];
      const end = [network, handle, to];
      if (!boundsOnly) {
        const [baseline, inside] = await Promise.all([
          range(min, start, true).last(),
          range(start, end, false).toArray(),
        ]);
        return baseline ? [baseline, ...inside] : inside;
      }
      // Index order within one instant is insertion order, the order the engine breaks ties by.
      const has = (s: ProfileSnapshot) => s.metrics[boundsOnly.metric] !== undefined;
      // Kept in order within the window: (from, a] dense, (a, b] sparse, (b, to] dense.
      const clamp = (t: string, lo: string) => (t < lo ? lo : t > to ? to : t);
      const a = clamp(boundsOnly.from, from);
      const b = clamp(boundsOnly.until, a);
      const sparseFrom = [network, handle, a];
      const sparseUntil = [network, handle, b];
      const [baseline, before, first, last, after] = await Promise.all([
        range(min, start, true).reverse().filter(has).first(),
        range(start, sparseFrom, false).toArray(),
        range(sparseFrom, sparseUntil, false).filter(has).first(),
        range(sparseFrom, sparseUntil, false).reverse().filter(has).first(),
        range(sparseUntil, end, false).toArray(),
      ]);
      const bounds = [first, last !== undefined && last.id !== first?.id ? last : undefined];
      return [
        ...(baseline ? [baseline] : []),
        ...before,
        ...bounds.filter((s): s is ProfileSnapshot => s !== undefined),
        ...after,
      ];
    }),
  );
  return perAccount.flat();
}

/** The accounts' posts published in the window. Posts of unknown date cannot be placed in it and are left out. */
async function ownPostsOf(
  db: KpiLensDatabase,
  network: Network,
  handles: readonly string[],
  from: string,
  to: string,
): Promise<Post[]> {
  // One row per post (not per reading): an account's posts are few next to their snapshots.
  const perAccount = await Promise.all(
    handles.map((handle) =>
      db.posts
        .where('[network+author+publishedAt]')
        .between([network, handle, from], [network, handle, to], false, true)
        .toArray(),
    ),
  );
  return perAccount.flat();
}

async function postSnapshotsOf(
  db: KpiLensDatabase,
  network: Network,
  handles: readonly string[],
  from: string,
  to: string,
): Promise<PostSnapshot[]> {
  const perAccount = await Promise.all(
    handles.map((handle) =>
      db.postSnapshots
        .where('[network+author+capturedAt]')
        .between([network, handle, from], [network, handle, to], false, true)
        .toArray(),
    ),
  );
  return perAccount.flat();
}

/**
 * Posts by anyone that the window holds, for mentions and hashtags: those published in it,
 * and those of unknown publication first seen in it (the date the engine gives them). Every
 * post first seen after `from` was also last seen after it, so the second range is exact.
 */
async function seenPostsOf(db: KpiLensDatabase, network: Network, from: string, to: string): Promise<Post[]> {
  const [published, undated] = await Promise.all([
    db.posts.where('[network+publishedAt]').between([network, from], [network, to], false, true).toArray(),
    db.posts
      .where('[network+lastSeenAt]')
      .between([network, from], [network, Dexie.maxKey], false, true)
      .filter((p) => p.publishedAt === undefined && p.firstSeenAt > from && p.firstSeenAt <= to)
      .toArray(),
  ]);
  return [...published, ...undated];
}

/** Hand-entered figures of the accounts, and those for the whole network, that overlap the window. */
async function manualFiguresOf(
  db: KpiLensDatabase,
  network: Network,
  handles: readonly string[],
  from: string,
  to: string,
): Promise<ManualFigure[]> {
  const overlaps = (m: ManualFigure) => m.periodStart <= to && m.periodEnd >= from;
  const [ofAccounts, ofNetwork] = await Promise.all([
    handles.length === 0
      ? Promise.resolve([])
      : db.manualFigures
          .where('[network+handle]')
          .anyOf(handles.map((h) => [network, h]))
          .filter(overlaps)
          .toArray(),
    // A figure without an account is absent from [network+handle] (undefined is not a key):
    // find it by its start, which must precede the window's end.
    db.manualFigures
      .where('periodStart')
      .belowOrEqual(to)
      .filter((m) => m.network === network && m.handle === undefined && overlaps(m))
      .toArray(),
  ]);
  return [...ofAccounts, ...ofNetwork];
}

function uniquePosts(lists: readonly Post[][]): Post[] {
  const byKey = new Map<string, Post>();
  for (const list of lists) for (const p of list) byKey.set(`${p.network}\u0000${p.postId}`, p);
  return [...byKey.values()];
}

export async function loadKpiData(db: KpiLensDatabase, query: KpiDataQuery): Promise<KpiData> {
  const { network, from, to } = query;
  const sources = query.kpis ? sourcesOf(query.kpis) : new Set(ALL_SOURCES);
  const handles = handlesOn(query.accounts, network);
  const needsOwn = sources.has('ownPosts') && handles.length > 0;
  const none = <T>(): Promise<T[]> => Promise.resolve([]);
  const [profileSnapshots, ownPosts, postSnapshots, seenPosts, manualFigures] = await Promise.all([
    sources.has('profiles')
      ? profileSnapshotsOf(db, network, handles, from, to, query.boundsOnly)
      : none<ProfileSnapshot>(),
    needsOwn ? ownPostsOf(db, network, handles, from, to) : none<Post>(),
    needsOwn && query.withPostSnapshots !== false
      ? postSnapshotsOf(db, network, handles, from, to)
      : none<PostSnapshot>(),
    sources.has('seenPosts') ? seenPostsOf(db, network, from, to) : none<Post>(),
    sources.has('manual') ? manualFiguresOf(db, network, handles, from, to) : none<ManualFigure>(),
  ]);
  return {
    accounts: query.accounts.filter((a) => a.network === network),
    posts: uniquePosts([ownPosts, seenPosts]),
    postSnapshots,
    profileSnapshots,
    manualFigures,
    trackedHashtags: [...query.trackedHashtags],
  };
}
