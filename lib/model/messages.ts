import { z } from 'zod';
import { MAX_BADGE_POSTS, MAX_BADGE_PROFILES } from '../badges/request';
import {
  HandleSchema,
  IsoTimeSchema,
  NetworkSchema,
  PostMetricsSchema,
  ProfileMetricsSchema,
} from './records';

/** How many readings one batch may carry; the page side splits larger ones. */
export const MAX_BATCH_READINGS = 200;

const capture = {
  capturedAt: IsoTimeSchema,
  pageUrl: z.string().max(2048),
  locale: z.string().max(35),
  parserVersion: z.number().int().nonnegative(),
};

const TagListSchema = z.array(z.string().min(1).max(140)).max(100);

export const PostReadingSchema = z
  .object({
    kind: z.literal('post'),
    network: NetworkSchema,
    postId: z.string().min(1).max(200),
    /** A permalink on the site itself: never `javascript:` or any other scheme from page text. */
    url: z
      .string()
      .max(2048)
      .regex(/^https:\/\/[^\s]+$/, 'not an https URL'),
    author: HandleSchema.optional(),
    authorName: z.string().max(500).optional(),
    publishedAt: IsoTimeSchema.optional(),
    hashtags: TagListSchema,
    mentions: TagListSchema,
    metrics: PostMetricsSchema,
    ...capture,
  })
  .strict();
export type PostReading = z.infer<typeof PostReadingSchema>;

export const ProfileReadingSchema = z
  .object({
    kind: z.literal('profile'),
    network: NetworkSchema,
    handle: HandleSchema,
    displayName: z.string().max(500).optional(),
    metrics: ProfileMetricsSchema,
    ...capture,
  })
  .strict();
export type ProfileReading = z.infer<typeof ProfileReadingSchema>;

export const ReadingSchema = z.discriminatedUnion('kind', [PostReadingSchema, ProfileReadingSchema]);
export type Reading = z.infer<typeof ReadingSchema>;

/** The language and number format the page's badges are written in. */
export const BadgeDisplaySchema = z
  .object({ language: z.enum(['fr', 'en']), locale: z.string().min(2).max(35) })
  .strict();
export type BadgeDisplay = z.infer<typeof BadgeDisplaySchema>;

/**
 * Page side → background. `batchId` is chosen by the sender and makes delivery idempotent:
 * a batch re-sent after the service worker restarted is acknowledged but not written twice.
 */
export const ReadingsMessageSchema = z
  .object({
    type: z.literal('readings'),
    batchId: z.string().min(8).max(64),
    readings: z.array(ReadingSchema).min(1).max(MAX_BATCH_READINGS),
    /** The page shows badges: the answer carries this batch's badges, in this language. */
    badges: BadgeDisplaySchema.optional(),
  })
  .strict();
export type ReadingsMessage = z.infer<typeof ReadingsMessageSchema>;

const RangeSchema = z.object({ value: z.number(), min: z.number(), max: z.number().nullable() });

export const PostBadgeSchema = z.object({
  postId: z.string(),
  /** The author is one of the user's own accounts. */
  own: z.boolean(),
  engagement: z
    .object({
      basis: z.enum(['views', 'followers']),
      /** false where the network never shows shares (Instagram): likes + comments only. */
      withShares: z.boolean(),
      rate: RangeSchema,
      interactions: RangeSchema,
      denominator: RangeSchema,
    })
    .optional(),
  /** This post's rate ÷ the median rate of the author's last stored posts (same basis). */
  versusMedian: z.object({ ratio: z.number(), median: z.number(), posts: z.number().int() }).optional(),
});
export type PostBadge = z.infer<typeof PostBadgeSchema>;

export const ProfileBadgeSchema = z.object({
  handle: z.string(),
  own: z.boolean(),
  followers: RangeSchema.optional(),
  sinceFirst: z.object({ change: z.number(), at: IsoTimeSchema }).optional(),
  sincePrevious: z.object({ change: z.number(), at: IsoTimeSchema }).optional(),
  /** Growth over an objective's period when an active objective covers this account. */
  objectiveGrowth: z.object({ rate: RangeSchema, start: IsoTimeSchema }).optional(),
});
export type ProfileBadge = z.infer<typeof ProfileBadgeSchema>;

/**
 * A badge as the page shows it, composed by the background: parts set as text (each with a
 * tone for its colour), the label screen readers announce and the tooltip with the formula.
 */
export const BadgeChipSchema = z.object({
  label: z.string().max(1000),
  tooltip: z.string().max(2000),
  parts: z.array(z.object({ text: z.string().max(500), tone: z.enum(['', 'own', 'up', 'down']) })).max(8),
});
export type BadgeChip = z.infer<typeof BadgeChipSchema>;

/** The badges of one batch or request: a chip per post or header with something true to say. */
export const BadgeChipsSchema = z.object({
  posts: z.array(z.object({ postId: z.string(), chip: BadgeChipSchema })),
  profiles: z.array(z.object({ handle: z.string(), chip: BadgeChipSchema })),
});
export type BadgeChips = z.infer<typeof BadgeChipsSchema>;

export const IngestResultSchema = z.object({
  ok: z.literal(true),
  batchId: z.string(),
  duplicate: z.boolean(),
  postSnapshots: z.number().int(),
  profileSnapshots: z.number().int(),
  /**
   * When the message asked for them: the badges of the batch's posts and headers, computed once
   * the batch is stored (so a post's own history counts), in the same answer as the
   * acknowledgement: no second message per batch.
   */
  badges: BadgeChipsSchema.optional(),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;

export const RejectionSchema = z.object({
  ok: z.literal(false),
  error: z.enum(['invalid', 'storage-full', 'failed']),
  detail: z.string().optional(),
});
export type Rejection = z.infer<typeof RejectionSchema>;

export const ReadingsResponseSchema = z.union([IngestResultSchema, RejectionSchema]);
export type ReadingsResponse = z.infer<typeof ReadingsResponseSchema>;

export { MAX_BADGE_POSTS, MAX_BADGE_PROFILES } from '../badges/request';

/**
 * Page side → background: the figures the on-page badges need, for the posts and profile headers
 * of one batch. The posts' current figures travel with the request, so a badge can show a post
 * that is not stored yet.
 */
export const BadgeRequestSchema = z
  .object({
    type: z.literal('badge-figures'),
    network: NetworkSchema,
    display: BadgeDisplaySchema,
    posts: z
      .array(
        z
          .object({
            postId: z.string().min(1).max(200),
            author: HandleSchema.optional(),
            publishedAt: IsoTimeSchema.optional(),
            metrics: PostMetricsSchema,
          })
          .strict(),
      )
      .max(MAX_BADGE_POSTS),
    profiles: z.array(HandleSchema).max(MAX_BADGE_PROFILES),
  })
  .strict();
export type BadgeRequest = z.infer<typeof BadgeRequestSchema>;

/** What badgeFigures computes: the figures, before they are written as text. */
export interface BadgeFigures {
  ok: true;
  posts: PostBadge[];
  profiles: ProfileBadge[];
}

export const BadgeResponseSchema = BadgeChipsSchema.extend({ ok: z.literal(true) });
export type BadgeResponse = z.infer<typeof BadgeResponseSchema>;

/** Every message the background accepts; anything else is rejected and counted. */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  ReadingsMessageSchema,
  BadgeRequestSchema,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
