// A past period that a KPI reads only at its bounds (KpiDefinition.readsAtBounds) is fetched as
// its first and last readings, not all of them. These tests hold the popup's figures computed from
// that thinned fetch to the figures the engine gives over the account's whole history, on seeded
// random histories: readings that lack the figure, several readings at one instant, targets with and
// without a start, deadlines past and to come, and every instant of the popup's five-minute margin.
import type { KpiLensDatabase } from '../../../lib/db/database';
import { loadKpiData } from '../../../lib/db/kpi-data';
import { seededRandom } from '../../../lib/bench/year-of-data';
import { getKpi, KPI_IDS, measuredPeriod, previousPeriod } from '../../../lib/kpi';
import type { KpiTarget, Objective } from '../../../lib/model/objectives';
import type { Network, ProfileMetricName, ProfileSnapshot } from '../../../lib/model/records';
import { targetView, windowForTarget } from '../../../lib/ui/kpi-view';
import { countingDatabase, daysBefore, profileSnapshot } from '../components/fixtures';

const NOW = '2026-06-30T12:00:00.000Z';
const DAY = 86_400_000;
const MARGIN_MS = 5 * 60 * 1000;

let db: KpiLensDatabase;
let reads: Awaited<ReturnType<typeof countingDatabase>>['reads'];
beforeEach(async () => {
  ({ db, reads } = await countingDatabase());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const BOUNDS_KPIS = KPI_IDS.filter((id) => getKpi(id)?.readsAtBounds !== undefined);

function reading(value: number) {
  return { value, raw: String(value), min: value, max: value };
}

/** An account's readings over 200 days, with gaps, bursts, ties and readings without `metric`. */
function history(random: () => number, network: Network, handle: string, metric: ProfileMetricName) {
  const out: ProfileSnapshot[] = [];
  let value = 1000 + Math.floor(random() * 5000);
  // Some accounts were first read inside the previous period: no baseline before it.
  let t = Date.parse(NOW) - (random() < 0.7 ? 200 : 10 + random() * 150) * DAY;
  while (t < Date.parse(NOW) + 30 * DAY) {
    // From a few minutes to a few days apart; now and then two readings at the same instant.
    t += random() < 0.1 ? 0 : Math.floor(random() < 0.2 ? random() * 10 * 60_000 : random() * 3 * DAY);
    value += Math.floor(random() * 40) - 15;
    const other: ProfileMetricName = metric === 'followers' ? 'following' : 'followers';
    const metrics = random() < 0.2 ? { [other]: reading(7) } : { [metric]: reading(value) };
    out.push({ ...profileSnapshot(handle, new Date(t).toISOString(), 0, network), metrics });
  }
  return out;
}

function caseOf(seed: number) {
  const random = seededRandom(seed);
  const kpi = BOUNDS_KPIS[Math.floor(random() * BOUNDS_KPIS.length)] as string;
  const definition = getKpi(kpi);
  const metric = definition?.readsAtBounds as ProfileMetricName;
  const network = definition?.networks.includes('x') ? ('x' as const) : ('linkedin' as const);
  const handles = random() < 0.5 ? ['acme'] : ['acme', 'brand'];
  const snapshots = handles.flatMap((h) => history(random, network, h, metric));
  const createdDaysAgo = Math.floor(random() * 90);
  const target: KpiTarget = {
    kpi,
    network,
    target: 100,
    deadline: daysBefore(NOW, Math.floor(random() * 120) - 60),
    ...(random() < 0.5 ? { start: daysBefore(NOW, createdDaysAgo + Math.floor(random() * 30)) } : {}),
  };
  const objective: Objective = {
    id: 'o',
    kind: 'growth',
    accounts: handles.map((handle) => ({ network, handle })),
    kpis: [target],
    active: true,
    createdAt: daysBefore(NOW, createdDaysAgo),
  };
  // Readings in the sliver the previous period's start moves through during the margin, where the
  // bounds depend on the instant the figures are computed for.
  const sliverEnd = Date.parse(previousPeriod(measuredPeriod(target, objective.createdAt, NOW)).start);
  for (const handle of handles) {
    if (random() < 0.5) continue;
    for (let i = 0; i < 1 + Math.floor(random() * 2); i++) {
      const at = new Date(sliverEnd - Math.floor(random() * MARGIN_MS)).toISOString();
      snapshots.push({ ...profileSnapshot(handle, at, 0, network), metrics: { [metric]: reading(500 + i) } });
    }
  }
  return { random, kpi, snapshots, objective, target };
}

/** An objective on @acme (X), created that many days ago; its targets are passed apart. */
function acmeObjective(createdDaysAgo: number): Objective {
  return {
    id: 'o',
    kind: 'growth',
    accounts: [{ network: 'x', handle: 'acme' }],
    kpis: [],
    active: true,
    createdAt: daysBefore(NOW, createdDaysAgo),
  };
}

describe('a past period read only at its bounds', () => {
  it('is asked for by the KPIs that read nothing else, and by no other', () => {
    expect(BOUNDS_KPIS.sort()).toEqual(
      [
        'connectionNetChange',
        'connections',
        'followerGrowthRate',
        'followerNetChange',
        'followers',
        'profileViews',
      ].sort(),
    );
    const o = acmeObjective(20);
    const losses = windowForTarget(
      o,
      { kpi: 'followerLosses', network: 'x', target: 1, deadline: NOW },
      NOW,
      [],
    );
    expect(losses.boundsOnly).toBeUndefined();
    const level = windowForTarget(o, { kpi: 'followers', network: 'x', target: 1, deadline: NOW }, NOW, []);
    expect(level.boundsOnly).toEqual({
      from: daysBefore(NOW, 40),
      until: daysBefore(NOW, 20),
      metric: 'followers',
    });
  });

  it('reads a year of daily readings as the measured period and a handful of rows', async () => {
    await db.profileSnapshots.bulkAdd(
      Array.from({ length: 365 }, (_, d) => profileSnapshot('acme', daysBefore(NOW, d), 5000 - d)),
    );
    const o = acmeObjective(90);
    const target: KpiTarget = {
      kpi: 'followerGrowthRate',
      network: 'x',
      target: 5,
      deadline: daysBefore(NOW, -30),
    };
    reads.rows = {};
    reads.cursors = {};
    const data = await loadKpiData(db, windowForTarget(o, target, NOW, []));
    // 90 days measured, and of the 90 before them: the reading at their start (the five-minute
    // sliver), their first and last readings, and the baseline before them.
    expect(reads.rows.profileSnapshots).toBe(90 + 1);
    expect(reads.cursors.profileSnapshots).toBe(3);
    expect(data.profileSnapshots.map((s) => s.capturedAt)).toEqual(
      [181, 180, 179, 90, ...Array.from({ length: 90 }, (_, i) => 89 - i)].map((d) => daysBefore(NOW, d)),
    );
    const view = targetView(o, target, data, NOW);
    // (5000 − 0) vs (5000 − 90): the current period's rate, and the previous one's from its bounds.
    expect(view.progress.current?.value).toBeCloseTo(((5000 - 4910) / 4910) * 100, 9);
    expect(view.progress.previous?.value).toBeCloseTo(((4910 - 4820) / 4820) * 100, 9);
  });

  it('gives the figures the whole history gives, on 200 seeded random histories', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { random, snapshots, objective, target } = caseOf(seed);
      await db.profileSnapshots.clear();
      await db.profileSnapshots.bulkAdd(snapshots);
      const stored = await db.profileSnapshots.toArray();
      const query = windowForTarget(objective, target, NOW, []);
      expect(query.boundsOnly, `seed ${seed}`).toBeDefined();
      const data = await loadKpiData(db, query);
      const whole = { ...data, profileSnapshots: stored };
      // The popup computes for its clock's time, up to the margin later than the fetch.
      const later = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();
      for (const at of [NOW, later(Math.floor(random() * MARGIN_MS)), later(MARGIN_MS - 1)]) {
        expect(targetView(objective, target, data, at), `seed ${seed} at ${at}`).toEqual(
          targetView(objective, target, whole, at),
        );
      }
      expect(data.profileSnapshots.length, `seed ${seed}`).toBeLessThanOrEqual(stored.length);
    }
  });
});
