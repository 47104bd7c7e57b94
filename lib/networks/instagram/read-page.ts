/**
 * Readings that belong to the page: the meta tags Instagram serves on a full load of a post or a
 * profile ("298K likes, 553 comments - willyrex on May 29, 2021: …", "2,362 Followers, 136
 * Following, 224 Posts - … (@pluto__travel)"). After in-app navigation the tags still describe
 * the first page loaded, so they are trusted only when their og:url (or canonical link) names
 * the page the address shows.
 */
import type { MetricReading, PostMetrics, ProfileMetrics } from '../../model/records';
import type { PostRead, ProfileRead, Read, ReadContext } from '../types';
import { countByWords, tagsOf } from './read-text';
import { META } from './selectors';
import {
  canonicalPostUrl,
  normalizeHandle,
  pageKindOf,
  postRefFromHref,
  profileHandleFromHref,
  type PostRef,
} from './url';
import {
  COMMENTS_PATTERNS,
  LIKES_PATTERNS,
  POST_DESCRIPTION_BYLINE,
  PROFILE_DESCRIPTION_HANDLE,
  PROFILE_PATTERNS,
  PROFILE_TITLE,
  type InstagramProfileCount,
} from './words';

/** Served descriptions are a sentence; anything longer is not the format this reader knows. */
const MAX_DESCRIPTION = 5000;

export function readInstagramPage(doc: Document, ctx: ReadContext): Read[] {
  try {
    switch (pageKindOf(ctx.url)) {
      case 'post':
        return readServedPost(doc, ctx);
      case 'profile':
        return readServedProfile(doc, ctx);
      default:
        return [];
    }
  } catch (error) {
    ctx.miss('instagram.readPage', String(error));
    return [];
  }
}

function metaContent(doc: Document, selector: string, attribute = 'content'): string | null {
  const value = doc.querySelector(selector)?.getAttribute(attribute)?.trim();
  return value ? value : null;
}

function servedDescription(doc: Document): string | null {
  const text = metaContent(doc, META.ogDescription) ?? metaContent(doc, META.description);
  return text && text.length <= MAX_DESCRIPTION ? text.replace(/[\t\n\r ]+/g, ' ') : null;
}

/** The URL the served tags describe: og:url, else the canonical link (the real post capture has both). */
function describedUrl(doc: Document): string | null {
  return metaContent(doc, META.ogUrl) ?? metaContent(doc, META.canonical, 'href');
}

/**
 * Splits "298K likes, 553 comments - willyrex on …" into its counts and the rest. When the part
 * before the first " - " is not counts (a post with none: "willyrex on …: "a - b""), there are
 * no counts and the rest is the whole text.
 */
function splitCounts<K extends string>(
  description: string,
  patterns: Readonly<Record<K, readonly RegExp[]>>,
  locale: string,
): { counts: Partial<Record<K, MetricReading>>; rest: string } {
  const dash = /\s+[-–]\s+/u.exec(description);
  if (!dash) return { counts: {}, rest: description };
  const head = description.slice(0, dash.index);
  const counts: Partial<Record<K, MetricReading>> = {};
  for (const part of head.split(/,\s+/)) {
    let matched = false;
    for (const name of Object.keys(patterns) as K[]) {
      const reading = countByWords(part.trim(), patterns[name], locale);
      if (reading) {
        counts[name] = reading;
        matched = true;
        break;
      }
    }
    if (!matched) return { counts: {}, rest: description };
  }
  return { counts, rest: description.slice(dash.index + dash[0].length) };
}

const POST_COUNT_PATTERNS = { likes: LIKES_PATTERNS, comments: COMMENTS_PATTERNS } as const;

function readServedPost(doc: Document, ctx: ReadContext): PostRead[] {
  const pageRef = postRefFromHref(ctx.url);
  if (!pageRef) return [];
  const described = describedUrl(doc);
  const metaRef: PostRef | null = postRefFromHref(described);
  if (!metaRef || metaRef.code !== pageRef.code) {
    ctx.miss('instagram.page.staleMeta', `meta describes ${described ?? 'no URL'}, page is ${pageRef.code}`);
    return [];
  }
  const description = servedDescription(doc);
  if (!description) {
    ctx.miss('instagram.page.description');
    return [];
  }

  const { counts, rest } = splitCounts(description, POST_COUNT_PATTERNS, ctx.locale);
  const byline = POST_DESCRIPTION_BYLINE.map((p) => p.exec(rest)).find((m) => m !== null);
  const author =
    normalizeHandle(byline?.groups?.handle) ??
    normalizeHandle(PROFILE_DESCRIPTION_HANDLE.exec(metaContent(doc, META.ogTitle) ?? '')?.groups?.handle);
  const metrics: PostMetrics = {};
  if (counts.likes) metrics.likes = counts.likes;
  if (counts.comments) metrics.comments = counts.comments;
  if (!author && Object.keys(metrics).length === 0) {
    ctx.miss('instagram.page.description', description.slice(0, 80));
    return [];
  }
  // No prefix means none shown, or hidden: unknown, never 0.
  if (!metrics.likes) ctx.miss('instagram.page.likes');

  const tags = tagsOf([byline?.groups?.caption ?? '']);
  const read: PostRead = {
    kind: 'post',
    network: 'instagram',
    postId: pageRef.code,
    url: canonicalPostUrl(metaRef),
    hashtags: tags.hashtags,
    mentions: tags.mentions,
    metrics,
  };
  if (author) read.author = author;
  return [read];
}

const PROFILE_COUNT_PATTERNS: Readonly<Record<InstagramProfileCount, readonly RegExp[]>> = PROFILE_PATTERNS;

function readServedProfile(doc: Document, ctx: ReadContext): ProfileRead[] {
  const handle = profileHandleFromHref(ctx.url);
  if (!handle) return [];
  const described = describedUrl(doc);
  if (profileHandleFromHref(described) !== handle) {
    ctx.miss('instagram.page.staleMeta', `meta describes ${described ?? 'no URL'}, page is ${handle}`);
    return [];
  }
  const description = servedDescription(doc);
  if (!description) {
    ctx.miss('instagram.page.description');
    return [];
  }
  const named = normalizeHandle(PROFILE_DESCRIPTION_HANDLE.exec(description)?.groups?.handle);
  if (named && named !== handle) {
    ctx.miss('instagram.page.staleMeta', `description names ${named}, page is ${handle}`);
    return [];
  }

  const { counts } = splitCounts(description, PROFILE_COUNT_PATTERNS, ctx.locale);
  const metrics: ProfileMetrics = { ...counts };
  if (Object.keys(metrics).length === 0) {
    ctx.miss('instagram.page.description', description.slice(0, 80));
    return [];
  }
  const read: ProfileRead = { kind: 'profile', network: 'instagram', handle, metrics };
  const title = PROFILE_TITLE.exec(metaContent(doc, META.ogTitle) ?? '');
  if (title?.groups?.name && normalizeHandle(title.groups.handle) === handle) {
    read.displayName = title.groups.name.slice(0, 500);
  }
  return [read];
}
