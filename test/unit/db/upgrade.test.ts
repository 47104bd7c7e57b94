import Dexie from 'dexie';
import { KpiLensDatabase, SCHEMA_VERSIONS } from '../../../lib/db/database';

/**
 * Each shipped schema, frozen as it shipped. A version's stores must never change once
 * released; the next version adds its own entry (and an upgrade) instead.
 */
const SHIPPED: Record<number, Record<string, string | null>> = {
  1: {
    posts: '[network+postId], [network+author], [network+publishedAt], [network+lastSeenAt], lastSeenAt',
    postSnapshots:
      '++id, [network+postId+capturedAt], [network+author+capturedAt], [network+capturedAt], capturedAt',
    profileSnapshots: '++id, [network+handle+capturedAt], [network+capturedAt], capturedAt',
    accounts: '[network+handle], network',
    objectives: 'id, createdAt',
    manualFigures: 'id, [network+handle], periodStart',
    batches: 'batchId, receivedAt',
    counters: 'name',
  },
  2: {
    posts:
      '[network+postId], [network+author], [network+publishedAt], [network+lastSeenAt], lastSeenAt, [network+author+publishedAt]',
  },
};

/** The full set of stores at a version: each version lists only the tables it changes. */
function storesAt(version: number): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let v = 1; v <= version; v++) Object.assign(out, SHIPPED[v]);
  return out;
}

describe('database schema versions', () => {
  it('keeps every shipped version, unchanged and in order', () => {
    for (const [version, stores] of Object.entries(SHIPPED)) {
      const kept = SCHEMA_VERSIONS.find((v) => v.version === Number(version));
      expect(kept?.stores, `version ${version}`).toEqual(stores);
    }
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  for (const version of Object.keys(SHIPPED)) {
    it(`opens a database written at v${version} with every row kept and indexes usable`, async () => {
      const name = `upgrade-${version}-${Math.random()}`;
      const old = new Dexie(name);
      old.version(Number(version)).stores(storesAt(Number(version)));
      await old.open();
      await old.table('posts').put({
        network: 'x',
        postId: '1',
        url: 'https://x.com/a/status/1',
        author: 'a',
        hashtags: [],
        mentions: [],
        publishedAt: '2025-12-31T00:00:00.000Z',
        firstSeenAt: '2026-01-01T00:00:00.000Z',
        lastSeenAt: '2026-01-01T00:00:00.000Z',
        latestMetrics: { likes: { value: 3, raw: '3', min: 3, max: 3 } },
      });
      await old.table('postSnapshots').add({
        network: 'x',
        postId: '1',
        author: 'a',
        metrics: { likes: { value: 3, raw: '3', min: 3, max: 3 } },
        capturedAt: '2026-01-01T00:00:00.000Z',
        pageUrl: 'https://x.com/home',
        locale: 'en',
        parserVersion: 1,
      });
      old.close();

      const current = new KpiLensDatabase(name);
      await current.open();
      expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
      expect((await current.posts.get(['x', '1']))?.latestMetrics.likes?.value).toBe(3);
      const history = await current.postSnapshots
        .where('[network+author+capturedAt]')
        .between(['x', 'a', Dexie.minKey], ['x', 'a', Dexie.maxKey])
        .toArray();
      expect(history).toHaveLength(1);
      // v2's index answers for posts written before it existed.
      const published = await current.posts
        .where('[network+author+publishedAt]')
        .between(['x', 'a', '2025-01-01'], ['x', 'a', '2026-01-01'])
        .toArray();
      expect(published.map((p) => p.postId)).toEqual(['1']);
      await current.delete();
    });
  }
});
