import { liveQuery } from 'dexie';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { REJECTED_COUNTER } from '../../../lib/db/database';
import { REJECTED_COUNTER as RECEIVE_COUNTER } from '../../../lib/db/receive';
import { computeKpi } from '../../../lib/kpi';
import type { Objective } from '../../../lib/model/objectives';
import { windowForTarget } from '../../../lib/ui/kpi-view';
import { fetchKey, loadObjectivesData } from '../../../lib/ui/objective-views';
import { countingDatabase, daysBefore, interactions, post, profileSnapshot } from '../components/fixtures';

const NOW = '2026-06-30T12:00:00.000Z';

function objective(over: Partial<Objective> = {}): Objective {
  return {
    id: 'o1',
    kind: 'growth',
    accounts: [{ network: 'x', handle: 'acme' }],
    kpis: [
      { kpi: 'followers', network: 'x', target: 2000, deadline: daysBefore(NOW, -60) },
      { kpi: 'followerGrowthRate', network: 'x', target: 5, deadline: daysBefore(NOW, -60) },
    ],
    active: true,
    createdAt: daysBefore(NOW, 20),
    ...over,
  };
}

let db: KpiLensDatabase;
let reads: Awaited<ReturnType<typeof countingDatabase>>['reads'];
beforeEach(async () => {
  ({ db, reads } = await countingDatabase());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const followers = Array.from({ length: 60 }, (_, d) => profileSnapshot('acme', daysBefore(NOW, d), 1000 - d));

describe('loadObjectivesData', () => {
  it('reads the objectives oldest first, paused ones too, and the data of the active ones only', async () => {
    await db.profileSnapshots.bulkAdd(followers);
    await db.objectives.bulkAdd([
      objective({ id: 'late', createdAt: daysBefore(NOW, 5) }),
      objective({ id: 'early' }),
      objective({
        id: 'paused',
        active: false,
        accounts: [{ network: 'instagram', handle: 'acme' }],
        kpis: [{ kpi: 'followers', network: 'instagram', target: 1, deadline: daysBefore(NOW, -1) }],
      }),
    ]);
    const loaded = await loadObjectivesData(db, NOW);
    // By creation time; 'early' and 'paused' were created at the same time (then by id).
    expect(loaded.objectives.map((o) => o.id)).toEqual(['early', 'paused', 'late']);
    expect(loaded.fetchedFor).toBe(NOW);
    // Two active objectives with different windows; the paused one is not fetched.
    expect(loaded.data.size).toBe(2);
    for (const data of loaded.data.values())
      expect(data.accounts).toEqual([{ network: 'x', handle: 'acme' }]);
  });

  it('fetches once for two KPIs that read the same sources over the same window', async () => {
    await db.profileSnapshots.bulkAdd(followers);
    await db.objectives.add(objective());
    reads.rows = {};
    reads.cursors = {};
    const loaded = await loadObjectivesData(db, NOW);
    expect(loaded.data.size).toBe(1);
    const o = objective();
    const [a, b] = o.kpis.map((t) => fetchKey(windowForTarget(o, t, NOW, [])));
    expect(a).toBe(b);
    // The window read once, not twice: the 20 days measured and the start of the 20 before them in
    // full, and one single-row cursor each for the baseline and the previous period's first and last
    // readings (both KPIs read only a past period's bounds).
    const { from, boundsOnly } = windowForTarget(o, o.kpis[0]!, NOW, []);
    const dense = followers.filter(
      (s) => (s.capturedAt > from && s.capturedAt <= boundsOnly!.from) || s.capturedAt > boundsOnly!.until,
    ).length;
    expect(dense).toBe(21);
    expect(reads.rows.profileSnapshots).toBe(dense);
    expect(reads.cursors.profileSnapshots).toBe(3);
    // And the shared data gives each KPI what its own fetch would.
    const data = loaded.data.get(a!)!;
    const input = { ...data, network: 'x' as const, period: { start: daysBefore(NOW, 20), end: NOW } };
    expect(computeKpi('followers', input)?.value).toBe(1000);
  });

  it('keeps apart KPIs of other sources over the same window', async () => {
    await db.profileSnapshots.bulkAdd(followers);
    await db.posts.add(
      post({ postId: 'p1', publishedAt: daysBefore(NOW, 3), latestMetrics: interactions(10, 1, 1, 100) }),
    );
    const o = objective({
      kpis: [
        { kpi: 'followers', network: 'x', target: 2000, deadline: daysBefore(NOW, -60) },
        {
          kpi: 'engagementRate',
          network: 'x',
          target: 5,
          deadline: daysBefore(NOW, -60),
          denominator: 'views',
        },
      ],
    });
    await db.objectives.add(o);
    const loaded = await loadObjectivesData(db, NOW);
    const [followersKey, engagementKey] = o.kpis.map((t) => fetchKey(windowForTarget(o, t, NOW, [])));
    expect(followersKey).not.toBe(engagementKey);
    expect(loaded.data.get(followersKey!)?.posts).toEqual([]);
    expect(loaded.data.get(engagementKey!)?.posts.map((p) => p.postId)).toEqual(['p1']);
  });

  it('runs again, live, when a reading lands in a window it read', async () => {
    await db.profileSnapshots.bulkAdd(followers);
    await db.objectives.add(objective());
    const seen: number[] = [];
    const subscription = liveQuery(() => loadObjectivesData(db, NOW)).subscribe((loaded) => {
      const data = [...loaded.data.values()][0]!;
      seen.push(Math.max(...data.profileSnapshots.map((s) => s.metrics.followers?.value ?? 0)));
    });
    await vi.waitFor(() => expect(seen).toEqual([1000]));
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(NOW, 0.01), 1234));
    await vi.waitFor(() => expect(seen).toEqual([1000, 1234]));
    subscription.unsubscribe();
  });
});

it('the popup reads the rejected-messages counter under the name the background writes', () => {
  expect(REJECTED_COUNTER).toBe(RECEIVE_COUNTER);
});
