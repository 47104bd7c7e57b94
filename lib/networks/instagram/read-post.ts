/**
 * Reads one Instagram post root as rendered by the web app: a feed `<article>`, the post page's
 * `<article>`, or a post dialog opened over a profile or the feed.
 */
import type { PostMetrics } from '../../model/records';
import type { PostRead, ReadContext } from '../types';
import { countByWords, matchesAny, MAX_COUNT_TEXT, shownText, tagsOf, type CaptionTags } from './read-text';
import {
  ANY_TIME,
  ARTICLE,
  CAPTION_HEADING,
  CAPTION_SPAN,
  COMMENT_LIST,
  COUNT_TEXT,
  DIALOG,
  ENCLOSING_LINK,
  HASHTAG_LINK,
  LIKED_BY_LINK,
  LINK,
  NOT_CAPTION,
  NOT_POST_COUNTS,
  POST_HEADER,
  POST_LINK,
  SECTION,
  TIME,
} from './selectors';
import {
  canonicalPostUrl,
  isPermalink,
  pageKindOf,
  postRefFromHref,
  profileHandleFromHref,
  type PostRef,
} from './url';
import {
  COMMENTS_PATTERNS,
  LIKED_BY_OTHERS_PATTERNS,
  LIKES_HIDDEN_PATTERNS,
  LIKES_PATTERNS,
  VIEWS_PATTERNS,
} from './words';

/** How far above the likers link "Liked by x and N others" is written (web app 2017–2024: 2–3). */
const LIKED_BY_CLIMB = 4;

export function readInstagramPost(root: Element, ctx: ReadContext): PostRead | null {
  try {
    return readPostStats(root, ctx);
  } catch (error) {
    ctx.miss('instagram.readPost', String(error));
    return null;
  }
}

function readPostStats(root: Element, ctx: ReadContext): PostRead | null {
  // A dialog that holds an <article> is read through that article (it is a post root too).
  if (root.matches(DIALOG) && root.querySelector(ARTICLE)) return null;

  const found = findPermalink(root) ?? permalinkFromPageUrl(root, ctx);
  if (!found) {
    ctx.miss('instagram.post.permalink');
    return null;
  }
  const { ref, time } = found;

  const read: PostRead = {
    kind: 'post',
    network: 'instagram',
    postId: ref.code,
    url: canonicalPostUrl(ref),
    hashtags: [],
    mentions: [],
    metrics: {},
  };

  const author = findAuthor(root, time);
  if (author) read.author = author;
  else ctx.miss('instagram.post.author');

  const publishedAt = isoTime(time ?? postTime(root));
  if (publishedAt) read.publishedAt = publishedAt;
  else ctx.miss('instagram.post.time');

  read.metrics = readCounts(root, ref, ctx);

  const tags = captionTags(root);
  read.hashtags = tags.hashtags;
  read.mentions = tags.mentions;
  return read;
}

interface FoundPermalink {
  ref: PostRef;
  /** The `<time>` inside the permalink, when the permalink was found through it. */
  time: Element | null;
}

/**
 * The post's own permalink: the link around its `<time>` (comments' times link to
 * `/p/<code>/c/<id>/` and are skipped), else any permalink, else the likers or comments link.
 */
function findPermalink(root: Element): FoundPermalink | null {
  for (const time of root.querySelectorAll(TIME)) {
    const link = time.closest(ENCLOSING_LINK);
    if (!link || !root.contains(link)) continue;
    const ref = postRefFromHref(link.getAttribute('href'));
    if (ref && isPermalink(ref)) return { ref, time };
  }
  let other: PostRef | null = null;
  for (const link of root.querySelectorAll(POST_LINK)) {
    const ref = postRefFromHref(link.getAttribute('href'));
    if (!ref) continue;
    if (isPermalink(ref)) return { ref, time: null };
    if (!other && ref.rest[0] !== 'c') other = ref;
  }
  return other ? { ref: other, time: null } : null;
}

/**
 * A post page's or dialog's post that shows no permalink is the one the address names. Feed
 * articles behind a dialog are not: they never take the page's post code.
 */
function permalinkFromPageUrl(root: Element, ctx: ReadContext): FoundPermalink | null {
  if (pageKindOf(ctx.url) !== 'post') return null;
  const inDialog = root.closest(DIALOG) !== null;
  if (!inDialog && root.ownerDocument.querySelector(DIALOG)) return null;
  if (!inDialog && root.ownerDocument.querySelectorAll(ARTICLE).length > 1) return null;
  const ref = postRefFromHref(ctx.url);
  return ref ? { ref: { ...ref, rest: [] }, time: null } : null;
}

/** The post's time when its permalink did not carry one: the first outside comments. */
function postTime(root: Element): Element | null {
  for (const time of root.querySelectorAll(TIME)) {
    if (insideWithin(time, NOT_POST_COUNTS, root)) continue;
    const ref = postRefFromHref(time.closest(ENCLOSING_LINK)?.getAttribute('href'));
    if (ref && !isPermalink(ref)) continue;
    return time;
  }
  return null;
}

