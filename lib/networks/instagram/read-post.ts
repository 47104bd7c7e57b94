/**
 * Reads one Instagram post root as rendered by the web app: a feed `<article>`, the post page's
 * `<article>`, or a post dialog opened over a profile or the feed.
 */
import type { PostMetrics } from '../../model/records';
import { hasDigit } from '../../numbers/has-digit';
import type { PostRead, ReadContext } from '../types';
import { countByWords, matchesAny, MAX_COUNT_TEXT, shownText, tagsOf } from './read-text';
import {
  ANY_TIME,
  ARTICLE,
  CAPTION_HEADING,
  CAPTION_SPAN_OUTSIDE_NOT_CAPTION,
  COMMENT_LIST,
  COMMENT_LIST_TAGS,
  COUNT_TEXT,
  DIALOG,
  ENCLOSING_LINK,
  HASHTAG_LINK,
  LIKED_BY_LINK,
  LINK,
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

/** A decimal digit, as the figure `n` of every count pattern starts with (words.ts). */

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

/**
 * The outermost of some elements strictly inside a post root (given in document order).
 * `covers(el)` gives the same answer as "el.closest(selector) is inside the root and is not the
 * root" without a closest() per element: the nearest such container is inside an outermost one.
 * Most feed posts have none, and then nothing is covered.
 */
class Barriers {
  private readonly outer: Element[] = [];
  private last: Element | null = null;

  add(el: Element): void {
    // Document order: anything inside an outermost barrier follows it before the next one.
    if (this.last?.contains(el)) return;
    this.outer.push(el);
    this.last = el;
  }

  covers(el: Element): boolean {
    for (const barrier of this.outer) if (barrier.contains(el)) return true;
    return false;
  }
}

/** DOCUMENT_POSITION_FOLLOWING of compareDocumentPosition() (descendants follow too). */
const FOLLOWING = 4;

/**
 * One post root and the landmarks several readings need, each queried once and only when first
 * asked. Each landmark is looked for with single-tag queries (a query of a selector list is
 * several times slower in Chromium): feed posts have none but the header.
 */
class Post {
  private commentList?: Barriers;
  private headings?: Barriers;
  private firstHeader?: Element | null;
  private firstHeading?: Element | null;

  constructor(readonly root: Element) {}

  /** The comment list (COMMENT_LIST): its links and tags are commenters'. */
  get comments(): Barriers {
    if (!this.commentList) {
      this.commentList = new Barriers();
      if (COMMENT_LIST_TAGS.some((tag) => this.root.querySelector(tag))) {
        for (const el of this.root.querySelectorAll(COMMENT_LIST)) this.commentList.add(el);
      }
    }
    return this.commentList;
  }

  /** The first POST_HEADER, as querySelector() finds it. */
  get header(): Element | null {
    if (this.firstHeader === undefined) this.firstHeader = this.root.querySelector(POST_HEADER);
    return this.firstHeader;
  }

  /** The first CAPTION_HEADING, as querySelector() finds it. */
  get heading(): Element | null {
    if (this.firstHeading === undefined) this.firstHeading = this.root.querySelector(CAPTION_HEADING);
    return this.firstHeading;
  }

  /**
   * Inside the comment list or a caption heading (COMMENT_LIST_TAGS, CAPTION_HEADING): its figures
   * are not the post's. An element is inside one of them when it is inside one of either kind.
   */
  notPostCounts(el: Element): boolean {
    if (!this.headings) {
      this.headings = new Barriers();
      if (this.heading) for (const h of this.root.querySelectorAll(CAPTION_HEADING)) this.headings.add(h);
    }
    return this.comments.covers(el) || this.headings.covers(el);
  }
}

function readPostStats(root: Element, ctx: ReadContext): PostRead | null {
  // A dialog that holds an <article> is read through that article (it is a post root too).
  if (root.matches(DIALOG) && root.querySelector(ARTICLE)) return null;

  const post = new Post(root);
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

  const author = findAuthor(post, time);
  if (author) read.author = author;
  else ctx.miss('instagram.post.author');

  const publishedAt = isoTime(time ?? postTime(post));
  if (publishedAt) read.publishedAt = publishedAt;
  else ctx.miss('instagram.post.time');

  read.metrics = readCounts(post, ref, ctx);

  const tags = tagsOf(captionTexts(post));
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
function postTime(post: Post): Element | null {
  for (const time of post.root.querySelectorAll(TIME)) {
    if (post.notPostCounts(time)) continue;
    const ref = postRefFromHref(time.closest(ENCLOSING_LINK)?.getAttribute('href'));
    if (ref && !isPermalink(ref)) continue;
    return time;
  }
  return null;
}

/**
 * A `datetime` already as toISOString() writes it, with a day and hour that Date.parse() cannot
 * carry over into the next month or day (it reads "02-30" as March 1st and "T24:00" as the next
 * day): when it parses, it is its own ISO form.
 */
const ISO_TIME = /^\d{4}-(?:0\d|1[0-2])-(?:[01]\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

function isoTime(time: Element | null): string | null {
  const datetime = time?.getAttribute('datetime');
  if (!datetime) return null;
  const ms = Date.parse(datetime);
  if (!Number.isFinite(ms)) return null;
  return ISO_TIME.test(datetime) ? datetime : new Date(ms).toISOString();
}

/** The handle of a profile link (LINK) outside the comment list, else null. */
function profileLinkHandle(link: Element, post: Post): string | null {
  if (post.comments.covers(link)) return null;
  return profileHandleFromHref(link.getAttribute('href'));
}

function firstProfileLink(scope: Element, post: Post): string | null {
  for (const link of scope.querySelectorAll(LINK)) {
    const handle = profileLinkHandle(link, post);
    if (handle) return handle;
  }
  return null;
}

/**
 * The author: the post header's profile link (post page 2019–2023), else the nearest profile
 * link around the post's time (the feed's header row: avatar, name, "•", time), else the first
 * profile link whose text is the handle.
 */
function findAuthor(post: Post, time: Element | null): string | null {
  const { root } = post;
  const { header } = post;
  if (header) {
    const handle = firstProfileLink(header, post);
    if (handle) return handle;
  }
  if (time && root.contains(time)) {
    // The time is the root's (findPermalink, postTime): each element above it up to the root is too.
    // `below` is the child of `el` already searched: when it is `el`'s only child, the only
    // link `el` adds is `below` itself, and its subtree is not queried again.
    let below: Element | null = null;
    for (let el = time.parentElement; el; el = el.parentElement) {
      const handle =
        below && el.childElementCount === 1
          ? below.matches(LINK)
            ? profileLinkHandle(below, post)
            : null
          : firstProfileLink(el, post);
      if (handle) return handle;
      if (el === root) break;
      below = el;
    }
  }
  for (const link of root.querySelectorAll(LINK)) {
    // A commenter's name link looks the same: the comment list is never the author's.
    if (post.comments.covers(link)) continue;
    const handle = profileHandleFromHref(link.getAttribute('href'));
    if (handle && shownText(link).toLowerCase() === handle) return handle;
  }
  return null;
}

/**
 * Where the elements at or after `mark` start in `els`, all of the root's in document order:
 * those before are `mark`'s ancestors and what precedes it (a binary search, as few position
 * comparisons as the list has halvings).
 */
function firstAtOrAfter(els: NodeListOf<Element>, mark: Element): number {
  let lo = 0;
  let hi = els.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const el = els[mid] as Element;
    if (el === mark || (mark.compareDocumentPosition(el) & FOLLOWING) !== 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Distinct texts of elements whose whole text may be a count, in reading order (a repeated text
 * reads the same as its first occurrence, so it is kept once). When the root has sections (the
 * action bar, then the likes), only what follows the first section counts: the post page lists
 * its comments, each with its own "5 likes", before it.
 */
function countTexts(post: Post): string[] {
  const { root } = post;
  // One query of the whole root, read from the first section on: cheaper than a query per
  // subtree that follows the section; the elements before it are skipped, never read.
  const els = root.querySelectorAll(COUNT_TEXT);
  const firstSection = root.querySelector(SECTION);
  const texts = new Set<string>();
  // True while the element before had this one as its only child node: same text, not yet read.
  let sameAsParent = false;
  for (let i = firstSection ? firstAtOrAfter(els, firstSection) : 0; i < els.length; i++) {
    const el = els[i] as Element;
    const inherited = sameAsParent;
    sameAsParent = false;
    if (!inherited && post.notPostCounts(el)) continue;
    // A wrapper around the next element alone (span > a > span…) shows exactly its text, read
    // there (in the same place in reading order) rather than once per wrapper.
    // (childElementCount first: it answers most elements without touching another node.)
    const next = els[i + 1];
    if (next && el.childElementCount === 1 && el.firstChild === next && el.lastChild === next) {
      sameAsParent = true;
      continue;
    }
    const text = shownText(el);
    if (text.length > 0 && text.length <= MAX_COUNT_TEXT) texts.add(text);
  }
  return [...texts];
}

function readCounts(post: Post, ref: PostRef, ctx: ReadContext): PostMetrics {
  const metrics: PostMetrics = {};
  const texts = countTexts(post);

  const likes = readLikes(post, ref, texts, ctx);
  if (likes === 'hidden') ctx.miss('instagram.post.likes', 'hidden by the owner');
  else if (likes) metrics.likes = likes;
  else ctx.miss('instagram.post.likes');

  // Every comment and view pattern captures a figure, which starts with a digit: texts without
  // one (the action bar's "Like", names, most captions) are not matched against them.
  const numeric = texts.filter(hasDigit);
  for (const text of numeric) {
    const comments = countByWords(text, COMMENTS_PATTERNS, ctx.locale);
    if (comments) {
      metrics.comments = comments;
      break;
    }
  }
  for (const text of numeric) {
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

function readLikes(post: Post, ref: PostRef, texts: readonly string[], ctx: ReadContext): LikesRead {
  const { root } = post;
  // The likers link of this post (web app 2017–2024), and the sentence it is part of.
  for (const link of root.querySelectorAll(LIKED_BY_LINK)) {
    const linkRef = postRefFromHref(link.getAttribute('href'));
    if (linkRef && linkRef.code !== ref.code) continue;
    // A comment's likers (`/p/<code>/c/<id>/liked_by/`, or a link in the comment list) are not the post's.
    if (linkRef?.rest[0] === 'c' || post.notPostCounts(link)) continue;
    // The link is inside the root, and so is each ancestor up to the root.
    let el: Element | null = link;
    for (let depth = 0; el && depth <= LIKED_BY_CLIMB; depth++) {
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
function captionTexts(post: Post): string[] {
  const { root } = post;
  const { heading } = post;
  if (heading) return [shownText(heading)];
  const texts: string[] = [];
  for (const span of root.querySelectorAll(CAPTION_SPAN_OUTSIDE_NOT_CAPTION)) {
    if (post.comments.covers(span)) continue;
    if (span.querySelector(ANY_TIME)) continue;
    texts.push(shownText(span));
  }
  // Tag links whose span was left out above (a caption with no dir attribute).
  for (const link of root.querySelectorAll(HASHTAG_LINK)) {
    if (!post.comments.covers(link)) texts.push(shownText(link));
  }
  return texts;
}
