import type {
  MetricReading,
  Network,
  Post,
  PostMetrics,
  PostSnapshot,
  ProfileMetrics,
  ProfileSnapshot,
  ManualFigure,
} from '../../../lib/model/records';
import type { KpiInput } from '../../../lib/kpi/types';

/** ISO instant on a day of March 2025 (day 0 = 28 February, 32 = 1 April), UTC. */
export const mar = (day: number, hour = 0): string => new Date(Date.UTC(2025, 2, day, hour)).toISOString();

/** An exact figure, as read from a full integer. */
export const exact = (n: number): MetricReading => ({ value: n, raw: String(n), min: n, max: n });

/** A rounded figure such as "1,2 k": best estimate and bounds. */
export const rounded = (raw: string, value: number, min: number, max: number | null): MetricReading => ({
  value,
  raw,
  min,
  max,
});

export function profile(
  handle: string,
  capturedAt: string,
  metrics: ProfileMetrics,
  network: Network = 'x',
): ProfileSnapshot {
  return {
    network,
    handle,
    metrics,
    capturedAt,
    pageUrl: `https://x.com/${handle}`,
    locale: 'fr',
    parserVersion: 1,
  };
}

export const followersAt = (
  handle: string,
  capturedAt: string,
  reading: MetricReading | number,
  network: Network = 'x',
) =>
  profile(handle, capturedAt, { followers: typeof reading === 'number' ? exact(reading) : reading }, network);

export function post(p: Partial<Post> & { postId: string }): Post {
  return {
    network: 'x',
    url: `https://x.com/acme/status/${p.postId}`,
    author: 'acme',
    hashtags: [],
    mentions: [],
    firstSeenAt: p.publishedAt ?? mar(1),
    lastSeenAt: p.publishedAt ?? mar(1),
    latestMetrics: {},
    ...p,
  };
}

export function postSnapshot(
  postId: string,
  capturedAt: string,
  metrics: PostMetrics,
  network: Network = 'x',
  author = 'acme',
): PostSnapshot {
  return {
    network,
    postId,
    author,
    metrics,
    capturedAt,
    pageUrl: 'https://x.com/home',
    locale: 'fr',
    parserVersion: 1,
  };
}

let manualId = 0;
export function manual(
  metric: ManualFigure['metric'],
  value: number,
  periodStart: string,
  periodEnd: string,
  extra: Partial<ManualFigure> = {},
): ManualFigure {
  manualId += 1;
  return { id: `m${manualId}`, network: 'x', metric, value, periodStart, periodEnd, ...extra };
}

/** March 2025 on X for @acme, no data unless given. */
export function kpiInput(over: Partial<KpiInput> = {}): KpiInput {
  return {
    network: 'x',
    period: { start: mar(1), end: mar(31) },
    accounts: [{ network: 'x', handle: 'acme' }],
    posts: [],
    postSnapshots: [],
    profileSnapshots: [],
    manualFigures: [],
    trackedHashtags: [],
    ...over,
  };
}
