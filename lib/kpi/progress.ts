import type { KpiTarget } from '../model/objectives';
import { computeKpi, getKpi, type KpiDefinition } from './catalogue';
import { normaliseHandle, postCaptureTimes, seenPostTime, toIso, toSpan, type Span } from './select';
import type { KpiData, KpiDirection, KpiInput, KpiValue, Period } from './types';

/**
 * Where a KPI target stands: its value over the measured period, the previous period of the
 * same length, a projection to the deadline and a status.
 */

export type KpiStatus = 'reached' | 'onTrack' | 'atRisk' | 'behind' | 'noData';

/** A projection missing the target by at most this share of it is "at risk" rather than "behind". */
export const AT_RISK_TOLERANCE = 0.1;
/** At most this many points feed the projection's fit (and the same cap bounds its cost). */
export const MAX_PROJECTION_POINTS = 60;
/** At most this many buckets in a trend series; the earliest are dropped beyond it. */
export const MAX_SERIES_BUCKETS = 400;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ProgressContext {
  /** The current time, ISO. */
  now: string;
  /** The objective's creation, the period's start when the target has none. */
  objectiveCreatedAt: string;
}

export interface Projection {
  /** The KPI's expected value at the deadline. */
  value: number;
  at: string;
  /** How many (time, value) points the line was fitted to. */
  points: number;
  method: 'leastSquares';
}

export interface KpiProgress {
  kpi: string;
  /** The measured period: from the target's start (or the objective's creation) to now, or to the deadline once passed. */
  period: Period;
  current: KpiValue;
  target: number;
  /** current ÷ target × 100 (also for lower-is-better KPIs, where under 100 is good); null for a 0 target or no data. */
  percentOfTarget: number | null;
  /** The period of the same length just before. */
  previousPeriod: Period;
  previous: KpiValue;
  /** current − previous, on the best estimates. */
  change: number | null;
  projection: Projection | null;
  status: KpiStatus;
  /** The current range holds values on both sides of the target: the status rests on the best estimate only. */
  straddlesTarget: boolean;
  deadlinePassed: boolean;
}

export function measuredPeriod(target: KpiTarget, objectiveCreatedAt: string, now: string): Period {
  const start = target.start ?? objectiveCreatedAt;
  const startMs = Date.parse(start);
  const endMs = Math.min(Date.parse(now), Date.parse(target.deadline));
  return { start, end: endMs > startMs ? toIso(endMs) : start };
}

export function previousPeriod(period: Period): Period {
  const { start, end } = toSpan(period);
  return { start: toIso(start - (end - start)), end: period.start };
}

export function inputForTarget(target: KpiTarget, data: KpiData, period: Period): KpiInput {
  return { ...data, network: target.network, period, denominator: target.denominator };
}

const meets = (value: number, target: number, direction: KpiDirection): boolean =>
  direction === 'higherIsBetter' ? value >= target : value <= target;

function straddles(value: KpiValue, target: number, direction: KpiDirection): boolean {
  if (!value) return false;
  const lo = value.min ?? -Infinity;
  const hi = value.max ?? Infinity;
  return direction === 'higherIsBetter' ? hi >= target && lo < target : lo <= target && hi > target;
}

/**
 * The status, on the best estimate:
 * - `noData`: no current value.
 * - Deadline passed: `reached` when the value at the deadline meets the target, else `behind`.
 * - Higher is better and the target is already met: `reached`.
 * - Otherwise the projection decides: meeting the target at the deadline: `onTrack`; missing
 *   it by at most AT_RISK_TOLERANCE × |target|: `atRisk`; further: `behind`.
 * - No projection (fewer than two points): `onTrack` if the current value meets the target,
 *   else `atRisk` — too early to say more.
 * A lower-is-better KPI under its ceiling is not `reached` before the deadline: it can still rise.
 */
export function statusOf(
  current: KpiValue,
  projection: number | null,
  target: number,
  direction: KpiDirection,
  deadlinePassed: boolean,
): KpiStatus {
  if (!current) return 'noData';
  if (deadlinePassed) return meets(current.value, target, direction) ? 'reached' : 'behind';
  if (direction === 'higherIsBetter' && meets(current.value, target, direction)) return 'reached';
  if (projection === null) return meets(current.value, target, direction) ? 'onTrack' : 'atRisk';
  if (meets(projection, target, direction)) return 'onTrack';
  const tolerance = AT_RISK_TOLERANCE * Math.abs(target);
  const nearEnough = direction === 'higherIsBetter' ? target - tolerance : target + tolerance;
  return meets(projection, nearEnough, direction) ? 'atRisk' : 'behind';
}

/** Least-squares line through (x, y) points, read at `x`. Null with fewer than two distinct x. */
export function leastSquaresAt(points: readonly { x: number; y: number }[], x: number): number | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.y, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  return meanY + (sxy / sxx) * (x - meanX);
}

