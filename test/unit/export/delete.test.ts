import { deleteAllData, deleteNetworkData } from '../../../lib/export/delete';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { content, openTestDatabase, seedHistory, tableCounts } from './helpers';

let db: KpiLensDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
  await seedHistory(db);
  await db.batches.add({ batchId: 'batch-1', receivedAt: '2026-11-20T10:00:00.000Z' });
  await db.counters.add({ name: 'rejectedMessages', value: 2 });
});
afterEach(async () => {
  await db.delete();
});

describe('deleteAllData', () => {
  it('empties every table and keeps the settings', async () => {
    const settings = { ...DEFAULT_SETTINGS, trackedHashtags: ['lyon'] };
    await saveSettings(settings);
    await deleteAllData(db);
    expect(Object.values(await tableCounts(db))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(await tableCounts(db)).sort());
    expect(await loadSettings()).toEqual(settings);
  });

  it('deletes nothing when it fails part way', async () => {
    const before = await tableCounts(db);
    vi.spyOn(db.table('manualFigures'), 'clear').mockRejectedValue(new Error('boom'));
    await expect(deleteAllData(db)).rejects.toThrow();
    expect(await tableCounts(db)).toEqual(before);
  });
});

describe('deleteNetworkData', () => {
  it('deletes what was read from one network and nothing of the others', async () => {
    const deleted = await deleteNetworkData(db, 'x');
    expect(deleted).toEqual({
      posts: 1,
      postSnapshots: 2,
      profileSnapshots: 2,
      accounts: 1,
      manualFigures: 2,
    });
    const left = await content(db);
    expect(left.posts.map((p) => p.network)).toEqual(['instagram']);
    expect(left.postSnapshots.map((s) => s.network)).toEqual(['instagram', 'instagram']);
    expect(left.profileSnapshots.map((s) => s.network)).toEqual(['linkedin']);
    expect(left.accounts.map((a) => a.network)).toEqual(['instagram']);
    expect(left.manualFigures).toEqual([]);
    // Objectives are the user's plans, not data read from the network.
    expect(left.objectives).toHaveLength(1);
    expect(await db.counters.count()).toBe(1);
  });

  it('deletes nothing when it fails part way', async () => {
    const before = await content(db);
    vi.spyOn(db.accounts, 'where').mockImplementation(() => {
      throw new Error('boom');
    });
    await expect(deleteNetworkData(db, 'instagram')).rejects.toThrow();
    expect(await content(db)).toEqual(before);
  });

  it('is harmless on a network with no data', async () => {
    const before = await content(db);
    expect(await deleteNetworkData(db, 'facebook')).toEqual({
      posts: 0,
      postSnapshots: 0,
      profileSnapshots: 0,
      accounts: 0,
      manualFigures: 0,
    });
    expect(await content(db)).toEqual(before);
  });
});
