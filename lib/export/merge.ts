import type { Post } from '../model/records';

/**
 * How an imported record meets the one already stored. Every rule is idempotent (merging a record
 * with itself, or merging the same record twice, changes nothing), so importing a file twice
 * equals importing it once.
 */

/** Tag lists keep at most this many entries (the model's limit). */
const MAX_TAGS = 100;

/** `a`, then the entries of `b` that `a` lacks, capped at the model's limit. */
export function unionTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a);
  const out = [...a];
  for (const tag of b) {
    if (seen.has(tag)) continue;
    seen.add(tag);
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

/**
 * The canonical form of a validated ISO time (`2026-11-20T10:00:00.000Z`), the one the database
 * indexes: `…00Z` and `…00.000Z` are the same instant and must be the same snapshot, and sort right.
 */
export function canonicalTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString();
}

const isAfter = (a: string | undefined, b: string | undefined) =>
  a !== undefined && (b === undefined || a > b);

/**
 * One post from two sources: tags united, first/last seen widened, descriptive fields from the
 * copy seen last, and the latest figures of the copy whose latest snapshot is newer (a figure it
 * lacks keeps the other copy's reading, as ingest does: unknown now is not unknown ever).
 * On a tie the stored copy wins.
 */
export function mergePost(stored: Post, incoming: Post): Post {
  const seenLast = isAfter(incoming.lastSeenAt, stored.lastSeenAt) ? incoming : stored;
  const seenFirst = seenLast === incoming ? stored : incoming;
  const incomingIsNewer = isAfter(incoming.lastSnapshotAt, stored.lastSnapshotAt);
  const [newer, older] = incomingIsNewer ? [incoming, stored] : [stored, incoming];

  const merged: Post = {
    network: stored.network,
    postId: stored.postId,
    url: seenLast.url || seenFirst.url,
    hashtags: unionTags(stored.hashtags, incoming.hashtags),
    mentions: unionTags(stored.mentions, incoming.mentions),
    firstSeenAt: stored.firstSeenAt < incoming.firstSeenAt ? stored.firstSeenAt : incoming.firstSeenAt,
    lastSeenAt: seenLast.lastSeenAt,
    latestMetrics: { ...older.latestMetrics, ...newer.latestMetrics },
  };
  const author = seenLast.author ?? seenFirst.author;
  if (author !== undefined) merged.author = author;
  const authorName = seenLast.authorName ?? seenFirst.authorName;
  if (authorName !== undefined) merged.authorName = authorName;
  const publishedAt = seenLast.publishedAt ?? seenFirst.publishedAt;
  if (publishedAt !== undefined) merged.publishedAt = publishedAt;
  const lastSnapshotAt = newer.lastSnapshotAt ?? older.lastSnapshotAt;
  if (lastSnapshotAt !== undefined) merged.lastSnapshotAt = lastSnapshotAt;
  return merged;
}

/** Deep equality of JSON-like values, ignoring key order; an absent key equals an undefined one. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!sameJson(ra[key], rb[key])) return false;
  return true;
}
