/**
 * Property: for random databases (posts, snapshots with exact, rounded and open-ended figures,
 * profiles, objectives, accounts, hand-entered figures, hostile strings), export → import into an
 * empty database gives the same data, and export → import → export gives the same document
 * (but for exportedAt). A seeded PRNG makes every failure reproducible: the seed is in its name.
 */
import type { KpiLensDatabase } from '../../../lib/db/database';
import { ExportDocumentSchema } from '../../../lib/export/export-document';
import { exportJson } from '../../../lib/export/export-json';
import { importDocument } from '../../../lib/export/import';
import {
  NETWORKS,
  POST_METRICS,
  PROFILE_METRICS,
  type Account,
  type ManualFigure,
  type MetricReading,
  type Network,
  type Post,
  type PostSnapshot,
  type ProfileSnapshot,
} from '../../../lib/model/records';
import { OBJECTIVE_KINDS, type Objective } from '../../../lib/model/objectives';
import { SettingsSchema, type Settings } from '../../../lib/model/settings';
import { content, openTestDatabase } from './helpers';

const CASES = 300;
const BASE_SEED = 0x6b70692d;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

/** Text as pages and users give it: accents, scripts, emoji, markup, quotes, controls, separators. */
const HOSTILE = [
  'café',
  'Ça « marche »',
  '東京',
  'مرحبا',
  '👩‍👩‍👧‍👦',
  '<img src=x onerror=alert(1)>',
  '"quoted", with, commas',
  "it's",
  'back\\slash',
  'line\nbreak\r\n',
  'tab\there',
  '\u2028\u2029',
  '\u0000nul',
  '=SUM(A1:A9)',
  '${template}',
  '__proto__',
  'constructor',
  '\u202eevil',
  'z̷̢a̸l̵g̶o',
  ' ',
];

function text(rng: Rng, max: number): string {
  const parts: string[] = [];
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) {
    parts.push(rng.chance(0.5) ? rng.pick(HOSTILE) : rng.next().toString(36).slice(2, rng.int(3, 10)));
  }
  const out = parts.join(rng.pick(['', ' ', '_', '.']));
  return (out.length === 0 ? 'x' : out).slice(0, max);
}

const handle = (rng: Rng) => (rng.chance(0.7) ? `user_${rng.int(0, 5)}` : text(rng, 200));

function time(rng: Rng): string {
  // 2019..2027, millisecond precision: the form the database stores.
  return new Date(
    Date.UTC(2019, 0, 1) + rng.int(0, 8 * 365 * 24 * 3600) * 1000 + rng.int(0, 999),
  ).toISOString();
}

function reading(rng: Rng): MetricReading {
  const kind = rng.int(0, 3);
  if (kind === 0) {
    const n = rng.int(0, 1_000_000);
    return { value: n, raw: n.toLocaleString('en-US'), min: n, max: n };
  }
  if (kind === 1) {
    // "1,2 k": 1150–1249.
    const tenths = rng.int(10, 999);
    const value = tenths * 100;
    return {
      value,
      raw: `${(tenths / 10).toFixed(1).replace('.', ',')}\u00a0k`,
      min: value - 50,
      max: value + 49,
    };
  }
  if (kind === 2) {
    const n = rng.pick([500, 1000, 10_000]);
    return { value: n, raw: `${n}+`, min: n, max: null };
  }
  // Big and fractional numbers survive JSON exactly.
  const value = rng.pick([0, 0.5, 1e13, 123456789.25, 2 ** 40]);
  return { value, raw: text(rng, 200), min: value, max: rng.chance(0.5) ? value : null };
}

function metrics<N extends string>(rng: Rng, names: readonly N[]): Partial<Record<N, MetricReading>> {
  const out: Partial<Record<N, MetricReading>> = {};
  for (const name of names) if (rng.chance(0.5)) out[name] = reading(rng);
  return out;
}

const tags = (rng: Rng) => Array.from({ length: rng.int(0, 4) }, () => text(rng, 140));

