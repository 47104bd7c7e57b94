// The benchmark page (bench builds only): gives scripts/bench.mjs handles on the extension's own
// origin, where the database lives.
import { browser } from 'wxt/browser';
import Dexie, { liveQuery } from 'dexie';
import { getDatabase, KpiLensDatabase } from '../../lib/db/database';
import { seedYear } from '../../lib/bench/year-of-data';
import { loadKpiData } from '../../lib/db/kpi-data';
import { storeSummary } from '../../lib/db/queries';
import { windowForTarget } from '../../lib/ui/kpi-view';
import { overviewPeriod } from '../../lib/ui/network-overview';
import { loadObjectivesData } from '../../lib/ui/objective-views';
import { ReadingsMessageSchema, type PostReading, type ReadingsMessage } from '../../lib/model/messages';
import type { Network, Post } from '../../lib/model/records';
import { ingestBatch } from '../../lib/db/ingest';

function readings(n: number, offset: number): PostReading[] {
  const capturedAt = new Date().toISOString();
  return Array.from({ length: n }, (_, i) => {
    const k = offset + i;
    const likes = { value: k % 997, raw: String(k % 997), min: k % 997, max: k % 997 };
    return {
      kind: 'post',
      network: 'x',
      postId: `bench-${k}`,
      url: `https://x.com/bench/status/${k}`,
      author: `author${k % 40}`,
      hashtags: [],
      mentions: [],
      metrics: { likes, comments: likes, shares: likes, views: likes },
      capturedAt,
      pageUrl: 'https://x.com/home',
      locale: 'en',
      parserVersion: 1,
    };
  });
}

