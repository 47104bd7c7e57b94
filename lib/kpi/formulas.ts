import type { ManualFigure, Post, ProfileMetricName } from '../model/records';
import {
  addSigned,
  decrease,
  exactly,
  isExact,
  mean,
  percent,
  relativeChange,
  subtract,
  sum,
  type Bounds,
  type SignedBounds,
} from './interval';
import {
  firstAfter,
  lastAtOrBefore,
  normaliseHandle,
  normaliseTag,
  postFigures,
  profileReadings,
  seenPostTime,
  toIso,
  toSpan,
  within,
  type PostFigures,
  type Span,
  type TimedReading,
} from './select';
import type { Denominator, KpiInput, KpiValue, KpiValueData } from './types';

/**
 * The KPI formulas of PRODUCT.md as pure functions of a `KpiInput`. Each returns null when
 * it has no data, and a range when its inputs were rounded. Unknown figures are skipped,
 * never counted as 0.
 */

/**
 * When no profile snapshot precedes a post, the first one taken at most this long after its
 * publication stands for "followers at the time of the post": a day's drift is small next to
 * the rate's other uncertainties, and without it every post published before the user first
 * opened the profile would be left out. Later snapshots are not used.
 */
export const FOLLOWERS_AFTER_POST_TOLERANCE_MS = 24 * 60 * 60 * 1000;

type Extra = Omit<KpiValueData, 'value' | 'min' | 'max' | 'exact'>;

function kpiValue(b: SignedBounds, extra: Extra = {}): KpiValueData {
  return { value: b.value, min: b.min, max: b.max, exact: isExact(b), ...extra };
}

interface Scope {
  input: KpiInput;
  span: Span;
  /** Normalised handles of the measured accounts on the input's network. */
  handles: ReadonlySet<string>;
}

/**
 * The handle sets already built, per accounts list and network: a projection or a trend computes a
 * KPI over many periods of the same input (up to a hundred times), always with the same accounts.
 * Read-only: the sets are shared.
 */
const handleSets = new WeakMap<readonly KpiInput['accounts'][number][], Map<string, ReadonlySet<string>>>();

function handlesOf(input: KpiInput): ReadonlySet<string> {
  let byNetwork = handleSets.get(input.accounts);
  if (!byNetwork) {
    byNetwork = new Map();
    handleSets.set(input.accounts, byNetwork);
  }
  let handles = byNetwork.get(input.network);
  if (!handles) {
    handles = new Set(
      input.accounts.filter((a) => a.network === input.network).map((a) => normaliseHandle(a.handle)),
    );
    byNetwork.set(input.network, handles);
  }
  return handles;
}

function scopeOf(input: KpiInput): Scope {
  return { input, span: toSpan(input.period), handles: handlesOf(input) };
}

// ---------------------------------------------------------------------------------------
// Profile figures
// ---------------------------------------------------------------------------------------

function readingsOf(scope: Scope, handle: string, metric: ProfileMetricName): readonly TimedReading[] {
  return profileReadings(scope.input.profileSnapshots, scope.input.network, handle, metric);
}

/** A profile figure at the period's end, summed over the accounts that have one. */
function profileValueAtEnd(input: KpiInput, metric: ProfileMetricName): KpiValue {
  const scope = scopeOf(input);
  const readings: TimedReading[] = [];
  for (const handle of scope.handles) {
    const r = lastAtOrBefore(readingsOf(scope, handle, metric), scope.span.end);
    if (r) readings.push(r);
  }
  if (readings.length === 0) return null;
  return kpiValue(sum(readings.map((r) => r.reading)), {
    accountsUsed: readings.length,
    accountsSkipped: scope.handles.size - readings.length,
    asOf: toIso(Math.min(...readings.map((r) => r.at))),
  });
}

interface Change {
  from: TimedReading;
  to: TimedReading;
  /** Set when `from` is the first reading inside the period, none existing at its start. */
  baselineAt: number | null;
}

/**
 * An account's readings at the start and the end of the period. When none exists at or
 * before the start, the first reading inside the period is the baseline. Null when the two
 * would be the same reading: one reading says nothing about a change.
 */
function changeOf(list: readonly TimedReading[], span: Span): Change | null {
  const to = lastAtOrBefore(list, span.end);
  if (!to) return null;
  const atStart = lastAtOrBefore(list, span.start);
  const first = atStart ?? firstAfter(list, span.start);
  if (!first || first === to) return null;
  return { from: first, to, baselineAt: atStart ? null : first.at };
}

