import { EXPORT_VERSION } from '../../../lib/export/export-document';
import { importDocument } from '../../../lib/export/import';
import {
  EXPORT_MIGRATIONS,
  migrateExportDocument,
  type ExportMigration,
} from '../../../lib/export/migrations';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { openTestDatabase, tableCounts } from './helpers';

/**
 * A made-up format 0, to exercise the mechanism before a real step exists: snapshots were called
 * `snapshots`, figures were bare numbers, and there were no manual figures.
 */
const v0ToV1: ExportMigration = {
  from: 0,
  migrate(document) {
    const { snapshots, ...rest } = document;
    const bare = (metrics: unknown) =>
      Object.fromEntries(
        Object.entries(metrics as Record<string, number>).map(([name, n]) => [
          name,
          { value: n, raw: String(n), min: n, max: n },
        ]),
      );
    return {
      ...rest,
      postSnapshots: (snapshots as Record<string, unknown>[]).map((s) => ({
        ...s,
        metrics: bare(s.metrics),
      })),
      manualFigures: [],
    };
  },
};

const v0Document = {
  format: 'kpi-lens',
  version: 0,
  exportedAt: '2025-06-01T00:00:00.000Z',
  posts: [
    {
      network: 'x',
      postId: '42',
      url: 'https://x.com/a/status/42',
      hashtags: [],
      mentions: [],
      firstSeenAt: '2025-05-01T00:00:00.000Z',
      lastSeenAt: '2025-05-01T00:00:00.000Z',
      latestMetrics: {},
    },
  ],
  snapshots: [
    {
      network: 'x',
      postId: '42',
      author: 'a',
      metrics: { likes: 7 },
      capturedAt: '2025-05-01T00:00:00.000Z',
      pageUrl: 'https://x.com/home',
      locale: 'en',
      parserVersion: 1,
    },
  ],
  profileSnapshots: [],
  objectives: [],
  accounts: [],
  settings: {},
};

let db: KpiLensDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('export migrations', () => {
  it('imports an older file through its migration step', async () => {
    const result = await importDocument(db, JSON.stringify(v0Document), { migrations: [v0ToV1] });
    expect(result.ok).toBe(true);
    const [snapshot] = await db.postSnapshots.toArray();
    expect(snapshot?.metrics.likes).toEqual({ value: 7, raw: '7', min: 7, max: 7 });
  });

  it('refuses an older file that no step converts, writing nothing', async () => {
    const result = await importDocument(db, JSON.stringify(v0Document), { migrations: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-version', path: 'version' } });
    expect(Object.values(await tableCounts(db)).every((n) => n === 0)).toBe(true);
  });

  it('refuses a file on which a step fails, and still validates what a step returns', async () => {
    const throwing: ExportMigration = { from: 0, migrate: () => JSON.parse('{') as Record<string, unknown> };
    const failed = await importDocument(db, JSON.stringify(v0Document), { migrations: [throwing] });
    expect(failed).toMatchObject({ ok: false, error: { code: 'migration-failed' } });
    const sloppy: ExportMigration = { from: 0, migrate: (d) => d };
    const invalid = await importDocument(db, JSON.stringify(v0Document), { migrations: [sloppy] });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-value', path: 'snapshots' } });
    expect(await db.posts.count()).toBe(0);
  });

  it('runs the steps one version at a time, in order, and stamps each version', () => {
    const trail: string[] = [];
    const step = (from: number): ExportMigration => ({
      from,
      migrate: (d) => {
        trail.push(`${from}:${String(d.version)}`);
        return { ...d, [`v${from + 1}`]: true };
      },
    });
    const result = migrateExportDocument({ version: 0 }, 0, 3, [step(2), step(0), step(1)]);
    expect(trail).toEqual(['0:0', '1:1', '2:2']);
    expect(result).toEqual({ ok: true, document: { version: 3, v1: true, v2: true, v3: true } });
    expect(migrateExportDocument({ version: 0 }, 0, 3, [step(0), step(2)])).toEqual({
      ok: false,
      reason: 'missing-step',
      at: 1,
    });
  });

  it('registers at most one step per version, each below the current version', () => {
    const froms = EXPORT_MIGRATIONS.map((m) => m.from);
    expect(new Set(froms).size).toBe(froms.length);
    for (const from of froms) expect(from).toBeLessThan(EXPORT_VERSION);
    // Steps form an unbroken chain up to the current version.
    if (froms.length > 0) {
      const oldest = Math.min(...froms);
      for (let v = oldest; v < EXPORT_VERSION; v++) expect(froms).toContain(v);
    }
  });
});
