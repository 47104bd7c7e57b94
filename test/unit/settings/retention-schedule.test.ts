import { browser } from 'wxt/browser';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/model/settings';
import {
  applyRetention,
  resetRetentionCache,
  RETENTION_INTERVAL_MS,
  RETENTION_KEY,
} from '../../../lib/settings/retention';
import { saveSettings } from '../../../lib/settings/store';
import { openTestDatabase, postSnapshot } from '../export/helpers';

let db: KpiLensDatabase;
beforeEach(async () => {
  resetRetentionCache();
  db = openTestDatabase();
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const NOW = new Date('2026-06-15T12:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

async function addSnapshot(capturedAt: string) {
  await db.postSnapshots.add(postSnapshot({ capturedAt }));
}

describe('applyRetention (the background)', () => {
  it('keeps everything by default', async () => {
    await addSnapshot('2001-01-01T00:00:00.000Z');
    expect(await applyRetention(db, { now: NOW, force: true })).toBeUndefined();
    expect(await db.postSnapshots.count()).toBe(1);
  });

  it('deletes readings older than the user’s months, on start and then at most once a day', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, retentionMonths: 6 });
    await addSnapshot('2025-12-01T00:00:00.000Z');
    await addSnapshot('2026-01-01T00:00:00.000Z');
    expect(await applyRetention(db, { now: NOW, force: true })).toEqual({
      posts: 0,
      postSnapshots: 1,
      profileSnapshots: 0,
    });
    expect(await browser.storage.local.get(RETENTION_KEY)).toEqual({
      [RETENTION_KEY]: { lastRunAt: NOW.toISOString() },
    });

    // After an ingest the same day: does not run again.
    await addSnapshot('2020-01-01T00:00:00.000Z');
    expect(await applyRetention(db, { now: later(RETENTION_INTERVAL_MS - 1) })).toBeUndefined();
    expect(await db.postSnapshots.count()).toBe(2);

    // The last run survives a restart of the service worker (it is read from storage).
    resetRetentionCache();
    expect(await applyRetention(db, { now: later(60_000) })).toBeUndefined();

    // A day later: runs.
    expect(await applyRetention(db, { now: later(RETENTION_INTERVAL_MS) })).toMatchObject({
      postSnapshots: 1,
    });
    expect(await db.postSnapshots.count()).toBe(1);
  });

  it('never throws: a failure is retried later', async () => {
    const failing: () => Promise<Settings> = () => Promise.reject(new Error('boom'));
    await expect(applyRetention(db, { now: NOW, force: true, settings: failing })).resolves.toBeUndefined();
  });
});
