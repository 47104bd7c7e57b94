import { KpiLensDatabase } from '../../../lib/db/database';
import type {
  Account,
  ManualFigure,
  MetricReading,
  Post,
  PostSnapshot,
  ProfileSnapshot,
} from '../../../lib/model/records';
import type { Objective } from '../../../lib/model/objectives';

export const exact = (n: number, raw = String(n)): MetricReading => ({ value: n, raw, min: n, max: n });

export function post(overrides: Partial<Post> = {}): Post {
  return {
    network: 'x',
    postId: '1981398750557065646',
    url: 'https://x.com/testuser123/status/1981398750557065646',
    author: 'testuser123',
    hashtags: ['kpi'],
    mentions: [],
    firstSeenAt: '2026-11-20T10:00:00.000Z',
    lastSeenAt: '2026-11-20T12:00:00.000Z',
    lastSnapshotAt: '2026-11-20T12:00:00.000Z',
    latestMetrics: { likes: exact(600) },
    ...overrides,
  };
}

export function postSnapshot(overrides: Partial<PostSnapshot> = {}): PostSnapshot {
  return {
    network: 'x',
    postId: '1981398750557065646',
    author: 'testuser123',
    metrics: { likes: exact(553, '553 likes') },
    capturedAt: '2026-11-20T10:00:00.000Z',
    pageUrl: 'https://x.com/home',
    locale: 'en',
    parserVersion: 1,
    ...overrides,
  };
}

export function profileSnapshot(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    network: 'x',
    handle: 'kikobeats',
    metrics: { followers: exact(3893, '3,893') },
    capturedAt: '2026-11-20T10:00:00.000Z',
    pageUrl: 'https://x.com/kikobeats',
    locale: 'en',
    parserVersion: 1,
    ...overrides,
  };
}

export const objective = (overrides: Partial<Objective> = {}): Objective => ({
  id: 'obj-growth',
  kind: 'growth',
  title: 'Croître sur X',
  accounts: [{ network: 'x', handle: 'kikobeats' }],
  kpis: [{ kpi: 'followerGrowthRate', network: 'x', target: 5, deadline: '2026-12-31T00:00:00.000Z' }],
  active: true,
  createdAt: '2026-11-01T09:00:00.000Z',
  ...overrides,
});

export const account = (overrides: Partial<Account> = {}): Account => ({
  network: 'x',
  handle: 'kikobeats',
  displayName: 'Kiko Beats',
  owned: true,
  addedAt: '2026-11-01T09:00:00.000Z',
  ...overrides,
});

export const manualFigure = (overrides: Partial<ManualFigure> = {}): ManualFigure => ({
  id: 'mf-1',
  network: 'x',
  handle: 'kikobeats',
  metric: 'clicks',
  periodStart: '2026-11-01T00:00:00.000Z',
  periodEnd: '2026-11-30T23:59:59.999Z',
  value: 42,
  ...overrides,
});

export function openTestDatabase(): KpiLensDatabase {
  return new KpiLensDatabase(`test-${Math.random()}`);
}

/**
 * A small history across two networks, with the awkward values real pages give: an abbreviated
 * French figure with bounds, an open-ended "500+", text with quotes, commas and line breaks.
 */
