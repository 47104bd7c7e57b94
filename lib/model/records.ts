import { z } from 'zod';
import { NETWORKS } from './networks';

/**
 * The records KPI Lens keeps. These Zod schemas are the single source of truth:
 * the TypeScript types, the database rows, the messages and the export document
 * all derive from them.
 */

export { NETWORKS } from './networks';
export const NetworkSchema = z.enum(NETWORKS);
export type Network = z.infer<typeof NetworkSchema>;

/** Canonical post metric names (PRODUCT.md), plus `reach` read from owners' analytics pages. */
export const POST_METRICS = ['likes', 'comments', 'shares', 'quotes', 'bookmarks', 'views', 'reach'] as const;
export const PostMetricNameSchema = z.enum(POST_METRICS);
export type PostMetricName = z.infer<typeof PostMetricNameSchema>;

/** Canonical profile metric names, plus `profileViews` from an owner's dashboard. */
export const PROFILE_METRICS = ['followers', 'following', 'posts', 'connections', 'profileViews'] as const;
export const ProfileMetricNameSchema = z.enum(PROFILE_METRICS);
export type ProfileMetricName = z.infer<typeof ProfileMetricNameSchema>;

/** ISO 8601 instant in UTC, as `Date.prototype.toISOString` writes it. */
export const IsoTimeSchema = z.iso.datetime({ offset: false });

const MAX_COUNT = 1e13;

/**
 * One figure as read from a page. `value` is the best estimate; `min`..`max` hold the
 * true count (equal when the page showed the exact integer). `max` is null for an
 * open-ended figure such as LinkedIn's "500+". An unknown figure is absent, never 0.
 */
export const MetricReadingSchema = z
  .object({
    value: z.number().finite().nonnegative().max(MAX_COUNT),
    raw: z.string().max(200),
    min: z.number().finite().nonnegative().max(MAX_COUNT),
    max: z.number().finite().nonnegative().max(MAX_COUNT).nullable(),
  })
  .strict()
  .refine((m) => m.min <= m.value && (m.max === null || m.value <= m.max), {
    message: 'value must lie within min..max',
  });
export type MetricReading = z.infer<typeof MetricReadingSchema>;

export const PostMetricsSchema = z.partialRecord(PostMetricNameSchema, MetricReadingSchema);
export type PostMetrics = z.infer<typeof PostMetricsSchema>;
export const ProfileMetricsSchema = z.partialRecord(ProfileMetricNameSchema, MetricReadingSchema);
export type ProfileMetrics = z.infer<typeof ProfileMetricsSchema>;

const IdSchema = z.string().min(1).max(200);
/** Handles are stored without the leading @ and lower-cased by the readers. */
export const HandleSchema = z.string().min(1).max(200);
const UrlSchema = z.string().max(2048);
const TagListSchema = z.array(z.string().min(1).max(140)).max(100);
const LocaleSchema = z.string().max(35);

export const PostSchema = z
  .object({
    network: NetworkSchema,
    postId: IdSchema,
    url: UrlSchema,
    author: HandleSchema.optional(),
    authorName: z.string().max(500).optional(),
    publishedAt: IsoTimeSchema.optional(),
    hashtags: TagListSchema,
    mentions: TagListSchema,
    firstSeenAt: IsoTimeSchema,
    lastSeenAt: IsoTimeSchema,
    /** Time of the latest stored snapshot and its figures: the "latest snapshot of each post". */
    lastSnapshotAt: IsoTimeSchema.optional(),
    latestMetrics: PostMetricsSchema,
  })
  .strict();
export type Post = z.infer<typeof PostSchema>;

const SnapshotProvenance = {
  capturedAt: IsoTimeSchema,
  pageUrl: UrlSchema,
  locale: LocaleSchema,
  parserVersion: z.number().int().nonnegative(),
};

export const PostSnapshotSchema = z
  .object({
    id: z.number().int().positive().optional(),
    network: NetworkSchema,
    postId: IdSchema,
    /** Denormalised from the post so "snapshots of account A between two dates" is one index range. */
    author: z.string().max(200),
    metrics: PostMetricsSchema,
    ...SnapshotProvenance,
  })
  .strict();
export type PostSnapshot = z.infer<typeof PostSnapshotSchema>;

export const ProfileSnapshotSchema = z
  .object({
    id: z.number().int().positive().optional(),
    network: NetworkSchema,
    handle: HandleSchema,
    displayName: z.string().max(500).optional(),
    metrics: ProfileMetricsSchema,
    ...SnapshotProvenance,
  })
  .strict();
export type ProfileSnapshot = z.infer<typeof ProfileSnapshotSchema>;

export const AccountSchema = z
  .object({
    network: NetworkSchema,
    handle: HandleSchema,
    displayName: z.string().max(500).optional(),
    /** true: one of the user's own accounts; false: a watched account (e.g. a competitor). */
    owned: z.boolean(),
    addedAt: IsoTimeSchema,
  })
  .strict();
export type Account = z.infer<typeof AccountSchema>;

export const ManualFigureSchema = z
  .object({
    id: z.string().min(1).max(100),
    network: NetworkSchema,
    handle: HandleSchema.optional(),
    metric: z.enum(['clicks', 'conversions']),
    periodStart: IsoTimeSchema,
    periodEnd: IsoTimeSchema,
    value: z.number().finite().nonnegative().max(MAX_COUNT),
    note: z.string().max(500).optional(),
  })
  .strict();
export type ManualFigure = z.infer<typeof ManualFigureSchema>;
