/**
 * Readings that belong to a whole page: the owner's post analytics page
 * (`/analytics/post-summary/urn:li:activity:<id>/`) and dashboard (`/dashboard/`). Both print
 * each figure and its label in elements of their own ("1,842" / "Impressions"), the number
 * before the label in some sections and after it in others.
 */
import type { MetricReading, PostMetrics, ProfileMetrics } from '../../model/records';
import type { PostRead, ProfileRead, Read, ReadContext } from '../types';
import { figureBefore, isFigureOnly, readingFrom, textOf } from './figures';
import { ACTOR_LINK, ACTOR_NAME, OWNER_LINK, PAGE_MAIN } from './selectors';
import {
  activityIdFromUrl,
  activityPermalink,
  handleFromHref,
  pageKind,
  publishedAtFromActivityId,
} from './url';
import {
  ANALYTICS_LABELS,
  type AnalyticsFigureName,
  DASHBOARD_LABELS,
  type DashboardFigureName,
  type WordTable,
  wordRegExpFor,
} from './words';

/** How far up from a label to look for the element that holds it and its figure. */
const MAX_LEVELS = 4;

/** Elements whose text is their own: no element child carries text. */
function textLeaves(scope: Element): Element[] {
  const leaves: Element[] = [];
  for (const el of scope.querySelectorAll('*')) {
    if (el.closest('script, style, template, svg')) continue;
    if (!textOf(el)) continue;
    if ([...el.children].some((child) => textOf(child) !== '')) continue;
    leaves.push(el);
  }
  return leaves;
}

/**
 * The figure that goes with a label element: the only figure in the smallest ancestor (up to
 * MAX_LEVELS) that holds one. Null when that ancestor holds several (ambiguous) or none.
 */
function figureBeside(
  label: Element,
  figures: Element[],
  scope: Element,
  locale: string,
): MetricReading | null {
  let box: Element | null = label.parentElement;
  for (let level = 0; box && level < MAX_LEVELS; level++) {
    const inside = figures.filter((figure) => box?.contains(figure));
    if (inside.length > 1) return null;
    const only = inside[0];
    if (only) return readingFrom(`${textOf(only)} ${textOf(label)}`, locale, textOf(only));
    if (box === scope) return null;
    box = box.parentElement;
  }
  return null;
}

/**
 * Every labelled figure of a page: label and figure in separate elements, or together in one
 * ("72 Impressions", older layout).
 */
function labelledFigures<K extends string>(
  scope: Element,
  labels: Record<K, RegExp>,
  whole: Record<K, RegExp>,
  locale: string,
): Map<K, MetricReading> {
  const leaves = textLeaves(scope);
  const figures = leaves.filter((leaf) => isFigureOnly(textOf(leaf), locale));
  const found = new Map<K, MetricReading>();
  for (const name of Object.keys(labels) as K[]) {
    const label = labels[name];
    const exact = whole[name];
    for (const leaf of leaves) {
      const text = textOf(leaf);
      let reading: MetricReading | null = null;
      if (exact.test(text)) {
        reading = figureBeside(leaf, figures, scope, locale);
      } else if (text.length <= 80 && label.test(text)) {
        const figure = figureBefore(text, label);
        // Only "72 Impressions", not a sentence that happens to hold the word.
        if (figure && figure.trim().length === text.trim().length)
          reading = readingFrom(text, locale, figure);
      }
      if (reading) {
        found.set(name, reading);
        break;
      }
    }
  }
  return found;
}

function patterns<K extends string>(
  table: WordTable<K>,
  names: readonly K[],
  locale: string,
): { labels: Record<K, RegExp>; whole: Record<K, RegExp> } {
  const labels = {} as Record<K, RegExp>;
  const whole = {} as Record<K, RegExp>;
  for (const name of names) {
    labels[name] = wordRegExpFor(table, name, locale);
    whole[name] = wordRegExpFor(table, name, locale, true);
  }
  return { labels, whole };
}

const ANALYTICS_NAMES: readonly AnalyticsFigureName[] = ['views', 'reach', 'likes', 'comments', 'shares'];
const DASHBOARD_NAMES: readonly DashboardFigureName[] = ['followers', 'profileViews'];

function mainOf(doc: Document): Element | null {
  return doc.querySelector(PAGE_MAIN) ?? doc.body;
}

function readPostAnalytics(doc: Document, ctx: ReadContext): PostRead[] {
  const postId = activityIdFromUrl(ctx.url);
  const main = mainOf(doc);
  if (!postId || !main) {
    ctx.miss('linkedin.page.analyticsId');
    return [];
  }
  const { labels, whole } = patterns(ANALYTICS_LABELS, ANALYTICS_NAMES, ctx.locale);
  const found = labelledFigures(main, labels, whole, ctx.locale);
  if (found.size === 0) {
    // Still loading, or a layout these labels do not fit: nothing rather than zeros.
    ctx.miss('linkedin.page.analyticsFigures', postId);
    return [];
  }
  const metrics: PostMetrics = {};
  for (const [name, reading] of found) metrics[name] = reading;
  for (const name of ANALYTICS_NAMES)
    if (!found.has(name)) ctx.miss(`linkedin.page.analytics.${name}`, postId);
  const read: PostRead = {
    kind: 'post',
    network: 'linkedin',
    postId,
    url: activityPermalink(postId),
    hashtags: [],
    mentions: [],
    metrics,
  };
  // The page previews the post with its author (the owner).
  const author = [...main.querySelectorAll(ACTOR_LINK)]
    .map((a) => handleFromHref(a.getAttribute('href')))
    .find((handle) => handle !== null);
  if (author) read.author = author;
  else ctx.miss('linkedin.page.analyticsAuthor', postId);
  const authorName = textOf(main.querySelector(ACTOR_NAME));
  if (authorName && authorName.length <= 500) read.authorName = authorName;
  const publishedAt = publishedAtFromActivityId(postId);
  if (publishedAt) read.publishedAt = publishedAt;
  return [read];
}

function readDashboard(doc: Document, ctx: ReadContext): ProfileRead[] {
  const handle = [...doc.querySelectorAll(OWNER_LINK)]
    .map((a) => handleFromHref(a.getAttribute('href')))
    .find((h) => h !== null);
  const main = mainOf(doc);
  if (!handle || !main) {
    // The dashboard URL does not say whose it is; without the owner's link, store nothing.
    ctx.miss('linkedin.page.dashboardOwner');
    return [];
  }
  const { labels, whole } = patterns(DASHBOARD_LABELS, DASHBOARD_NAMES, ctx.locale);
  const found = labelledFigures(main, labels, whole, ctx.locale);
  if (found.size === 0) {
    ctx.miss('linkedin.page.dashboardFigures', handle);
    return [];
  }
  const metrics: ProfileMetrics = {};
  for (const [name, reading] of found) metrics[name] = reading;
  for (const name of DASHBOARD_NAMES)
    if (!found.has(name)) ctx.miss(`linkedin.page.dashboard.${name}`, handle);
  return [{ kind: 'profile', network: 'linkedin', handle, metrics }];
}

/** Page-level readings of the analytics and dashboard pages; [] elsewhere. Never throws. */
export function readPage(doc: Document, ctx: ReadContext): Read[] {
  try {
    switch (pageKind(ctx.url)) {
      case 'post-analytics':
        return readPostAnalytics(doc, ctx);
      case 'dashboard':
        return readDashboard(doc, ctx);
      default:
        return [];
    }
  } catch (error) {
    ctx.miss('linkedin.readPage', error instanceof Error ? error.message : String(error));
    return [];
  }
}