function changes(scope: Scope, metric: ProfileMetricName): { used: Change[]; extra: Extra } {
  const used: Change[] = [];
  for (const handle of scope.handles) {
    const change = changeOf(readingsOf(scope, handle, metric), scope.span);
    if (change) used.push(change);
  }
  const baselines = used.map((c) => c.baselineAt).filter((t): t is number => t !== null);
  const extra: Extra = { accountsUsed: used.length, accountsSkipped: scope.handles.size - used.length };
  if (baselines.length > 0) extra.baselineAt = toIso(Math.max(...baselines));
  return { used, extra };
}

/** Value at end − value at start, summed over accounts. */
function profileNetChange(input: KpiInput, metric: ProfileMetricName): KpiValue {
  const { used, extra } = changes(scopeOf(input), metric);
  if (used.length === 0) return null;
  const total = used
    .map((c) => subtract(c.to.reading, c.from.reading))
    .reduce(addSigned, { value: 0, min: 0, max: 0 });
  return kpiValue(total, extra);
}

export const followers = (input: KpiInput): KpiValue => profileValueAtEnd(input, 'followers');
export const followerNetChange = (input: KpiInput): KpiValue => profileNetChange(input, 'followers');
export const connections = (input: KpiInput): KpiValue => profileValueAtEnd(input, 'connections');
export const connectionNetChange = (input: KpiInput): KpiValue => profileNetChange(input, 'connections');
export const profileViews = (input: KpiInput): KpiValue => profileValueAtEnd(input, 'profileViews');

/** (followers at end − followers at start) ÷ followers at start × 100, over the accounts' totals. */
export function followerGrowthRate(input: KpiInput): KpiValue {
  const { used, extra } = changes(scopeOf(input), 'followers');
  if (used.length === 0) return null;
  const rate = relativeChange(sum(used.map((c) => c.from.reading)), sum(used.map((c) => c.to.reading)));
  return rate && kpiValue(rate, extra);
}

/**
 * The sum of the falls between consecutive follower readings (the reading at the start,
 * then every reading inside the period), as a positive count. Gains between readings hide
 * unfollows, so this is the net losses the readings show, not every unfollow.
 */
export function followerLosses(input: KpiInput): KpiValue {
  const scope = scopeOf(input);
  const perAccount: Bounds[] = [];
  for (const handle of scope.handles) {
    const list = readingsOf(scope, handle, 'followers');
    const atStart = lastAtOrBefore(list, scope.span.start);
    const sequence = [...(atStart ? [atStart] : []), ...list.filter((r) => within(r.at, scope.span))];
    if (sequence.length < 2) continue;
    const steps: Bounds[] = [];
    for (let i = 1; i < sequence.length; i++) {
      steps.push(decrease((sequence[i - 1] as TimedReading).reading, (sequence[i] as TimedReading).reading));
    }
    perAccount.push(sum(steps));
  }
  if (perAccount.length === 0) return null;
  return kpiValue(sum(perAccount), {
    accountsUsed: perAccount.length,
    accountsSkipped: scope.handles.size - perAccount.length,
  });
}

// ---------------------------------------------------------------------------------------
// Post figures
// ---------------------------------------------------------------------------------------

/** The measured accounts' posts published in the period. Posts without a known publication time are left out. */
function publishedPosts(scope: Scope): Post[] {
  return scope.input.posts.filter(
    (p) =>
      p.network === scope.input.network &&
      p.author !== undefined &&
      scope.handles.has(normaliseHandle(p.author)) &&
      p.publishedAt !== undefined &&
      within(Date.parse(p.publishedAt), scope.span),
  );
}

/** Posts published in the period that KPI Lens has seen. */
export function postsPublished(input: KpiInput): KpiValue {
  const scope = scopeOf(input);
  if (scope.handles.size === 0) return null;
  return kpiValue(exactly(publishedPosts(scope).length));
}

type PostMeasure = (post: Post, figures: PostFigures, scope: Scope) => Bounds | null;

/** The mean over the period's posts of a per-post figure; posts where it is unknown are skipped and counted. */
function meanPerPost(input: KpiInput, measure: PostMeasure): KpiValue {
  const scope = scopeOf(input);
  const values: Bounds[] = [];
  let skipped = 0;
  for (const post of publishedPosts(scope)) {
    const v = measure(post, postFigures(post, input.postSnapshots, scope.span), scope);
    if (v) values.push(v);
    else skipped++;
  }
  const average = mean(values);
  return average && kpiValue(average, { postsUsed: values.length, postsSkipped: skipped });
}