/** The instants at which the KPI's value over (start, t] can change: captures, publications, hand-entered bounds. */
function eventTimes(def: KpiDefinition, input: KpiInput, span: Span): number[] {
  const handles = new Set(
    input.accounts.filter((a) => a.network === input.network).map((a) => normaliseHandle(a.handle)),
  );
  const times = new Set<number>([span.start, span.end]);
  const ours = (author: string | undefined) => author !== undefined && handles.has(normaliseHandle(author));
  if (def.sources.includes('profiles')) {
    for (const s of input.profileSnapshots) {
      if (s.network === input.network && handles.has(normaliseHandle(s.handle)))
        times.add(Date.parse(s.capturedAt));
    }
  }
  for (const post of input.posts) {
    if (post.network !== input.network) continue;
    if (def.sources.includes('ownPosts') && ours(post.author) && post.publishedAt) {
      times.add(Date.parse(post.publishedAt));
      for (const t of postCaptureTimes(post, input.postSnapshots)) times.add(t);
    }
    if (def.sources.includes('seenPosts')) times.add(seenPostTime(post));
  }
  if (def.sources.includes('manual')) {
    for (const m of input.manualFigures) {
      if (m.network !== input.network) continue;
      times.add(Date.parse(m.periodStart));
      times.add(Date.parse(m.periodEnd));
    }
  }
  const sorted = [...times].filter((t) => t >= span.start && t <= span.end).sort((a, b) => a - b);
  if (sorted.length <= MAX_PROJECTION_POINTS) return sorted;
  const step = (sorted.length - 1) / (MAX_PROJECTION_POINTS - 1);
  return Array.from({ length: MAX_PROJECTION_POINTS }, (_, i) => sorted[Math.round(i * step)] as number);
}

/**
 * A straight line fitted by least squares to the KPI's value over (start, t] for every
 * instant t at which that value can change (the period's start and end, each capture,
 * publication and hand-entered bound; at most MAX_PROJECTION_POINTS of them, evenly
 * thinned), read at the deadline. Fitting the whole history rather than joining the first
 * and last points keeps one odd reading from swinging the projection. The line is clamped at
 * the KPI's lowest possible value. It projects the best estimate, not the range.
 */
export function projectToDeadline(def: KpiDefinition, input: KpiInput, deadline: string): Projection | null {
  const span = toSpan(input.period);
  const points: { x: number; y: number }[] = [];
  for (const t of eventTimes(def, input, span)) {
    const v = def.compute({ ...input, period: { start: input.period.start, end: toIso(t) } });
    if (v) points.push({ x: (t - span.start) / DAY_MS, y: v.value });
  }
  const at = Date.parse(deadline);
  const y = leastSquaresAt(points, (at - span.start) / DAY_MS);
  if (y === null) return null;
  return {
    value: def.lowest === null ? y : Math.max(def.lowest, y),
    at: toIso(at),
    points: points.length,
    method: 'leastSquares',
  };
}

export function kpiProgress(target: KpiTarget, data: KpiData, context: ProgressContext): KpiProgress {
  const period = measuredPeriod(target, context.objectiveCreatedAt, context.now);
  const previous = previousPeriod(period);
  const deadlinePassed = Date.parse(context.now) >= Date.parse(target.deadline);
  const def = getKpi(target.kpi);
  const empty = period.start === period.end;
  const input = inputForTarget(target, data, period);
  const current = def && !empty ? def.compute(input) : null;
  const before = def && !empty ? def.compute({ ...input, period: previous }) : null;
  const projection =
    def && current && !deadlinePassed ? projectToDeadline(def, input, target.deadline) : null;
  const direction = def?.direction ?? 'higherIsBetter';
  return {
    kpi: target.kpi,
    period,
    current,
    target: target.target,
    percentOfTarget: current && target.target !== 0 ? (current.value / target.target) * 100 : null,
    previousPeriod: previous,
    previous: before,
    change: current && before ? current.value - before.value : null,
    projection,
    status: statusOf(current, projection?.value ?? null, target.target, direction, deadlinePassed),
    straddlesTarget: straddles(current, target.target, direction),
    deadlinePassed,
  };
}

export type Bucket = 'day' | 'week';

export interface SeriesPoint {
  start: string;
  end: string;
  value: KpiValue;
}

/**
 * Consecutive buckets of one day or one week covering the period, aligned on its end so
 * every bucket but the first is whole; the earliest are dropped beyond MAX_SERIES_BUCKETS.
 * Fixed lengths rather than calendar days: the engine knows no time zone.
 */
export function splitPeriod(period: Period, bucket: Bucket): Period[] {
  const { start, end } = toSpan(period);
  const step = bucket === 'day' ? DAY_MS : 7 * DAY_MS;
  const periods: Period[] = [];
  for (let to = end; to > start && periods.length < MAX_SERIES_BUCKETS; to -= step) {
    periods.push({ start: toIso(Math.max(start, to - step)), end: toIso(to) });
  }
  return periods.reverse();
}

/**
 * The KPI computed over each bucket on its own (followers at the bucket's end, posts
 * published in the bucket, the bucket's mean engagement rate…), for a trend chart.
 */
export function series(kpi: string, input: KpiInput, buckets: Bucket | readonly Period[]): SeriesPoint[] {
  const periods = typeof buckets === 'string' ? splitPeriod(input.period, buckets) : buckets;
  return periods.map((p) => ({
    start: p.start,
    end: p.end,
    value: computeKpi(kpi, { ...input, period: p }),
  }));
}
