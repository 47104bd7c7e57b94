import type {
  Network,
  Post,
  PostMetricName,
  PostMetrics,
  PostSnapshot,
  ProfileMetricName,
  ProfileSnapshot,
} from '../model/records';
import { fromReading, type Bounds } from './interval';
import type { Period } from './types';

/**
 * Picking readings out of the stored history. Times are compared as epoch milliseconds.
 * A period holds the events with `start < t <= end`.
 */

export interface Span {
  start: number;
  end: number;
}

export const toSpan = (p: Period): Span => ({ start: Date.parse(p.start), end: Date.parse(p.end) });

export const within = (t: number, span: Span): boolean => t > span.start && t <= span.end;

export const toIso = (t: number): string => new Date(t).toISOString();

/** Handles are stored lower-cased without `@`; this also tolerates what a user typed. */
export const normaliseHandle = (h: string): string => h.trim().replace(/^@+/, '').toLowerCase();

/** Hashtags are stored as written (case kept), without `#`; they match whatever their case. */
export const normaliseTag = (t: string): string => t.trim().replace(/^#+/, '').normalize('NFC').toLowerCase();

export interface TimedReading {
  at: number;
  reading: Bounds;
}

const profileCache = new WeakMap<readonly ProfileSnapshot[], Map<string, TimedReading[]>>();

/** One account's known readings of one profile metric, oldest first. Unknown readings are absent. */
export function profileReadings(
  snapshots: readonly ProfileSnapshot[],
  network: Network,
  handle: string,
  metric: ProfileMetricName,
): readonly TimedReading[] {
  let byKey = profileCache.get(snapshots);
  if (!byKey) {
    byKey = new Map();
    profileCache.set(snapshots, byKey);
  }
  const wanted = normaliseHandle(handle);
  const key = `${network}\u0000${wanted}\u0000${metric}`;
  let list = byKey.get(key);
  if (!list) {
    list = [];
    for (const s of snapshots) {
      const reading = s.metrics[metric];
      const at = Date.parse(s.capturedAt);
      if (s.network !== network || !reading || Number.isNaN(at)) continue;
      if (normaliseHandle(s.handle) !== wanted) continue;
      list.push({ at, reading: fromReading(reading) });
    }
    // Stable sort: two captures at the same instant keep their input order, the later one wins.
    list.sort((a, b) => a.at - b.at);
    byKey.set(key, list);
  }
  return list;
}

/** The last reading at or before `t`: the value of a figure at a date. */
export function lastAtOrBefore(list: readonly TimedReading[], t: number): TimedReading | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as TimedReading).at <= t) lo = mid + 1;
    else hi = mid;
  }
  return list[lo - 1] ?? null;
}

/** The first reading strictly after `t`. */
export function firstAfter(list: readonly TimedReading[], t: number): TimedReading | null {
  const before = lastAtOrBefore(list, t);
  const index = before ? list.indexOf(before) + 1 : 0;
  return list[index] ?? null;
}

export type PostFigures = Partial<Record<PostMetricName, Bounds>>;

interface TimedMetrics {
  at: number;
  metrics: PostMetrics;
}

const postSnapshotCache = new WeakMap<readonly PostSnapshot[], Map<string, TimedMetrics[]>>();

const postKey = (network: Network, postId: string): string => `${network}\u0000${postId}`;

function snapshotsOfPost(
  snapshots: readonly PostSnapshot[],
  network: Network,
  postId: string,
): TimedMetrics[] {
  let byPost = postSnapshotCache.get(snapshots);
  if (!byPost) {
    byPost = new Map();
    for (const s of snapshots) {
      const at = Date.parse(s.capturedAt);
      if (Number.isNaN(at)) continue;
      const key = postKey(s.network, s.postId);
      const list = byPost.get(key) ?? [];
      list.push({ at, metrics: s.metrics });
      byPost.set(key, list);
    }
    postSnapshotCache.set(snapshots, byPost);
  }
  return byPost.get(postKey(network, postId)) ?? [];
}

/** Capture times of a post's snapshots, `Post.lastSnapshotAt` included. */
export function postCaptureTimes(post: Post, snapshots: readonly PostSnapshot[]): number[] {
  const times = snapshotsOfPost(snapshots, post.network, post.postId).map((s) => s.at);
  if (post.lastSnapshotAt) times.push(Date.parse(post.lastSnapshotAt));
  return times;
}

/**
 * A post's figures for a period: for each metric, the reading of the latest snapshot
 * captured within the period that carries it. `Post.latestMetrics` counts as a snapshot
 * taken at `lastSnapshotAt`, so callers may pass no post snapshots at all. A metric that no
 * snapshot of the period knows stays absent.
 */
export function postFigures(post: Post, snapshots: readonly PostSnapshot[], span: Span): PostFigures {
  const candidates = [...snapshotsOfPost(snapshots, post.network, post.postId)];
  if (post.lastSnapshotAt)
    candidates.push({ at: Date.parse(post.lastSnapshotAt), metrics: post.latestMetrics });
  const best: Partial<Record<PostMetricName, { at: number; reading: Bounds }>> = {};
  for (const c of candidates) {
    if (!within(c.at, span)) continue;
    for (const [name, reading] of Object.entries(c.metrics) as [
      PostMetricName,
      PostMetrics[PostMetricName],
    ][]) {
      if (!reading) continue;
      const current = best[name];
      if (!current || c.at >= current.at) best[name] = { at: c.at, reading: fromReading(reading) };
    }
  }
  const figures: PostFigures = {};
  for (const [name, entry] of Object.entries(best) as [PostMetricName, { reading: Bounds } | undefined][]) {
    if (entry) figures[name] = entry.reading;
  }
  return figures;
}

/** The date a seen post counts at: its publication when known, else when it was first seen. */
export const seenPostTime = (post: Post): number => Date.parse(post.publishedAt ?? post.firstSeenAt);