/** likes + comments + shares; unknown when any of the three is. */
const interactions = (f: PostFigures): Bounds | null =>
  f.likes && f.comments && f.shares ? sum([f.likes, f.comments, f.shares]) : null;

/**
 * The author's follower count at the time of the post: the last reading at or before its
 * publication, else the first within FOLLOWERS_AFTER_POST_TOLERANCE_MS after it, else unknown.
 */
export function followersAtPost(post: Post, input: Pick<KpiInput, 'profileSnapshots'>): Bounds | null {
  if (post.author === undefined || post.publishedAt === undefined) return null;
  const list = profileReadings(input.profileSnapshots, post.network, post.author, 'followers');
  const t = Date.parse(post.publishedAt);
  const before = lastAtOrBefore(list, t);
  if (before) return before.reading;
  const after = firstAfter(list, t);
  return after && after.at - t <= FOLLOWERS_AFTER_POST_TOLERANCE_MS ? after.reading : null;
}

function denominatorOf(post: Post, f: PostFigures, scope: Scope, denominator: Denominator): Bounds | null {
  return denominator === 'views' ? (f.views ?? null) : followersAtPost(post, scope.input);
}

/** numerator ÷ denominator × 100 per post; a post whose denominator is unknown or 0 is skipped. */
function ratePerPost(numerator: (f: PostFigures) => Bounds | null, denominator: Denominator): PostMeasure {
  return (post, f, scope) => {
    const n = numerator(f);
    const d = n && denominatorOf(post, f, scope, denominator);
    return n && d ? percent(n, d) : null;
  };
}

const metric =
  (name: 'likes' | 'comments' | 'shares' | 'views' | 'reach') =>
  (f: PostFigures): Bounds | null =>
    f[name] ?? null;

export const averageLikes = (input: KpiInput): KpiValue => meanPerPost(input, (_p, f) => metric('likes')(f));
export const averageComments = (input: KpiInput): KpiValue =>
  meanPerPost(input, (_p, f) => metric('comments')(f));
export const averageShares = (input: KpiInput): KpiValue =>
  meanPerPost(input, (_p, f) => metric('shares')(f));
export const averageViews = (input: KpiInput): KpiValue => meanPerPost(input, (_p, f) => metric('views')(f));
export const averageReach = (input: KpiInput): KpiValue => meanPerPost(input, (_p, f) => metric('reach')(f));
export const averageInteractions = (input: KpiInput): KpiValue =>
  meanPerPost(input, (_p, f) => interactions(f));

/** (likes + comments + shares) ÷ followers at the time of the post × 100, mean of per-post rates. */
export const engagementRateByFollowers = (input: KpiInput): KpiValue =>
  meanPerPost(input, ratePerPost(interactions, 'followers'));

/** (likes + comments + shares) ÷ views × 100, mean of per-post rates. */
export const engagementRateByViews = (input: KpiInput): KpiValue =>
  meanPerPost(input, ratePerPost(interactions, 'views'));

/** The engagement rate with the user's denominator (followers unless views was chosen). */
export const engagementRate = (input: KpiInput): KpiValue =>
  input.denominator === 'views' ? engagementRateByViews(input) : engagementRateByFollowers(input);

/** shares ÷ followers × 100 per post, averaged (Kaushik). */
export const amplification = (input: KpiInput): KpiValue =>
  meanPerPost(input, ratePerPost(metric('shares'), 'followers'));
/** likes ÷ followers × 100 per post, averaged. */
export const applause = (input: KpiInput): KpiValue =>
  meanPerPost(input, ratePerPost(metric('likes'), 'followers'));
/** comments ÷ followers × 100 per post, averaged. */
export const conversation = (input: KpiInput): KpiValue =>
  meanPerPost(input, ratePerPost(metric('comments'), 'followers'));
/** shares ÷ views × 100 per post, averaged. */
export const virality = (input: KpiInput): KpiValue =>
  meanPerPost(input, ratePerPost(metric('shares'), 'views'));

// ---------------------------------------------------------------------------------------
// Posts seen: mentions and hashtags
// ---------------------------------------------------------------------------------------