interface RandomData {
  posts: Post[];
  postSnapshots: PostSnapshot[];
  profileSnapshots: ProfileSnapshot[];
  objectives: Objective[];
  accounts: Account[];
  manualFigures: ManualFigure[];
  settings: Settings;
}

function randomData(rng: Rng): RandomData {
  const posts = new Map<string, Post>();
  for (let i = rng.int(0, 8); i > 0; i--) {
    const network = rng.pick(NETWORKS);
    const postId = rng.chance(0.5) ? String(rng.int(1, 1e9)) : text(rng, 200);
    const firstSeenAt = time(rng);
    const author = rng.chance(0.9) ? handle(rng) : undefined;
    const lastSeenAt = firstSeenAt > '2026' ? firstSeenAt : time(rng) > firstSeenAt ? time(rng) : firstSeenAt;
    const post: Post = {
      network,
      postId,
      url: `https://example.test/${encodeURIComponent(postId)}`,
      ...(author === undefined ? {} : { author }),
      ...(rng.chance(0.5) ? { authorName: text(rng, 500) } : {}),
      ...(rng.chance(0.6) ? { publishedAt: time(rng) } : {}),
      hashtags: tags(rng),
      mentions: tags(rng),
      firstSeenAt,
      lastSeenAt,
      ...(rng.chance(0.8) ? { lastSnapshotAt: lastSeenAt } : {}),
      latestMetrics: metrics(rng, POST_METRICS),
    };
    posts.set(JSON.stringify([network, postId]), post);
  }
  const postSnapshots: PostSnapshot[] = [];
  for (const post of posts.values()) {
    const times = new Set(Array.from({ length: rng.int(0, 5) }, () => time(rng)));
    for (const capturedAt of times) {
      postSnapshots.push({
        network: post.network,
        postId: post.postId,
        author: post.author ?? '',
        metrics: metrics(rng, POST_METRICS),
        capturedAt,
        pageUrl: text(rng, 2048),
        locale: rng.pick(['en', 'fr', 'fr-FR', 'en-US', '']),
        parserVersion: rng.int(0, 5),
      });
    }
  }
  const profileSnapshots: ProfileSnapshot[] = [];
  const seenProfileTimes = new Set<string>();
  for (let i = rng.int(0, 10); i > 0; i--) {
    const network = rng.pick(NETWORKS);
    const who = handle(rng);
    const capturedAt = time(rng);
    const key = JSON.stringify([network, who, capturedAt]);
    if (seenProfileTimes.has(key)) continue;
    seenProfileTimes.add(key);
    profileSnapshots.push({
      network,
      handle: who,
      ...(rng.chance(0.5) ? { displayName: text(rng, 500) } : {}),
      metrics: metrics(rng, PROFILE_METRICS),
      capturedAt,
      pageUrl: text(rng, 2048),
      locale: rng.pick(['en', 'fr']),
      parserVersion: 1,
    });
  }
  const accounts = new Map<string, Account>();
  for (let i = rng.int(0, 4); i > 0; i--) {
    const a: Account = {
      network: rng.pick(NETWORKS),
      handle: handle(rng),
      ...(rng.chance(0.5) ? { displayName: text(rng, 500) } : {}),
      owned: rng.chance(0.5),
      addedAt: time(rng),
    };
    accounts.set(JSON.stringify([a.network, a.handle]), a);
  }
  const objectives: Objective[] = Array.from({ length: rng.int(0, 3) }, (_, i) => ({
    id: `obj-${i}-${text(rng, 50)}`,
    kind: rng.pick(OBJECTIVE_KINDS),
    ...(rng.chance(0.7) ? { title: text(rng, 200) } : {}),
    accounts: Array.from({ length: rng.int(0, 3) }, () => ({
      network: rng.pick(NETWORKS),
      handle: handle(rng),
    })),
    kpis: Array.from({ length: rng.int(1, 2) }, () => ({
      kpi: rng.pick(['followerGrowthRate', 'engagementRate', 'mentions']),
      network: rng.pick(NETWORKS) as Network,
      target: rng.pick([5, -2.5, 0, 1e6]),
      ...(rng.chance(0.5) ? { start: time(rng) } : {}),
      deadline: time(rng),
      ...(rng.chance(0.5) ? { denominator: rng.pick(['followers', 'views'] as const) } : {}),
    })),
    active: rng.chance(0.5),
    createdAt: time(rng),
  }));
  const manualFigures: ManualFigure[] = Array.from({ length: rng.int(0, 3) }, (_, i) => ({
    id: `mf-${i}`,
    network: rng.pick(NETWORKS),
    ...(rng.chance(0.7) ? { handle: handle(rng) } : {}),
    metric: rng.pick(['clicks', 'conversions'] as const),
    periodStart: time(rng),
    periodEnd: time(rng),
    value: rng.pick([0, 42, 3.5, 1e12]),
    ...(rng.chance(0.5) ? { note: text(rng, 500) } : {}),
  }));
  const settings = SettingsSchema.parse({
    snapshotIntervalMinutes: rng.int(1, 10080),
    collect: { x: rng.chance(0.5), linkedin: rng.chance(0.5) },
    overlays: { facebook: rng.chance(0.5) },
    trackedHashtags: tags(rng),
    language: rng.pick(['auto', 'fr', 'en'] as const),
    debug: rng.chance(0.5),
    retentionMonths: rng.pick([0, 1, 12, 120]),
  });
  return {
    posts: [...posts.values()],
    postSnapshots,
    profileSnapshots,
    objectives,
    accounts: [...accounts.values()],
    manualFigures,
    settings,
  };
}

