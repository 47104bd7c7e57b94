import type { KpiLensDatabase } from '../../../lib/db/database';
import { pruneOlderThan, retentionCutoff } from '../../../lib/export/retention';
import { content, openTestDatabase, post, postSnapshot, profileSnapshot, seedHistory } from './helpers';

let db: KpiLensDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
  await seedHistory(db);
});
afterEach(async () => {
  await db.delete();
});

describe('retentionCutoff', () => {
  const now = new Date('2026-03-31T10:00:00.000Z');
  it('keeps everything for 0, absent or invalid values', () => {
    for (const months of [0, undefined, -1, 1.5, Number.NaN])
      expect(retentionCutoff(months, now)).toBeUndefined();
  });
  it('goes back calendar months, clamped to the end of a shorter month', () => {
    expect(retentionCutoff(1, now)).toBe('2026-02-28T10:00:00.000Z');
    expect(retentionCutoff(12, now)).toBe('2025-03-31T10:00:00.000Z');
    expect(retentionCutoff(3, new Date('2026-01-15T00:00:00.000Z'))).toBe('2025-10-15T00:00:00.000Z');
  });
});

describe('pruneOlderThan', () => {
  it('deletes snapshots captured and posts last seen before the cutoff, and keeps the rest', async () => {
    const before = await content(db);
    const pruned = await pruneOlderThan(db, '2026-11-20T09:30:00.000Z');
    // Post snapshots at 10:00 (x) stay; the Instagram ones at 19th 09:00 and 20th 09:00 go.
    expect(pruned).toEqual({ posts: 1, postSnapshots: 2, profileSnapshots: 0 });
    const left = await content(db);
    expect(left.posts.map((p) => p.postId)).toEqual(['1981398750557065646']);
    expect(left.postSnapshots.every((s) => s.capturedAt >= '2026-11-20T09:30:00.000Z')).toBe(true);
    expect(left.profileSnapshots).toEqual(before.profileSnapshots);
    // Accounts, objectives and entered figures are the user's own: kept.
    expect(left.accounts).toEqual(before.accounts);
    expect(left.objectives).toEqual(before.objectives);
    expect(left.manualFigures).toEqual(before.manualFigures);
  });

  it('reads the cutoff as a time, whatever its ISO form, and deletes nothing at the epoch', async () => {
    const before = await content(db);
    expect(await pruneOlderThan(db, '1970-01-01T00:00:00Z')).toEqual({
      posts: 0,
      postSnapshots: 0,
      profileSnapshots: 0,
    });
    expect(await content(db)).toEqual(before);
    // 11:00 in Paris is 10:00 UTC: the profile snapshot taken at exactly 10:00 UTC is not older.
    const pruned = await pruneOlderThan(db, '2026-11-21T11:00:00+01:00');
    expect(pruned).toEqual({ posts: 2, postSnapshots: 4, profileSnapshots: 2 });
    expect((await content(db)).profileSnapshots.map((s) => s.capturedAt)).toEqual([
      '2026-11-21T10:00:00.000Z',
    ]);
  });

  it('keeps a post seen recently even if it was first seen long ago', async () => {
    await db.posts.add(
      post({
        postId: 'old-but-seen',
        firstSeenAt: '2020-01-01T00:00:00.000Z',
        lastSeenAt: '2026-12-01T00:00:00.000Z',
      }),
    );
    await db.postSnapshots.add(
      postSnapshot({ postId: 'old-but-seen', capturedAt: '2020-01-01T00:00:00.000Z' }),
    );
    await db.profileSnapshots.add(profileSnapshot({ capturedAt: '2020-01-01T00:00:00.000Z' }));
    const pruned = await pruneOlderThan(db, '2025-01-01T00:00:00.000Z');
    expect(pruned).toEqual({ posts: 0, postSnapshots: 1, profileSnapshots: 1 });
    expect(await db.posts.get(['x', 'old-but-seen'])).toBeDefined();
  });
});