const api = {
  async clear(): Promise<void> {
    const db = getDatabase();
    await Promise.all(db.tables.map((t) => t.clear()));
  },
  seedYear: (seed: number) => seedYear(getDatabase(), seed, new Date()),
  async counts(): Promise<Record<string, number>> {
    const db = getDatabase();
    const out: Record<string, number> = {};
    for (const t of db.tables) out[t.name] = await t.count();
    return out;
  },
  /** Readings per second through the background (message → Zod → ingest → Dexie), batches of 50. */
  async ingestViaBackground(total: number, batchSize = 50, inFlight = 4): Promise<number> {
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const offset = next;
        next += batchSize;
        const message: ReadingsMessage = {
          type: 'readings',
          batchId: `bench-${crypto.randomUUID()}`,
          readings: readings(Math.min(batchSize, total - offset), offset),
        };
        const answer = (await browser.runtime.sendMessage(message)) as { ok?: boolean };
        if (!answer?.ok) throw new Error(`ingest failed: ${JSON.stringify(answer)}`);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return total / ((performance.now() - started) / 1000);
  },
  /**
   * Where the pipeline's time goes: the same batches validated with Zod and written by the ingest
   * code in this page (no messaging), one after the other. Readings per second.
   */
  async ingestDirect(
    total: number,
    batchSize = 50,
  ): Promise<{ zodPerSecond: number; ingestPerSecond: number }> {
    const scratch = new KpiLensDatabase(`bench-direct-${Date.now()}`);
    await scratch.open();
    let zodMs = 0;
    let ingestMs = 0;
    for (let offset = 0; offset < total; offset += batchSize) {
      const message: ReadingsMessage = {
        type: 'readings',
        batchId: `bench-${crypto.randomUUID()}`,
        readings: readings(Math.min(batchSize, total - offset), offset),
      };
      let t = performance.now();
      const parsed = ReadingsMessageSchema.parse(message);
      zodMs += performance.now() - t;
      t = performance.now();
      await ingestBatch(scratch, parsed, { snapshotIntervalMinutes: 60 });
      ingestMs += performance.now() - t;
    }
    await scratch.delete();
    return { zodPerSecond: total / (zodMs / 1000), ingestPerSecond: total / (ingestMs / 1000) };
  },
  /**
   * The floor: the same readings written with a bare Dexie bulkPut into a scratch database.
   * `rows: 'snapshots'` writes only the snapshot rows (one row per reading); `rows: 'stored'` writes
   * every row the pipeline stores for a reading (its snapshot and its post's latest figures), in
   * one transaction per batch, without reading anything first. `rows: 'unindexed'` writes those
   * same rows into tables with a primary key and no index at all: what two rows a reading cost
   * before any index is kept (the storage target's floor on this machine). `rows: 'one-row'` is
   * the model the storage target would need (not the shipped one): each post's row, with the same
   * indexes, carries its snapshots in an array, so a reading costs one row: one bulkGet and one
   * bulkPut of the batch's posts in one transaction, as the ingest would do.
   */
  async bareBulkPut(
    total: number,
    batchSize = 50,
    rows: 'snapshots' | 'stored' | 'unindexed' | 'one-row' = 'snapshots',
  ): Promise<number> {
    const name = `bench-scratch-${Date.now()}`;
    let scratch: KpiLensDatabase;
    if (rows === 'unindexed') {
      // A plain Dexie with the same table names and primary keys, and no secondary index.
      const bare = new Dexie(name);
      bare.version(1).stores({ posts: '[network+postId]', postSnapshots: '++id' });
      scratch = bare as unknown as KpiLensDatabase;
    } else {
      scratch = new KpiLensDatabase(name);
    }
    await scratch.open();
    const started = performance.now();
    for (let offset = 0; offset < total; offset += batchSize) {
      const batch = readings(Math.min(batchSize, total - offset), offset);
      const snapshots = batch.map((r) => ({
        network: r.network,
        postId: r.postId,
        author: r.author ?? '',
        metrics: r.metrics,
        capturedAt: r.capturedAt,
        pageUrl: r.pageUrl,
        locale: r.locale,
        parserVersion: r.parserVersion,
      }));
      if (rows === 'snapshots') {
        await scratch.postSnapshots.bulkPut(snapshots);
        continue;
      }
      if (rows === 'one-row') {
        await scratch.transaction('rw', scratch.posts, async () => {
          const stored = await scratch.posts.bulkGet(
            batch.map((r) => [r.network, r.postId] as [Network, string]),
          );
          const posts = batch.map((r, i) => {
            const { network, postId, author, ...snapshot } = snapshots[i]!;
            const before = stored[i] as (Post & { history?: unknown[] }) | undefined;
            return {
              network,
              postId,
              author,
              url: r.url,
              hashtags: r.hashtags,
              mentions: r.mentions,
              firstSeenAt: before?.firstSeenAt ?? r.capturedAt,
              lastSeenAt: r.capturedAt,
              lastSnapshotAt: r.capturedAt,
              latestMetrics: r.metrics,
              history: [...(before?.history ?? []), snapshot],
            };
          });
          await scratch.posts.bulkPut(posts);
        });
        continue;
      }
      const posts = batch.map((r) => ({
        network: r.network,
        postId: r.postId,
        url: r.url,
        author: r.author ?? '',
        hashtags: r.hashtags,
        mentions: r.mentions,
        firstSeenAt: r.capturedAt,
        lastSeenAt: r.capturedAt,
        lastSnapshotAt: r.capturedAt,
        latestMetrics: r.metrics,
      }));
      await scratch.transaction('rw', [scratch.posts, scratch.postSnapshots], () =>
        Promise.all([scratch.postSnapshots.bulkPut(snapshots), scratch.posts.bulkPut(posts)]),
      );
    }
    const rate = total / ((performance.now() - started) / 1000);
    await scratch.delete();
    return rate;
  },
  /** How long each of the popup's loaders takes on the stored data, one after the other. */
  async timeLoaders(): Promise<Record<string, number>> {
    const db = getDatabase();
    const now = new Date().toISOString();
    const out: Record<string, number> = {};
    const time = async (name: string, fn: () => Promise<unknown>) => {
      const t = performance.now();
      await fn();
      out[name] = Math.round((performance.now() - t) * 10) / 10;
    };
    const objectives = await db.objectives.toArray();
    for (const o of objectives) {
      for (const target of o.kpis) {
        await time(`${o.id}:${target.kpi}`, () => loadKpiData(db, windowForTarget(o, target, now, [])));
      }
    }
    const accounts = await db.accounts.toArray();
    for (const a of accounts) {
      const period = overviewPeriod(now);
      await time(`overview:${a.network}`, () =>
        loadKpiData(db, {
          accounts: [a],
          network: a.network,
          from: period.start,
          to: now,
          trackedHashtags: [],
          kpis: ['followers', 'engagementRate'],
          withPostSnapshots: false,
        }),
      );
    }
    await time('summary', () => storeSummary(db));
    return out;
  },
  /**
   * The popup's objectives query (objectives and every active target's data, one transaction):
   * median ms of `runs`, read once directly and once as the first result of a live query (which
   * also records what it read, to know when to run again).
   */
  async timeObjectivesData(runs = 7): Promise<{ directMs: number; liveMs: number }> {
    const db = getDatabase();
    const now = new Date().toISOString();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const direct: number[] = [];
    const live: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      await loadObjectivesData(db, now);
      direct.push(performance.now() - t);
      t = performance.now();
      await new Promise<void>((resolve, reject) => {
        const subscription = liveQuery(() => loadObjectivesData(db, now)).subscribe({
          next: () => {
            resolve();
            queueMicrotask(() => subscription.unsubscribe());
          },
          error: reject,
        });
      });
      live.push(performance.now() - t);
    }
    return { directMs: median(direct), liveMs: median(live) };
  },
  dexieVersion: Dexie.version,
};

(globalThis as unknown as { kpiBench: typeof api }).kpiBench = api;
document.title = 'ready';
