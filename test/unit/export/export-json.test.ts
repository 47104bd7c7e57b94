import { exportDocumentJsonSchema, ExportDocumentSchema } from '../../../lib/export/export-document';
import { exportFileName, exportJson } from '../../../lib/export/export-json';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { openTestDatabase, seedHistory } from './helpers';

let db: KpiLensDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const now = new Date('2026-11-22T08:00:00.000Z');

describe('exportJson', () => {
  it('writes the documented format: header, every section, settings, and no internal ids', async () => {
    await seedHistory(db);
    const blob = await exportJson(db, { ...DEFAULT_SETTINGS, trackedHashtags: ['lyon'] }, { now });
    expect(blob.type).toBe('application/json');
    const document = JSON.parse(await blob.text()) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual([
      'format',
      'version',
      'exportedAt',
      'posts',
      'postSnapshots',
      'profileSnapshots',
      'objectives',
      'accounts',
      'settings',
      'manualFigures',
    ]);
    expect(document).toMatchObject({
      format: 'kpi-lens',
      version: 1,
      exportedAt: '2026-11-22T08:00:00.000Z',
    });
    const parsed = ExportDocumentSchema.parse(document);
    expect(parsed.posts).toHaveLength(2);
    expect(parsed.postSnapshots).toHaveLength(4);
    expect(parsed.profileSnapshots).toHaveLength(3);
    expect(parsed.settings.trackedHashtags).toEqual(['lyon']);
    for (const snapshot of [...parsed.postSnapshots, ...parsed.profileSnapshots])
      expect(snapshot).not.toHaveProperty('id');
  });

  it('keeps each figure whole: value, the raw text the page showed, and its bounds', async () => {
    await seedHistory(db);
    const parsed = ExportDocumentSchema.parse(
      JSON.parse(await (await exportJson(db, DEFAULT_SETTINGS)).text()),
    );
    const french = parsed.postSnapshots.find(
      (s) => s.network === 'instagram' && s.capturedAt.startsWith('2026-11-20'),
    );
    expect(french?.metrics.likes).toEqual({ value: 1200, raw: '1,2 k', min: 1150, max: 1249 });
    const openEnded = parsed.profileSnapshots.find((s) => s.network === 'linkedin');
    expect(openEnded?.metrics.connections).toEqual({
      value: 500,
      raw: '500+ relations',
      min: 500,
      max: null,
    });
  });

  it('writes a valid empty document for an empty database', async () => {
    const document = JSON.parse(await (await exportJson(db, DEFAULT_SETTINGS, { now })).text()) as unknown;
    expect(ExportDocumentSchema.parse(document)).toMatchObject({
      posts: [],
      postSnapshots: [],
      manualFigures: [],
    });
  });

  it('reads the tables in chunks and reports each one', async () => {
    await seedHistory(db);
    const seen: string[] = [];
    await exportJson(db, DEFAULT_SETTINGS, {
      chunkSize: 2,
      onProgress: (p) => seen.push(`${p.section}:${p.rows}`),
    });
    expect(seen).toEqual([
      'postSnapshots:2',
      'postSnapshots:4',
      'profileSnapshots:2',
      'profileSnapshots:3',
      'posts:2',
      'objectives:1',
      'accounts:2',
      'manualFigures:2',
    ]);
  });

  it('refuses invalid settings rather than writing a file that would not import', async () => {
    await expect(exportJson(db, { ...DEFAULT_SETTINGS, snapshotIntervalMinutes: 0 })).rejects.toThrow();
  });

  it('has a JSON Schema that requires every section', () => {
    expect((exportDocumentJsonSchema() as { required: string[] }).required).toEqual(
      Object.keys(ExportDocumentSchema.shape),
    );
  });
});

describe('exportFileName', () => {
  it('names the file after the local day', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('kpi-lens-2026-01-05.json');
    expect(exportFileName(new Date(2026, 10, 22, 0, 1))).toBe('kpi-lens-2026-11-22.json');
  });
});