async function fill(db: KpiLensDatabase, data: RandomData) {
  await db.posts.bulkAdd(data.posts);
  await db.postSnapshots.bulkAdd(data.postSnapshots);
  await db.profileSnapshots.bulkAdd(data.profileSnapshots);
  await db.objectives.bulkAdd(data.objectives);
  await db.accounts.bulkAdd(data.accounts);
  await db.manualFigures.bulkAdd(data.manualFigures);
}

const withoutExportedAt = (document: string) => {
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(document) as Record<string, unknown>;
  return rest;
};

describe('export → import round trip (property)', () => {
  it(`holds for ${CASES} random databases`, async () => {
    const totals = { posts: 0, postSnapshots: 0, profileSnapshots: 0, open: 0, rounded: 0 };
    for (let i = 0; i < CASES; i++) {
      const seed = BASE_SEED + i;
      const data = randomData(prng(seed));
      totals.posts += data.posts.length;
      totals.postSnapshots += data.postSnapshots.length;
      totals.profileSnapshots += data.profileSnapshots.length;
      for (const s of [...data.postSnapshots, ...data.profileSnapshots]) {
        for (const m of Object.values(s.metrics) as MetricReading[]) {
          if (m.max === null) totals.open++;
          else if (m.min < m.max) totals.rounded++;
        }
      }
      const source = openTestDatabase();
      const target = openTestDatabase();
      try {
        await fill(source, data);
        const first = await (await exportJson(source, data.settings)).text();
        const parsed = ExportDocumentSchema.safeParse(JSON.parse(first));
        expect(parsed.success, `seed ${seed}: the export validates`).toBe(true);

        let savedSettings: Settings | undefined;
        const result = await importDocument(target, first, {
          includeSettings: true,
          saveSettings: async (s) => {
            savedSettings = s;
          },
        });
        if (!result.ok) throw new Error(`seed ${seed}: import refused: ${JSON.stringify(result.error)}`);
        expect(await content(target), `seed ${seed}: same data`).toEqual(await content(source));
        expect(savedSettings, `seed ${seed}: same settings`).toEqual(data.settings);

        const second = await (await exportJson(target, savedSettings as Settings)).text();
        expect(withoutExportedAt(second), `seed ${seed}: same document`).toEqual(withoutExportedAt(first));
      } finally {
        source.close();
        target.close();
        await source.delete();
        await target.delete();
      }
    }
    // The generator is not vacuous: it made hundreds of each kind of record and figure.
    for (const [kind, n] of Object.entries(totals)) expect(n, kind).toBeGreaterThan(300);
  }, 60_000);
});
