import Dexie from 'dexie';
import { KpiLensDatabase } from '../../../lib/db/database';
import { ingestBatch, metricsChanged } from '../../../lib/db/ingest';
import { receiveMessage, REJECTED_COUNTER } from '../../../lib/db/receive';
import { batch, postReading, profileReading } from '../../helpers/readings';

const hourly = { snapshotIntervalMinutes: 60 };
let db: KpiLensDatabase;

beforeEach(async () => {
  db = new KpiLensDatabase(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const likes = (n: number) => ({ likes: { value: n, raw: `${n} likes`, min: n, max: n } });

describe('ingestBatch', () => {
  it('stores a post and its first snapshot with value, raw text and bounds', async () => {
    await ingestBatch(
      db,
      batch([postReading({ metrics: { likes: { value: 1200, raw: '1,2 k', min: 1150, max: 1299 } } })]),
      hourly,
    );
    const [snapshot] = await db.postSnapshots.toArray();
    expect(snapshot?.metrics.likes).toEqual({ value: 1200, raw: '1,2 k', min: 1150, max: 1299 });
    const post = await db.posts.get(['x', '1981398750557065646']);
    expect(post?.latestMetrics.likes?.value).toBe(1200);
    expect(post?.lastSnapshotAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('does not store an unchanged figure again within the interval, but does after it', async () => {
    await ingestBatch(db, batch([postReading()]), hourly);
    await ingestBatch(db, batch([postReading({ capturedAt: '2026-11-20T10:30:00.000Z' })]), hourly);
    expect(await db.postSnapshots.count()).toBe(1);
    await ingestBatch(db, batch([postReading({ capturedAt: '2026-11-20T11:00:00.000Z' })]), hourly);
    expect(await db.postSnapshots.count()).toBe(2);
  });

  it('stores a changed figure at once', async () => {
    await ingestBatch(db, batch([postReading()]), hourly);
    await ingestBatch(
      db,
      batch([postReading({ capturedAt: '2026-11-20T10:01:00.000Z', metrics: likes(554) })]),
      hourly,
    );
    expect(await db.postSnapshots.count()).toBe(2);
    expect((await db.posts.get(['x', '1981398750557065646']))?.latestMetrics.likes?.value).toBe(554);
  });

  it('keeps an unknown figure unknown: a reading without views does not erase the last known views', async () => {
    const views = { views: { value: 30142, raw: '30142 views', min: 30142, max: 30142 } };
    await ingestBatch(db, batch([postReading({ metrics: { ...likes(553), ...views } })]), hourly);
    await ingestBatch(
      db,
      batch([postReading({ capturedAt: '2026-11-20T10:05:00.000Z', metrics: likes(600) })]),
      hourly,
    );
    const snapshots = await db.postSnapshots.orderBy('capturedAt').toArray();
    expect(snapshots[1]?.metrics.views).toBeUndefined();
    expect((await db.posts.get(['x', '1981398750557065646']))?.latestMetrics.views?.value).toBe(30142);
  });

  it('writes a batch once even when it is delivered twice', async () => {
    const message = batch([postReading(), profileReading()]);
    const first = await ingestBatch(db, message, hourly);
    const second = await ingestBatch(db, message, hourly);
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(await db.postSnapshots.count()).toBe(1);
    expect(await db.profileSnapshots.count()).toBe(1);
  });

  it('merges a post seen by two tabs at the same time into one post', async () => {
    await Promise.all([
      ingestBatch(db, batch([postReading({ hashtags: ['Launch'] })]), hourly),
      ingestBatch(
        db,
        batch([postReading({ mentions: ['acme'], publishedAt: '2025-10-23T16:34:09.000Z' })]),
        hourly,
      ),
    ]);
    const posts = await db.posts.toArray();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.hashtags).toEqual(['Launch']);
    expect(posts[0]?.mentions).toEqual(['acme']);
    expect(posts[0]?.publishedAt).toBe('2025-10-23T16:34:09.000Z');
    expect(await db.postSnapshots.count()).toBe(1);
  });

  it('answers "snapshots of account A between two dates" from one index range', async () => {
    for (let h = 0; h < 5; h++) {
      const at = `2026-11-20T1${h}:00:00.000Z`;
      await ingestBatch(db, batch([postReading({ capturedAt: at, metrics: likes(500 + h) })]), hourly);
      await ingestBatch(
        db,
        batch([postReading({ postId: '2', author: 'other', capturedAt: at, metrics: likes(h) })]),
        hourly,
      );
    }
    const rows = await db.postSnapshots
      .where('[network+author+capturedAt]')
      .between(
        ['x', 'testuser123', '2026-11-20T11:00:00.000Z'],
        ['x', 'testuser123', '2026-11-20T13:00:00.000Z'],
        true,
        true,
      )
      .toArray();
    expect(rows.map((r) => r.metrics.likes?.value)).toEqual([501, 502, 503]);
    const latest = await db.postSnapshots
      .where('[network+postId+capturedAt]')
      .between(['x', '2', Dexie.minKey], ['x', '2', Dexie.maxKey])
      .last();
    expect(latest?.metrics.likes?.value).toBe(4);
  });

  it('keeps a profile history of changes only', async () => {
    await ingestBatch(db, batch([profileReading()]), hourly);
    await ingestBatch(db, batch([profileReading({ capturedAt: '2026-11-20T10:10:00.000Z' })]), hourly);
    await ingestBatch(
      db,
      batch([
        profileReading({
          capturedAt: '2026-11-20T10:20:00.000Z',
          metrics: { followers: { value: 3894, raw: '3,894', min: 3894, max: 3894 } },
        }),
      ]),
      hourly,
    );
    const history = await db.profileSnapshots.orderBy('capturedAt').toArray();
    expect(history.map((s) => s.metrics.followers?.value)).toEqual([3893, 3894]);
  });
});

describe('metricsChanged', () => {
  it('sees new bounds as a change and a missing figure as none', () => {
    const a = { likes: { value: 1200, raw: '1,2 k', min: 1150, max: 1299 } };
    expect(metricsChanged(a, { likes: { value: 1200, raw: '1.2K', min: 1150, max: 1299 } })).toBe(false);
    expect(metricsChanged(a, { likes: { value: 1234, raw: '1234', min: 1234, max: 1234 } })).toBe(true);
    expect(metricsChanged(a, {})).toBe(false);
    expect(metricsChanged(undefined, a)).toBe(true);
  });
});

describe('receiveMessage', () => {
  const settings = async () => hourly;

  it('rejects and counts an invalid message, writing nothing', async () => {
    const bad = batch([postReading({ metrics: { likes: { value: -1, raw: '', min: 0, max: 0 } } })]);
    const answers = await Promise.all([
      receiveMessage(db, bad, settings),
      receiveMessage(db, { type: 'drop-table' }, settings),
      receiveMessage(db, null, settings),
      receiveMessage(db, { ...batch([postReading()]), extra: 1 }, settings),
    ]);
    expect(answers.every((a) => !a.ok && a.error === 'invalid')).toBe(true);
    expect(await db.postSnapshots.count()).toBe(0);
    expect(await db.posts.count()).toBe(0);
    expect((await db.counters.get(REJECTED_COUNTER))?.value).toBe(4);
  });

  it('rejects a batch larger than 200 readings', async () => {
    const readings = Array.from({ length: 201 }, (_, i) => postReading({ postId: String(i) }));
    const answer = await receiveMessage(db, batch(readings), settings);
    expect(answer.ok).toBe(false);
    expect(await db.posts.count()).toBe(0);
  });

  it('stores a valid batch and acknowledges it by id', async () => {
    const message = batch([postReading()]);
    const answer = await receiveMessage(db, message, settings);
    expect(answer).toMatchObject({ ok: true, batchId: message.batchId, postSnapshots: 1 });
  });
});
