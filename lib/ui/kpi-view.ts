import type { KpiDataQuery } from '../db/kpi-data';
import {
  getKpi,
  inputForTarget,
  kpiProgress,
  measuredPeriod,
  previousPeriod,
  series,
  type Bucket,
  type KpiData,
  type KpiDefinition,
  type KpiProgress,
  type SeriesPoint,
} from '../kpi';
import type { KpiTarget, Objective } from '../model/objectives';
import { DAY_MS } from './dates';

/** Up to this many days measured, the trend has one point a day; beyond, one a week. */
export const DAILY_TREND_MAX_DAYS = 45;

/**
 * The popup's clock only ticks once a minute; data captured since reaches the computation
 * with its own later "now". The window starts this much earlier so the previous period,
 * which grows backwards with time, is always fully fetched.
 */
const WINDOW_MARGIN_MS = 5 * 60 * 1000;

/** What to fetch for a target: its previous period and measured period, through its deadline. */
export function windowForTarget(
  objective: Pick<Objective, 'accounts' | 'createdAt'>,
  target: KpiTarget,
  now: string,
  trackedHashtags: readonly string[],
): KpiDataQuery {
  const later = new Date(Date.parse(now) + WINDOW_MARGIN_MS).toISOString();
  const period = measuredPeriod(target, objective.createdAt, later);
  const from = previousPeriod(period).start;
  const metric = getKpi(target.kpi)?.readsAtBounds;
  return {
    accounts: objective.accounts,
    network: target.network,
    from,
    // Readings arrive while the popup is open: fetch up to the deadline, the engine stops at "now".
    to: target.deadline > period.end ? target.deadline : period.end,
    trackedHashtags,
    kpis: [target.kpi],
    // The previous period only gives this KPI's value at its bounds: its readings in between are
    // left in the database. Its start moves back as time passes, somewhere between `from` (the
    // margin's end) and its start for `now`: every reading in that sliver is fetched, so the bounds
    // are right whichever instant of the margin the figures are computed for.
    ...(metric && {
      boundsOnly: {
        from: previousPeriod(measuredPeriod(target, objective.createdAt, now)).start,
        until: period.start,
        metric,
      },
    }),
  };
}

export interface TargetView {
  definition: KpiDefinition | undefined;
  progress: KpiProgress;
  trend: SeriesPoint[];
  bucket: Bucket;
}

export function targetView(
  objective: Pick<Objective, 'createdAt'>,
  target: KpiTarget,
  data: KpiData,
  now: string,
): TargetView {
  const progress = kpiProgress(target, data, { now, objectiveCreatedAt: objective.createdAt });
  const days = (Date.parse(progress.period.end) - Date.parse(progress.period.start)) / DAY_MS;
  const bucket: Bucket = days <= DAILY_TREND_MAX_DAYS ? 'day' : 'week';
  const definition = getKpi(target.kpi);
  const trend =
    definition && days > 0 ? series(target.kpi, inputForTarget(target, data, progress.period), bucket) : [];
  return { definition, progress, trend, bucket };
}