function isoTime(time: Element | null): string | null {
  const datetime = time?.getAttribute('datetime');
  if (!datetime) return null;
  const ms = Date.parse(datetime);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** True when `el` sits inside an element matching `selector` that is itself inside `root`. */
function insideWithin(el: Element, selector: string, root: Element): boolean {
  const container = el.closest(selector);
  return container !== null && container !== root && root.contains(container);
}

function firstProfileLink(scope: Element, root: Element): string | null {
  for (const link of scope.querySelectorAll(LINK)) {
    if (insideWithin(link, COMMENT_LIST, root)) continue;
    const handle = profileHandleFromHref(link.getAttribute('href'));
    if (handle) return handle;
  }
  return null;
}

/**
 * The author: the post header's profile link (post page 2019–2023), else the nearest profile
 * link around the post's time (the feed's header row: avatar, name, "•", time), else the first
 * profile link whose text is the handle.
 */
function findAuthor(root: Element, time: Element | null): string | null {
  const header = root.querySelector(POST_HEADER);
  if (header) {
    const handle = firstProfileLink(header, root);
    if (handle) return handle;
  }
  if (time) {
    for (let el = time.parentElement; el && root.contains(el); el = el.parentElement) {
      const handle = firstProfileLink(el, root);
      if (handle) return handle;
      if (el === root) break;
    }
  }
  for (const link of root.querySelectorAll(LINK)) {
    // A commenter's name link looks the same: the comment list is never the author's.
    if (insideWithin(link, COMMENT_LIST, root)) continue;
    const handle = profileHandleFromHref(link.getAttribute('href'));
    if (handle && shownText(link).toLowerCase() === handle) return handle;
  }
  return null;
}

/**
 * Elements whose whole text may be a count, in reading order. When the root has sections (the
 * action bar, then the likes), only what follows the first section counts: the post page lists
 * its comments, each with its own "5 likes", before it.
 */
function countTexts(root: Element): string[] {
  const firstSection = root.querySelector(SECTION);
  const texts: string[] = [];
  for (const el of root.querySelectorAll(COUNT_TEXT)) {
    if (insideWithin(el, NOT_POST_COUNTS, root)) continue;
    if (firstSection && firstSection !== el && !firstSection.contains(el)) {
      const position = firstSection.compareDocumentPosition(el);
      if (!(position & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    }
    const text = shownText(el);
    if (text.length > 0 && text.length <= MAX_COUNT_TEXT) texts.push(text);
  }
  return texts;
}

function readCounts(root: Element, ref: PostRef, ctx: ReadContext): PostMetrics {
  const metrics: PostMetrics = {};
  const texts = countTexts(root);

  const likes = readLikes(root, ref, texts, ctx);
  if (likes === 'hidden') ctx.miss('instagram.post.likes', 'hidden by the owner');
  else if (likes) metrics.likes = likes;
  else ctx.miss('instagram.post.likes');

  for (const text of texts) {
    const comments = countByWords(text, COMMENTS_PATTERNS, ctx.locale);
    if (comments) {
      metrics.comments = comments;
      break;
    }
  }
  for (const text of texts) {
    const views = countByWords(text, VIEWS_PATTERNS, ctx.locale);
    if (views) {
      metrics.views = views;
      break;
    }
  }
  return metrics;
}

type LikesRead = ReturnType<typeof countByWords> | 'hidden';

/** "1,284 likes", "Liked by x and 1,283 others" (N + 1), or hidden: "Liked by x and others". */
function likesFromText(text: string, locale: string): LikesRead {
  if (matchesAny(text, LIKES_HIDDEN_PATTERNS)) return 'hidden';
  return (
    countByWords(text, LIKES_PATTERNS, locale) ?? countByWords(text, LIKED_BY_OTHERS_PATTERNS, locale, 1)
  );
}

function readLikes(root: Element, ref: PostRef, texts: readonly string[], ctx: ReadContext): LikesRead {
  // The likers link of this post (web app 2017–2024), and the sentence it is part of.
  for (const link of root.querySelectorAll(LIKED_BY_LINK)) {
    const linkRef = postRefFromHref(link.getAttribute('href'));
    if (linkRef && linkRef.code !== ref.code) continue;
    // A comment's likers (`/p/<code>/c/<id>/liked_by/`, or a link in the comment list) are not the post's.
    if (linkRef?.rest[0] === 'c' || insideWithin(link, NOT_POST_COUNTS, root)) continue;
    let el: Element | null = link;
    for (let depth = 0; el && depth <= LIKED_BY_CLIMB && root.contains(el); depth++) {
      const found = likesFromText(shownText(el), ctx.locale);
      if (found) return found;
      if (el === root) break;
      el = el.parentElement;
    }
  }
  // The newer role="button" element and other short texts (web app 2024–2026).
  for (const text of texts) {
    const found = likesFromText(text, ctx.locale);
    if (found) return found;
  }
  return null;
}

/** The texts that make the caption: the post page's or dialog's `<h1>`, else the feed's spans. */
function captionTexts(root: Element): string[] {
  const heading = root.querySelector(CAPTION_HEADING);
  if (heading) return [shownText(heading)];
  const texts: string[] = [];
  for (const span of root.querySelectorAll(CAPTION_SPAN)) {
    if (span.closest(NOT_CAPTION) || insideWithin(span, COMMENT_LIST, root)) continue;
    if (span.querySelector(ANY_TIME)) continue;
    texts.push(shownText(span));
  }
  // Tag links whose span was left out above (a caption with no dir attribute).
  for (const link of root.querySelectorAll(HASHTAG_LINK)) {
    if (!insideWithin(link, COMMENT_LIST, root)) texts.push(shownText(link));
  }
  return texts;
}

function captionTags(root: Element): CaptionTags {
  return tagsOf(captionTexts(root));
}
