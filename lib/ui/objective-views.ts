import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { KpiLensDatabase } from '../db/database';
import { loadKpiData, sourcesOf, type KpiDataQuery } from '../db/kpi-data';
import type { KpiData } from '../kpi';
import type { KpiTarget, Objective } from '../model/objectives';
import { targetView, windowForTarget, type TargetView } from './kpi-view';
import { useClock } from './use-now';

/**
 * The popup's objectives and the data of every active target, fetched together: one live query,
 * one read-only transaction, no round trip through a render between reading the objectives and
 * reading their periods. Targets that need the same sources over the same window (an objective's
 * follower count and follower growth on one account, say) share one fetch.
 */
export interface ObjectivesData {
  /** Every objective, oldest first (paused ones too: the popup says how many are paused). */
  objectives: Objective[];
  /** The data of each active target, by `fetchKey` of its window. */
  data: ReadonlyMap<string, KpiData>;
  /** The time the windows were computed for. */
  fetchedFor: string;
}

/**
 * Targets whose windows have the same key read exactly the same rows. A window that leaves out a
 * past period's readings between its bounds is never shared with one that needs them all.
 */
export function fetchKey(query: KpiDataQuery): string {
  const { accounts, network, from, to, withPostSnapshots, boundsOnly } = query;
  const sources = [...sourcesOf(query.kpis)].sort();
  return JSON.stringify([
    accounts,
    network,
    from,
    to,
    withPostSnapshots ?? true,
    sources,
    boundsOnly ?? null,
  ]);
}

/** What a target fetches; tracked hashtags only matter to the computation, so they are left out. */
function fetchOf(objective: Objective, target: KpiTarget, now: string): KpiDataQuery {
  return windowForTarget(objective, target, now, []);
}

export async function loadObjectivesData(db: KpiLensDatabase, now: string): Promise<ObjectivesData> {
  return db.transaction(
    'r',
    [db.objectives, db.profileSnapshots, db.posts, db.postSnapshots, db.manualFigures],
    async () => {
      const objectives = await db.objectives.orderBy('createdAt').toArray();
      const queries = new Map<string, KpiDataQuery>();
      for (const objective of objectives.filter((o) => o.active)) {
        for (const target of objective.kpis) {
          const query = fetchOf(objective, target, now);
          const key = fetchKey(query);
          const known = queries.get(key);
          // Same sources, same window: one fetch for both KPIs.
          queries.set(key, known ? { ...known, kpis: [...(known.kpis ?? []), target.kpi] } : query);
        }
      }
      const loaded = await Promise.all(
        [...queries].map(async ([key, query]) => [key, await loadKpiData(db, query)] as const),
      );
      return { objectives, data: new Map(loaded), fetchedFor: now };
    },
  );
}

type Loaded = ObjectivesData & { at: string };

/** The objectives' data for `now`, stamped with the time it was read (data may be newer than `now`). */
async function loadStamped(db: KpiLensDatabase, now: string, clock: () => string): Promise<Loaded> {
  return { ...(await loadObjectivesData(db, now)), at: clock() };
}

/**
 * The popup's objectives query, started before React's first render: `main.tsx` starts it as soon
 * as the database code is evaluated, so the first figures do not wait for a render, an effect and
 * a subscription (≈ 15–20 ms of the popup's opening). It is a live query like the hook's own, so
 * it follows every change of what it read; the hook uses it while the popup's clock still reads
 * `now`, then stops it and queries for the new time itself.
 */
export interface ObjectivesFeed {
  readonly now: string;
  /** The last result (undefined until the first), or failed: the hook then queries itself. */
  get: () => FeedState;
  subscribe: (listener: () => void) => () => void;
  stop: () => void;
}

export interface FeedState {
  loaded?: Loaded;
  failed?: boolean;
  /** Stopped: what it holds no longer follows the database, whatever time is asked for. */
  stopped?: boolean;
}

export function startObjectivesFeed(db: KpiLensDatabase, now: string, clock: () => string): ObjectivesFeed {
  let state: FeedState = {};
  const listeners = new Set<() => void>();
  const set = (next: FeedState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const subscription = liveQuery(() => loadStamped(db, now, clock)).subscribe({
    next: (loaded) => set({ loaded }),
    error: () => set({ ...state, failed: true }),
  });
  return {
    now,
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      subscription.unsubscribe();
      if (!state.stopped) set({ ...state, stopped: true });
    },
  };
}

const NO_FEED_STATE: FeedState = { failed: true };
const NO_FEED = {
  get: () => NO_FEED_STATE,
  subscribe: () => () => undefined,
};

export interface ObjectiveViews {
  objectives: Objective[];
  active: Objective[];
  /** Each active objective's targets, in order, by objective id. */
  views: ReadonlyMap<string, TargetView[]>;
}

/**
 * Every active target's progress, live: refetched whenever the database changes in a way that
 * touches any of the periods read, recomputed when the clock or the tracked hashtags change.
 */
export function useObjectiveViews(
  db: KpiLensDatabase,
  now: string,
  trackedHashtags: readonly string[],
  feed?: ObjectivesFeed,
): ObjectiveViews | undefined {
  const clock = useClock();
  // The feed serves the time it was started for; from the clock's next tick (or if it failed), the
  // hook's own query.
  const source = feed ?? NO_FEED;
  const fed = useSyncExternalStore(source.subscribe, source.get);
  const fromFeed = feed !== undefined && feed.now === now && !fed.failed && !fed.stopped;
  const own = useLiveQuery(
    async (): Promise<Loaded | null> => (fromFeed ? null : loadStamped(db, now, clock)),
    [db, now, clock, fromFeed],
  );
  // Not on unmount: React's development double mount would stop it for good.
  useEffect(() => {
    if (feed && !fromFeed) feed.stop();
  }, [feed, fromFeed]);
  // Until the new time's first result, the last one stays on screen (its windows say what it was for).
  const loaded = fromFeed ? fed.loaded : (own ?? fed.loaded);
  // By value: the settings' array is a new one on every load of the settings, the same tags.
  const tagsKey = JSON.stringify(trackedHashtags);
  return useMemo(() => {
    if (!loaded) return undefined;
    const tags = JSON.parse(tagsKey) as string[];
    // Data captured since the clock's last tick counts: compute at the later of the two.
    const at = loaded.at > now ? loaded.at : now;
    const active = loaded.objectives.filter((o) => o.active);
    const views = new Map<string, TargetView[]>();
    for (const objective of active) {
      views.set(
        objective.id,
        objective.kpis.flatMap((target) => {
          // Keys as fetched: until a new clock tick's fetch lands, the last one is what there is.
          const data = loaded.data.get(fetchKey(fetchOf(objective, target, loaded.fetchedFor)));
          // Never expected (the same function keyed the fetch), but a missing figure is left out,
          // never a reason to blank the whole popup.
          if (!data) return [];
          return [targetView(objective, target, { ...data, trackedHashtags: tags }, at)];
        }),
      );
    }
    return { objectives: loaded.objectives, active, views };
  }, [loaded, now, tagsKey]);
}
