import { KpiLensDatabase } from '../../../lib/db/database';
import { loadKpiData, sourcesOf } from '../../../lib/db/kpi-data';
import { computeKpi } from '../../../lib/kpi';
import { daysBefore, interactions, post, postSnapshot, profileSnapshot } from '../components/fixtures';

const NOW = '2026-06-30T12:00:00.000Z';
const FROM = daysBefore(NOW, 30);
const acme = [{ network: 'x' as const, handle: 'acme' }];

let db: KpiLensDatabase;
beforeEach(async () => {
  db = new KpiLensDatabase(`t-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const query = (over: Partial<Parameters<typeof loadKpiData>[1]> = {}) => ({
  accounts: acme,
  network: 'x' as const,
  from: FROM,
  to: NOW,
  trackedHashtags: [],
  ...over,
});

describe('loadKpiData', () => {
  it('fetches the profile readings of the period and the last one before it, for the accounts only', async () => {
    await db.profileSnapshots.bulkAdd([
      profileSnapshot('acme', daysBefore(NOW, 60), 900),
      profileSnapshot('acme', daysBefore(NOW, 40), 950), // the baseline: last before the window
      profileSnapshot('acme', daysBefore(NOW, 10), 1000),
      profileSnapshot('acme', daysBefore(NOW, -1), 1100), // after the window
      profileSnapshot('rival', daysBefore(NOW, 10), 5000),
      profileSnapshot('acme', daysBefore(NOW, 10), 42, 'instagram'),
    ]);
    const data = await loadKpiData(db, query({ kpis: ['followerNetChange'] }));
    expect(data.profileSnapshots.map((s) => s.metrics.followers?.value).sort()).toEqual([1000, 950]);
    expect(
      computeKpi('followerNetChange', { ...data, network: 'x', period: { start: FROM, end: NOW } })?.value,
    ).toBe(50);
  });

  it('fetches the accounts’ posts published in the period and their snapshots taken in it', async () => {
    await db.posts.bulkAdd([
      post({ postId: 'old', publishedAt: daysBefore(NOW, 45) }),
      post({ postId: 'new', publishedAt: daysBefore(NOW, 5) }),
      post({ postId: 'undated', firstSeenAt: daysBefore(NOW, 5) }),
      post({ postId: 'theirs', author: 'rival', publishedAt: daysBefore(NOW, 5) }),
    ]);
    await db.postSnapshots.bulkAdd([
      postSnapshot('old', daysBefore(NOW, 44), interactions(1, 1, 1)),
      postSnapshot('new', daysBefore(NOW, 4), interactions(10, 2, 1)),
      postSnapshot('theirs', daysBefore(NOW, 4), interactions(9, 9, 9), 'rival'),
    ]);
    const data = await loadKpiData(db, query({ kpis: ['averageLikes'] }));
    expect(data.posts.map((p) => p.postId)).toEqual(['new']);
    expect(data.postSnapshots.map((s) => s.postId)).toEqual(['new']);
    expect(data.profileSnapshots).toEqual([]);
    expect(data.manualFigures).toEqual([]);
  });

  it('fetches posts by anyone seen in the period for mentions and hashtags, dated or first seen in it', async () => {
    await db.posts.bulkAdd([
      post({ postId: 'm1', author: 'fan', mentions: ['acme'], publishedAt: daysBefore(NOW, 3) }),
      post({ postId: 'm2', author: 'fan', mentions: ['acme'], firstSeenAt: daysBefore(NOW, 2) }),
      post({ postId: 'm3', author: 'fan', mentions: ['acme'], publishedAt: daysBefore(NOW, 90) }),
      post({
        postId: 'm4',
        author: 'fan',
        mentions: ['acme'],
        firstSeenAt: daysBefore(NOW, 90),
        lastSeenAt: daysBefore(NOW, 1),
      }),
    ]);
    const data = await loadKpiData(db, query({ kpis: ['mentions'] }));
    expect(data.posts.map((p) => p.postId).sort()).toEqual(['m1', 'm2']);
    expect(computeKpi('mentions', { ...data, network: 'x', period: { start: FROM, end: NOW } })?.value).toBe(
      2,
    );
  });

  it('fetches hand-entered figures of the accounts and of the whole network that overlap the period', async () => {
    const figure = (id: string, start: number, end: number, extra: object = {}) => ({
      id,
      network: 'x' as const,
      metric: 'clicks' as const,
      value: 10,
      periodStart: daysBefore(NOW, start),
      periodEnd: daysBefore(NOW, end),
      ...extra,
    });
    await db.manualFigures.bulkAdd([
      figure('mine', 20, 10, { handle: 'acme' }),
      figure('network', 25, 5),
      figure('before', 90, 60, { handle: 'acme' }),
      figure('rival', 20, 10, { handle: 'rival' }),
      figure('instagram', 20, 10, { network: 'instagram', handle: 'acme' }),
    ]);
    const data = await loadKpiData(db, query({ kpis: ['clicks'] }));
    expect(data.manualFigures.map((m) => m.id).sort()).toEqual(['mine', 'network']);
  });

  it('accepts handles as typed (@, capitals) and fetches nothing a KPI does not read', async () => {
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(NOW, 2), 10));
    await db.posts.add(post({ postId: 'p', publishedAt: daysBefore(NOW, 2) }));
    const data = await loadKpiData(
      db,
      query({ accounts: [{ network: 'x', handle: '@Acme' }], kpis: ['followers'] }),
    );
    expect(data.profileSnapshots).toHaveLength(1);
    expect(data.posts).toEqual([]);
    expect([...sourcesOf(['engagementRate'])].sort()).toEqual(['ownPosts', 'profiles']);
  });

  it('gives the engine what it needs for the same result as the whole history', async () => {
    const profiles = [
      profileSnapshot('acme', daysBefore(NOW, 200), 800),
      profileSnapshot('acme', daysBefore(NOW, 31), 1000),
      profileSnapshot('acme', daysBefore(NOW, 12), 1040),
    ];
    const posts = [
      post({ postId: 'a', publishedAt: daysBefore(NOW, 20) }),
      post({ postId: 'b', publishedAt: daysBefore(NOW, 10) }),
      post({ postId: 'c', publishedAt: daysBefore(NOW, 100) }),
    ];
    const snapshots = [
      postSnapshot('a', daysBefore(NOW, 19), interactions(40, 5, 5, 2000)),
      postSnapshot('b', daysBefore(NOW, 9), interactions(60, 10, 2, 3000)),
      postSnapshot('c', daysBefore(NOW, 99), interactions(1, 1, 1, 10)),
    ];
    await db.profileSnapshots.bulkAdd(profiles);
    await db.posts.bulkAdd(posts);
    await db.postSnapshots.bulkAdd(snapshots);
    const period = { start: FROM, end: NOW };
    const everything = {
      accounts: acme,
      posts,
      postSnapshots: snapshots,
      profileSnapshots: profiles,
      manualFigures: [],
      trackedHashtags: [],
    };
    for (const kpi of ['engagementRate', 'followerGrowthRate', 'averageViews', 'virality']) {
      const loaded = await loadKpiData(db, query({ kpis: [kpi] }));
      expect(computeKpi(kpi, { ...loaded, network: 'x', period })).toEqual(
        computeKpi(kpi, { ...everything, network: 'x', period }),
      );
    }
  });

  it('reads a month out of a year of readings by index, without reading the rest', async () => {
    // Count what the database hands back, below Dexie's API: rows returned by queries, and cursors opened.
    const reads = { rows: 0, cursors: 0 };
    const counted = new KpiLensDatabase(`t-${Math.random()}`);
    counted.use({
      stack: 'dbcore',
      name: 'count-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'postSnapshots') return table;
          return {
            ...table,
            query: async (req) => {
              const res = await table.query(req);
              reads.rows += res.result.length;
              return res;
            },
            openCursor: (req) => {
              reads.cursors++;
              return table.openCursor(req);
            },
          };
        },
      }),
    });
    await counted.open();
    // A year of hourly readings of two posts: 17,520 snapshots, of which a month is wanted.
    const rows = [];
    for (let h = 0; h < 365 * 24; h++) {
      const at = new Date(Date.parse(NOW) - h * 3600_000).toISOString();
      for (let p = 0; p < 2; p++) rows.push(postSnapshot(`p${p}`, at, interactions(h, 1, 1)));
    }
    await counted.postSnapshots.bulkAdd(rows);
    reads.rows = 0;
    const data = await loadKpiData(counted, query({ kpis: ['averageLikes'] }));
    expect(data.postSnapshots).toHaveLength(30 * 24 * 2);
    expect(reads).toEqual({ rows: 30 * 24 * 2, cursors: 0 });
    await counted.delete();
  });
});
