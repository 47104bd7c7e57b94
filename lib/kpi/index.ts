/** The KPI engine: pure functions of plain data already fetched by the caller. */
export * from './types';
export {
  KPI_IDS,
  KPI_DEFINITIONS,
  OBJECTIVES,
  SUGGESTED_DENOMINATOR,
  getKpi,
  kpisFor,
  defaultKpis,
  formulaOf,
  computeKpi,
  type KpiId,
  type KpiDefinition,
  type KpiSource,
  type ObjectiveDefinition,
} from './catalogue';
export {
  AT_RISK_TOLERANCE,
  MAX_PROJECTION_POINTS,
  MAX_SERIES_BUCKETS,
  kpiProgress,
  measuredPeriod,
  previousPeriod,
  inputForTarget,
  projectToDeadline,
  statusOf,
  series,
  splitPeriod,
  type Bucket,
  type KpiProgress,
  type KpiStatus,
  type Projection,
  type ProgressContext,
  type SeriesPoint,
} from './progress';
export { FOLLOWERS_AFTER_POST_TOLERANCE_MS, followersAtPost } from './formulas';
export type { Bounds, SignedBounds } from './interval';
