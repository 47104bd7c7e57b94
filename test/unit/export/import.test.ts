import { exportJson } from '../../../lib/export/export-json';
import { importDocument, type ImportResult } from '../../../lib/export/import';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { loadSettings } from '../../../lib/settings/store';
import {
  account,
  content,
  documentWith,
  exact,
  objective,
  openTestDatabase,
  post,
  postSnapshot,
  profileSnapshot,
  seedHistory,
  tableCounts,
} from './helpers';

let source: KpiLensDatabase;
let target: KpiLensDatabase;
beforeEach(async () => {
  source = openTestDatabase();
  target = openTestDatabase();
  await Promise.all([source.open(), target.open()]);
});
afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

function expectOk(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import refused: ${result.error.message.en}`);
  return result;
}

describe('importDocument: round trip', () => {
  it('restores an export into an empty database exactly', async () => {
    await seedHistory(source);
    const file = await exportJson(source, DEFAULT_SETTINGS);
    const result = expectOk(await importDocument(target, file));
    expect(await content(target)).toEqual(await content(source));
    expect(result.added).toEqual({
      posts: 2,
      postSnapshots: 4,
      profileSnapshots: 3,
      objectives: 1,
      accounts: 2,
      manualFigures: 2,
      settings: 0,
    });
  });

  it('accepts the file as text, with a byte-order mark', async () => {
    await seedHistory(source);
    const text = await (await exportJson(source, DEFAULT_SETTINGS)).text();
    expectOk(await importDocument(target, `\uFEFF${text}`));
    expect(await content(target)).toEqual(await content(source));
  });

  it('leaves the settings alone unless asked, and restores them when asked', async () => {
    const mine = { ...DEFAULT_SETTINGS, snapshotIntervalMinutes: 15 };
    const file = await exportJson(source, { ...DEFAULT_SETTINGS, trackedHashtags: ['lyon'], language: 'fr' });
    const { saveSettings } = await import('../../../lib/settings/store');
    await saveSettings(mine);

    expect(expectOk(await importDocument(target, file)).skipped.settings).toBe(1);
    expect(await loadSettings()).toEqual(mine);

    expect(expectOk(await importDocument(target, file, { includeSettings: true })).updated.settings).toBe(1);
    expect(await loadSettings()).toMatchObject({
      trackedHashtags: ['lyon'],
      language: 'fr',
      snapshotIntervalMinutes: 60,
    });
  });
});

describe('importDocument: merging without duplicates', () => {
  it('importing the same file twice equals importing it once', async () => {
    await seedHistory(source);
    const file = await exportJson(source, DEFAULT_SETTINGS);
    expectOk(await importDocument(target, file));
    const once = await content(target);
    const second = expectOk(await importDocument(target, file));
    expect(await content(target)).toEqual(once);
    expect(second.added).toEqual({
      posts: 0,
      postSnapshots: 0,
      profileSnapshots: 0,
      objectives: 0,
      accounts: 0,
      manualFigures: 0,
      settings: 0,
    });
    expect(second.skipped).toMatchObject({ posts: 2, postSnapshots: 4, profileSnapshots: 3 });
  });

  it('keeps one copy of each snapshot when the database already holds some of them', async () => {
    // The database saw the post at 10:00 and 11:00; the file (another browser) at 10:00 and 12:00.
    await target.posts.add(
      post({
        hashtags: ['kpi', 'local'],
        lastSeenAt: '2026-11-20T11:00:00.000Z',
        lastSnapshotAt: '2026-11-20T11:00:00.000Z',
        latestMetrics: { likes: exact(580), views: exact(9000) },
      }),
    );
    await target.postSnapshots.bulkAdd([
      postSnapshot(),
      postSnapshot({
        capturedAt: '2026-11-20T11:00:00.000Z',
        metrics: { likes: exact(580), views: exact(9000) },
      }),
    ]);
    await target.profileSnapshots.add(profileSnapshot());

    const file = JSON.stringify(
      documentWith({
        posts: [post({ hashtags: ['kpi', 'remote'], mentions: ['lou'] })],
        // The same 10:00 snapshot, written as `…00Z` by some other tool: still the same snapshot.
        postSnapshots: [
          postSnapshot({ capturedAt: '2026-11-20T10:00:00Z' }),
          postSnapshot({ capturedAt: '2026-11-20T12:00:00.000Z', metrics: { likes: exact(600) } }),
        ],
        profileSnapshots: [profileSnapshot(), profileSnapshot({ capturedAt: '2026-11-21T10:00:00.000Z' })],
      }),
    );
    const result = expectOk(await importDocument(target, file));

    const times = (await target.postSnapshots.toArray()).map((s) => s.capturedAt).sort();
    expect(times).toEqual([
      '2026-11-20T10:00:00.000Z',
      '2026-11-20T11:00:00.000Z',
      '2026-11-20T12:00:00.000Z',
    ]);
    expect(await target.profileSnapshots.count()).toBe(2);
    expect(result.added).toMatchObject({ postSnapshots: 1, profileSnapshots: 1 });
    expect(result.skipped).toMatchObject({ postSnapshots: 1, profileSnapshots: 1 });

    const merged = await target.posts.get(['x', '1981398750557065646']);
    expect(merged?.hashtags).toEqual(['kpi', 'local', 'remote']);
    expect(merged?.mentions).toEqual(['lou']);
    // The file's latest snapshot (12:00) is newer: its likes win; views, unknown there, stay known.
    expect(merged?.latestMetrics).toEqual({ likes: exact(600), views: exact(9000) });
    expect(merged?.lastSnapshotAt).toBe('2026-11-20T12:00:00.000Z');
    expect(merged?.lastSeenAt).toBe('2026-11-20T12:00:00.000Z');
    expect(result.updated.posts).toBe(1);
  });

  it('keeps the stored latest figures when the stored post was read more recently', async () => {
    await target.posts.add(
      post({
        lastSeenAt: '2026-11-25T00:00:00.000Z',
        lastSnapshotAt: '2026-11-25T00:00:00.000Z',
        latestMetrics: { likes: exact(900) },
      }),
    );
    expectOk(await importDocument(target, JSON.stringify(documentWith())));
    expect((await target.posts.get(['x', '1981398750557065646']))?.latestMetrics.likes).toEqual(exact(900));
  });

  it('replaces objectives, accounts and manual figures by their keys', async () => {
    await target.objectives.add(objective({ title: 'Ancien titre' }));
    await target.accounts.add(account({ owned: false }));
    await target.objectives.add(objective({ id: 'obj-local' }));
    const result = expectOk(await importDocument(target, JSON.stringify(documentWith())));
    expect((await target.objectives.get('obj-growth'))?.title).toBe('Croître sur X');
    expect((await target.objectives.get('obj-local'))?.id).toBe('obj-local');
    expect((await target.accounts.get(['x', 'kikobeats']))?.owned).toBe(true);
    expect(result.updated).toMatchObject({ objectives: 1, accounts: 1 });
    expect(result.added).toMatchObject({ manualFigures: 1 });
  });

  it('merges a post listed twice in one file into one', async () => {
    const file = JSON.stringify(
      documentWith({
        posts: [post({ hashtags: ['a'] }), post({ hashtags: ['b'] })],
        postSnapshots: [postSnapshot(), postSnapshot()],
      }),
    );
    const result = expectOk(await importDocument(target, file));
    expect((await target.posts.toArray()).map((p) => p.hashtags)).toEqual([['a', 'b']]);
    expect(await target.postSnapshots.count()).toBe(1);
    expect(result.skipped).toMatchObject({ posts: 1, postSnapshots: 1 });
  });

  it('writes all or nothing: a failure in the middle of the writes leaves the database as it was', async () => {
    await seedHistory(target);
    const before = await content(target);
    vi.spyOn(target.profileSnapshots, 'bulkAdd').mockRejectedValue(new Error('QuotaExceededError'));
    const file = JSON.stringify(
      documentWith({
        posts: [post({ postId: 'new-post' })],
        postSnapshots: [postSnapshot({ postId: 'new-post' })],
        profileSnapshots: [profileSnapshot({ capturedAt: '2026-12-01T00:00:00.000Z' })],
      }),
    );
    const result = await importDocument(target, file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('write-failed');
    expect(await content(target)).toEqual(before);
    expect(await tableCounts(target)).toMatchObject({ posts: 2, postSnapshots: 4 });
  });
});