export async function seedHistory(db: KpiLensDatabase): Promise<void> {
  await db.posts.bulkAdd([
    post(),
    post({
      network: 'instagram',
      postId: 'C0ffee',
      url: 'https://www.instagram.com/p/C0ffee/',
      author: 'la_boulangerie',
      authorName: 'La Boulangerie "Chez Lou", Lyon',
      publishedAt: '2026-11-19T08:30:00.000Z',
      hashtags: ['pain', 'lyon'],
      mentions: ['lou'],
      firstSeenAt: '2026-11-19T09:00:00.000Z',
      lastSeenAt: '2026-11-20T09:00:00.000Z',
      lastSnapshotAt: '2026-11-20T09:00:00.000Z',
      latestMetrics: { likes: { value: 1200, raw: '1,2 k', min: 1150, max: 1249 }, comments: exact(31) },
    }),
  ]);
  await db.postSnapshots.bulkAdd([
    postSnapshot(),
    postSnapshot({ capturedAt: '2026-11-20T12:00:00.000Z', metrics: { likes: exact(600) } }),
    postSnapshot({
      network: 'instagram',
      postId: 'C0ffee',
      author: 'la_boulangerie',
      capturedAt: '2026-11-19T09:00:00.000Z',
      metrics: { likes: { value: 1100, raw: '1,1 k', min: 1050, max: 1149 } },
      pageUrl: 'https://www.instagram.com/la_boulangerie/',
      locale: 'fr-FR',
    }),
    postSnapshot({
      network: 'instagram',
      postId: 'C0ffee',
      author: 'la_boulangerie',
      capturedAt: '2026-11-20T09:00:00.000Z',
      metrics: { likes: { value: 1200, raw: '1,2 k', min: 1150, max: 1249 }, comments: exact(31) },
      pageUrl: 'https://www.instagram.com/la_boulangerie/',
      locale: 'fr-FR',
    }),
  ]);
  await db.profileSnapshots.bulkAdd([
    profileSnapshot(),
    profileSnapshot({ capturedAt: '2026-11-21T10:00:00.000Z', metrics: { followers: exact(3901, '3,901') } }),
    profileSnapshot({
      network: 'linkedin',
      handle: 'jeanne-dupont',
      displayName: 'Jeanne Dupont',
      metrics: { connections: { value: 500, raw: '500+ relations', min: 500, max: null } },
      pageUrl: 'https://www.linkedin.com/in/jeanne-dupont/',
      locale: 'fr',
    }),
  ]);
  await db.objectives.bulkAdd([objective()]);
  await db.accounts.bulkAdd([
    account(),
    account({ network: 'instagram', handle: 'concurrent', owned: false }),
  ]);
  // A figure for a whole network, with no account.
  const { handle: _handle, ...networkWide } = manualFigure({ id: 'mf-2', metric: 'conversions', value: 3 });
  await db.manualFigures.bulkAdd([manualFigure(), networkWide]);
}

export type TableName =
  | 'posts'
  | 'postSnapshots'
  | 'profileSnapshots'
  | 'objectives'
  | 'accounts'
  | 'manualFigures'
  | 'batches'
  | 'counters';

export async function tableCounts(db: KpiLensDatabase): Promise<Record<TableName, number>> {
  return {
    posts: await db.posts.count(),
    postSnapshots: await db.postSnapshots.count(),
    profileSnapshots: await db.profileSnapshots.count(),
    objectives: await db.objectives.count(),
    accounts: await db.accounts.count(),
    manualFigures: await db.manualFigures.count(),
    batches: await db.batches.count(),
    counters: await db.counters.count(),
  };
}

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

const withoutId = <T extends { id?: number }>({ id: _id, ...rest }: T) => rest;

/** Everything a user would call their data, without the database's internal ids, in a stable order. */
export async function content(db: KpiLensDatabase) {
  return {
    posts: (await db.posts.toArray()).sort(byKey((p) => `${p.network}/${p.postId}`)),
    postSnapshots: (await db.postSnapshots.toArray())
      .map(withoutId)
      .sort(byKey((s) => `${s.network}/${s.postId}/${s.capturedAt}`)),
    profileSnapshots: (await db.profileSnapshots.toArray())
      .map(withoutId)
      .sort(byKey((s) => `${s.network}/${s.handle}/${s.capturedAt}`)),
    objectives: (await db.objectives.toArray()).sort(byKey((o) => o.id)),
    accounts: (await db.accounts.toArray()).sort(byKey((a) => `${a.network}/${a.handle}`)),
    manualFigures: (await db.manualFigures.toArray()).sort(byKey((m) => m.id)),
  };
}

/** A minimal valid version-1 document, as plain data, for tests that break one part of it. */
export function documentWith(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'kpi-lens',
    version: 1,
    exportedAt: '2026-11-22T08:00:00.000Z',
    posts: [post()],
    postSnapshots: [
      postSnapshot(),
      postSnapshot({ capturedAt: '2026-11-20T12:00:00.000Z', metrics: { likes: exact(600) } }),
    ],
    profileSnapshots: [profileSnapshot()],
    objectives: [objective()],
    accounts: [account()],
    settings: {},
    manualFigures: [manualFigure()],
    ...overrides,
  };
}
