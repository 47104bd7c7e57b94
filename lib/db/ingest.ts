import Dexie from 'dexie';
import type { KpiLensDatabase } from './database';
import type { Post, PostMetrics, PostSnapshot, ProfileMetrics, ProfileSnapshot } from '../model/records';
import type { IngestResult, PostReading, ProfileReading, ReadingsMessage } from '../model/messages';

export interface IngestOptions {
  /** A figure unchanged for this long is stored again, so the history shows it held. */
  snapshotIntervalMinutes: number;
  now?: () => Date;
}

type Metrics = PostMetrics | ProfileMetrics;

/**
 * True when `next` shows a figure that `previous` did not have or had with other bounds.
 * A figure absent from `next` is unknown now, not a change: the history keeps the last known one.
 */
export function metricsChanged(previous: Metrics | undefined, next: Metrics): boolean {
  const prev = (previous ?? {}) as Record<string, { value: number; min: number; max: number | null }>;
  for (const [name, reading] of Object.entries(next) as [string, (typeof prev)[string]][]) {
    const before = prev[name];
    if (!before) return true;
    if (before.value !== reading.value || before.min !== reading.min || before.max !== reading.max)
      return true;
  }
  return false;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 0) return [...a];
  const seen = new Set(a);
  const out = [...a];
  for (const item of b) {
    if (seen.has(item)) continue;
    seen.add(item);
    out.push(item);
  }
  return out.slice(0, 100);
}

const later = (a: string | undefined, b: string): string => (a && a > b ? a : b);
const earlier = (a: string | undefined, b: string): string => (a && a < b ? a : b);

function intervalElapsed(last: string | undefined, at: string, minutes: number): boolean {
  if (!last) return true;
  return Date.parse(at) - Date.parse(last) >= minutes * 60_000;
}

/** What one post reading does to the stored post: the merged post and, maybe, a new snapshot. */
export function mergePostReading(
  existing: Post | undefined,
  reading: PostReading,
  options: IngestOptions,
): { post: Post; snapshot: PostSnapshot | undefined } {
  const hasFigures = Object.keys(reading.metrics).length > 0;
  const isNewest = !existing?.lastSnapshotAt || reading.capturedAt >= existing.lastSnapshotAt;
  const storeSnapshot =
    hasFigures &&
    (metricsChanged(existing?.latestMetrics, reading.metrics) ||
      (isNewest &&
        intervalElapsed(existing?.lastSnapshotAt, reading.capturedAt, options.snapshotIntervalMinutes)));

  const author = reading.author ?? existing?.author;
  const post: Post = {
    network: reading.network,
    postId: reading.postId,
    url: reading.url || existing?.url || '',
    hashtags: union(existing?.hashtags ?? [], reading.hashtags),
    mentions: union(existing?.mentions ?? [], reading.mentions),
    firstSeenAt: earlier(existing?.firstSeenAt, reading.capturedAt),
    lastSeenAt: later(existing?.lastSeenAt, reading.capturedAt),
    latestMetrics: existing?.latestMetrics ?? {},
  };
  if (author) post.author = author;
  const authorName = reading.authorName ?? existing?.authorName;
  if (authorName) post.authorName = authorName;
  const publishedAt = reading.publishedAt ?? existing?.publishedAt;
  if (publishedAt) post.publishedAt = publishedAt;
  if (existing?.lastSnapshotAt) post.lastSnapshotAt = existing.lastSnapshotAt;
  if (!storeSnapshot) return { post, snapshot: undefined };

  const snapshot: PostSnapshot = {
    network: reading.network,
    postId: reading.postId,
    author: author ?? '',
    metrics: reading.metrics,
    capturedAt: reading.capturedAt,
    pageUrl: reading.pageUrl,
    locale: reading.locale,
    parserVersion: reading.parserVersion,
  };
  if (isNewest) {
    // Figures the page did not show this time keep their last known reading.
    post.latestMetrics = { ...post.latestMetrics, ...reading.metrics };
    post.lastSnapshotAt = reading.capturedAt;
  }
  return { post, snapshot };
}

/** What one profile reading adds: a snapshot when a figure changed or the interval elapsed. */
export function profileSnapshotFor(
  latest: ProfileSnapshot | undefined,
  reading: ProfileReading,
  options: IngestOptions,
): ProfileSnapshot | undefined {
  if (Object.keys(reading.metrics).length === 0) return undefined;
  const isNewest = !latest || reading.capturedAt >= latest.capturedAt;
  const store =
    metricsChanged(latest?.metrics, reading.metrics) ||
    (isNewest && intervalElapsed(latest?.capturedAt, reading.capturedAt, options.snapshotIntervalMinutes));
  if (!store) return undefined;
  const snapshot: ProfileSnapshot = {
    network: reading.network,
    handle: reading.handle,
    metrics: reading.metrics,
    capturedAt: reading.capturedAt,
    pageUrl: reading.pageUrl,
    locale: reading.locale,
    parserVersion: reading.parserVersion,
  };
  if (reading.displayName) snapshot.displayName = reading.displayName;
  return snapshot;
}

