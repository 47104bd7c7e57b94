import { countAccountData, countAllData, countNetworkData } from '../../../lib/export/counts';
import { deleteAccountData } from '../../../lib/export/delete';
import type { KpiLensDatabase } from '../../../lib/db/database';
import {
  account,
  content,
  manualFigure,
  openTestDatabase,
  post,
  postSnapshot,
  profileSnapshot,
  seedHistory,
} from './helpers';

let db: KpiLensDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
  await seedHistory(db);
  // kikobeats on X: one post with two snapshots, two profile snapshots, an account, one figure.
  await db.posts.add(post({ postId: 'k1', author: 'kikobeats', url: 'https://x.com/kikobeats/status/k1' }));
  await db.postSnapshots.bulkAdd([
    postSnapshot({ postId: 'k1', author: 'kikobeats', capturedAt: '2026-11-20T10:00:00.000Z' }),
    postSnapshot({ postId: 'k1', author: 'kikobeats', capturedAt: '2026-11-21T10:00:00.000Z' }),
  ]);
  // The same handle on another network is another account.
  await db.accounts.add(account({ network: 'instagram', handle: 'kikobeats' }));
  await db.profileSnapshots.add(profileSnapshot({ network: 'instagram', handle: 'kikobeats' }));
  await db.manualFigures.add(manualFigure({ id: 'mf-ig', network: 'instagram', handle: 'kikobeats' }));
});
afterEach(async () => {
  await db.delete();
});

describe('deleteAccountData', () => {
  it('deletes one account: its posts and their snapshots, profile snapshots, row and figures', async () => {
    const before = await content(db);
    const counted = await countAccountData(db, 'x', 'kikobeats');
    const deleted = await deleteAccountData(db, 'x', 'kikobeats');
    expect(deleted).toEqual({
      posts: 1,
      postSnapshots: 2,
      profileSnapshots: 2,
      accounts: 1,
      manualFigures: 1,
    });
    // The confirmation's count is what the deletion removes.
    expect(counted).toEqual(deleted);
    const left = await content(db);
    expect(left.posts.map((p) => p.postId).sort()).toEqual(['1981398750557065646', 'C0ffee']);
    expect(left.postSnapshots.filter((s) => s.author === 'kikobeats')).toEqual([]);
    expect(left.postSnapshots).toHaveLength(before.postSnapshots.length - 2);
    expect(left.profileSnapshots.map((s) => `${s.network}/${s.handle}`)).toEqual([
      'instagram/kikobeats',
      'linkedin/jeanne-dupont',
    ]);
    expect(left.accounts.map((a) => `${a.network}/${a.handle}`)).toEqual([
      'instagram/concurrent',
      'instagram/kikobeats',
    ]);
    // The network-wide figure (no handle) and the Instagram one stay; objectives stay.
    expect(left.manualFigures.map((m) => m.id)).toEqual(['mf-2', 'mf-ig']);
    expect(left.objectives).toEqual(before.objectives);
  });

  it('deletes snapshots signed by the account whose post row is missing', async () => {
    await db.postSnapshots.add(postSnapshot({ postId: 'orphan', author: 'kikobeats' }));
    expect((await countAccountData(db, 'x', 'kikobeats')).postSnapshots).toBe(3);
    expect((await deleteAccountData(db, 'x', 'kikobeats')).postSnapshots).toBe(3);
  });

  it('is harmless for an unknown account, and all-or-nothing when it fails', async () => {
    const before = await content(db);
    expect(await deleteAccountData(db, 'facebook', 'nobody')).toEqual({
      posts: 0,
      postSnapshots: 0,
      profileSnapshots: 0,
      accounts: 0,
      manualFigures: 0,
    });
    vi.spyOn(db.manualFigures, 'where').mockImplementation(() => {
      throw new Error('boom');
    });
    await expect(deleteAccountData(db, 'x', 'kikobeats')).rejects.toThrow();
    expect(await content(db)).toEqual(before);
  });
});

describe('counts shown before a deletion', () => {
  it('counts everything and one network', async () => {
    expect(await countAllData(db)).toEqual({
      posts: 3,
      postSnapshots: 6,
      profileSnapshots: 4,
      accounts: 3,
      manualFigures: 3,
    });
    expect(await countNetworkData(db, 'instagram')).toEqual({
      posts: 1,
      postSnapshots: 2,
      profileSnapshots: 1,
      accounts: 2,
      manualFigures: 1,
    });
  });
});
