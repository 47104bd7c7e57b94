// The benchmark page (bench builds only): gives scripts/bench.mjs handles on the extension's own
// origin, where the database lives.
import { browser } from 'wxt/browser';
import Dexie from 'dexie';
import { getDatabase, KpiLensDatabase } from '../../lib/db/database';
import { seedYear } from '../../lib/bench/year-of-data';
import type { PostReading, ReadingsMessage } from '../../lib/model/messages';

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
  /** The floor: the same rows written with a bare Dexie bulkPut into a scratch database. */
  async bareBulkPut(total: number, batchSize = 50): Promise<number> {
    const scratch = new KpiLensDatabase(`bench-scratch-${Date.now()}`);
    await scratch.open();
    const started = performance.now();
    for (let offset = 0; offset < total; offset += batchSize) {
      const rows = readings(Math.min(batchSize, total - offset), offset).map((r) => ({
        network: r.network,
        postId: r.postId,
        author: r.author ?? '',
        metrics: r.metrics,
        capturedAt: r.capturedAt,
        pageUrl: r.pageUrl,
        locale: r.locale,
        parserVersion: r.parserVersion,
      }));
      await scratch.postSnapshots.bulkPut(rows);
    }
    const rate = total / ((performance.now() - started) / 1000);
    await scratch.delete();
    return rate;
  },
  dexieVersion: Dexie.version,
};

(globalThis as unknown as { kpiBench: typeof api }).kpiBench = api;
document.title = 'ready';