/**
 * Posts seen in the period, by someone other than the measured accounts, that mention one
 * of their handles (any case, with or without @). A post counts once however many handles it
 * names. Its date is its publication, else when it was first seen.
 */
export function mentions(input: KpiInput): KpiValue {
  const scope = scopeOf(input);
  if (scope.handles.size === 0) return null;
  const count = input.posts.filter(
    (p) =>
      p.network === input.network &&
      !(p.author !== undefined && scope.handles.has(normaliseHandle(p.author))) &&
      within(seenPostTime(p), scope.span) &&
      p.mentions.some((m) => scope.handles.has(normaliseHandle(m))),
  ).length;
  return kpiValue(exactly(count));
}

/**
 * Posts seen in the period, by anyone (the accounts included), that carry one of the tracked
 * hashtags, any case. Null when no hashtag is tracked.
 */
export function hashtagUses(input: KpiInput): KpiValue {
  const tracked = new Set(input.trackedHashtags.map(normaliseTag).filter((t) => t !== ''));
  if (tracked.size === 0) return null;
  const span = toSpan(input.period);
  const count = input.posts.filter(
    (p) =>
      p.network === input.network &&
      within(seenPostTime(p), span) &&
      p.hashtags.some((h) => tracked.has(normaliseTag(h))),
  ).length;
  return kpiValue(exactly(count));
}

// ---------------------------------------------------------------------------------------
// Figures entered by hand: clicks and conversions
// ---------------------------------------------------------------------------------------

/**
 * The share of a hand-entered figure that falls in the period. A figure whose own period
 * lies inside counts whole and exact. One that straddles a boundary counts as a range from 0
 * to all of it, with a best estimate prorated by time: nothing says how its clicks were spread.
 */
function manualShare(figure: ManualFigure, span: Span): Bounds | null {
  const from = Date.parse(figure.periodStart);
  const to = Date.parse(figure.periodEnd);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return null;
  if (from === to) return within(from, span) ? exactly(figure.value) : null;
  const overlap = Math.min(to, span.end) - Math.max(from, span.start);
  if (overlap <= 0) return null;
  if (from >= span.start && to <= span.end) return exactly(figure.value);
  return { value: (figure.value * overlap) / (to - from), min: 0, max: figure.value };
}

/**
 * Hand-entered figures of the network for the measured accounts (or for the whole network
 * when the figure names no account), summed. Overlapping entries add up: the form is
 * expected not to let the user enter the same clicks twice.
 */
function manualTotal(scope: Scope, name: ManualFigure['metric']): Bounds | null {
  const shares: Bounds[] = [];
  for (const figure of scope.input.manualFigures) {
    if (figure.network !== scope.input.network || figure.metric !== name) continue;
    if (figure.handle !== undefined && !scope.handles.has(normaliseHandle(figure.handle))) continue;
    const share = manualShare(figure, scope.span);
    if (share) shares.push(share);
  }
  return shares.length > 0 ? sum(shares) : null;
}

export function clicks(input: KpiInput): KpiValue {
  const total = manualTotal(scopeOf(input), 'clicks');
  return total && kpiValue(total);
}

/**
 * clicks ÷ views of the period's posts × 100. Views are a total here, not a mean, so a post
 * whose views are unknown leaves the total open above (max null), which lets the rate fall
 * to 0: the best estimate uses the known views only.
 */
export function clickThroughRate(input: KpiInput): KpiValue {
  const scope = scopeOf(input);
  const clickTotal = manualTotal(scope, 'clicks');
  if (!clickTotal) return null;
  const known: Bounds[] = [];
  let skipped = 0;
  for (const post of publishedPosts(scope)) {
    const views = postFigures(post, input.postSnapshots, scope.span).views;
    if (views) known.push(views);
    else skipped++;
  }
  if (known.length === 0) return null;
  const views = sum(known);
  const rate = percent(clickTotal, skipped > 0 ? { ...views, max: null } : views);
  return rate && kpiValue(rate, { postsUsed: known.length, postsSkipped: skipped });
}

/** conversions ÷ clicks × 100, both entered by hand. */
export function conversionRate(input: KpiInput): KpiValue {
  const scope = scopeOf(input);
  const conversions = manualTotal(scope, 'conversions');
  const clickTotal = manualTotal(scope, 'clicks');
  if (!conversions || !clickTotal) return null;
  const rate = percent(conversions, clickTotal);
  return rate && kpiValue(rate);
}