async function latestProfileSnapshot(
  db: KpiLensDatabase,
  network: ProfileReading['network'],
  handle: string,
): Promise<ProfileSnapshot | undefined> {
  return db.profileSnapshots
    .where('[network+handle+capturedAt]')
    .between([network, handle, Dexie.minKey], [network, handle, Dexie.maxKey])
    .last();
}

/**
 * Writes one validated batch in a single transaction: all of it or nothing. A batch whose id was
 * already written is acknowledged as a duplicate and changes nothing. Reads and writes are bulk
 * operations: one bulkGet of the batch's posts, one bulkAdd of its snapshots, one bulkPut.
 */
export async function ingestBatch(
  db: KpiLensDatabase,
  message: ReadingsMessage,
  options: IngestOptions,
): Promise<IngestResult> {
  const [result] = await ingestBatches(db, [message], options);
  return result as IngestResult;
}

/**
 * Writes several validated batches in one transaction (the background groups the batches that
 * arrive while a write is under way: a transaction's fixed cost is paid once for all of them).
 * All of them or none; each keeps its own batch id, so each is still written once.
 */
export async function ingestBatches(
  db: KpiLensDatabase,
  messages: readonly ReadingsMessage[],
  options: IngestOptions,
): Promise<IngestResult[]> {
  const now = (options.now ?? (() => new Date()))();
  return db.transaction('rw', [db.posts, db.postSnapshots, db.profileSnapshots, db.batches], async () => {
    const results: IngestResult[] = [];
    // One after the other: a batch sees what the previous one of the group wrote (a re-sent batch
    // in the same group is a duplicate, a post's second reading merges into its first).
    for (const message of messages) results.push(await writeBatch(db, message, options, now));
    return results;
  });
}

/** One batch's writes, inside the caller's transaction. */
async function writeBatch(
  db: KpiLensDatabase,
  message: ReadingsMessage,
  options: IngestOptions,
  now: Date,
): Promise<IngestResult> {
  if (await db.batches.get(message.batchId)) {
    return { ok: true, batchId: message.batchId, duplicate: true, postSnapshots: 0, profileSnapshots: 0 };
  }
  // Oldest first, so the interval rule sees the readings in the order they were taken.
  const readings = [...message.readings].sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : 1));
  const postReadings = readings.filter((r): r is PostReading => r.kind === 'post');
  const profileReadings = readings.filter((r): r is ProfileReading => r.kind === 'profile');

  const keys = [...new Set(postReadings.map((r) => `${r.network}\u0000${r.postId}`))];
  const stored = await db.posts.bulkGet(keys.map((k) => k.split('\u0000') as [Post['network'], string]));
  const current = new Map<string, Post | undefined>(keys.map((k, i) => [k, stored[i]]));
  const newPostSnapshots: PostSnapshot[] = [];
  for (const reading of postReadings) {
    const key = `${reading.network}\u0000${reading.postId}`;
    const { post, snapshot } = mergePostReading(current.get(key), reading, options);
    current.set(key, post);
    if (snapshot) newPostSnapshots.push(snapshot);
  }

  const latestProfile = new Map<string, ProfileSnapshot | undefined>();
  const newProfileSnapshots: ProfileSnapshot[] = [];
  for (const reading of profileReadings) {
    const key = `${reading.network}\u0000${reading.handle}`;
    if (!latestProfile.has(key)) {
      latestProfile.set(key, await latestProfileSnapshot(db, reading.network, reading.handle));
    }
    const snapshot = profileSnapshotFor(latestProfile.get(key), reading, options);
    if (snapshot) {
      newProfileSnapshots.push(snapshot);
      const before = latestProfile.get(key);
      if (!before || snapshot.capturedAt >= before.capturedAt) latestProfile.set(key, snapshot);
    }
  }

  const posts = [...current.values()].filter((p): p is Post => !!p);
  await Promise.all([
    posts.length ? db.posts.bulkPut(posts) : undefined,
    newPostSnapshots.length ? db.postSnapshots.bulkAdd(newPostSnapshots) : undefined,
    newProfileSnapshots.length ? db.profileSnapshots.bulkAdd(newProfileSnapshots) : undefined,
    db.batches.add({ batchId: message.batchId, receivedAt: now.toISOString() }),
  ]);
  return {
    ok: true,
    batchId: message.batchId,
    duplicate: false,
    postSnapshots: newPostSnapshots.length,
    profileSnapshots: newProfileSnapshots.length,
  };
}

/** Forget batch ids older than `days`: a page never re-sends a batch that old. */
export async function pruneReceivedBatches(db: KpiLensDatabase, now: Date, days = 7): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.batches.where('receivedAt').below(cutoff).delete();
}

/** Adds `by` to a named counter (rejected messages, for instance). */
export async function incrementCounter(db: KpiLensDatabase, name: string, by = 1): Promise<void> {
  await db.transaction('rw', db.counters, async () => {
    const current = await db.counters.get(name);
    await db.counters.put({ name, value: (current?.value ?? 0) + by });
  });
}
