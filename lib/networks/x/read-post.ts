import type { MetricReading, PostMetricName, PostMetrics } from '../../model/records';
import type { PostRead, ReadContext } from '../types';
import { hasDigit, toReading, visibleText, zeroReading } from './reading';
import {
  ACTION_BUTTONS,
  ACTION_GROUP,
  HASHTAG_LINK,
  MENTION_LINK,
  POST_ROOT,
  QUOTE_CONTAINER,
  STATUS_LINK,
  TIME,
  TWEET_TEXT,
  USER_NAME,
  VISIBLE_COUNT,
} from './selectors';
import {
  canonicalStatusUrl,
  handleFromProfileHref,
  statusRefFromHref,
  timeFromStatusId,
  type StatusRef,
} from './url';
import { ACTION_WORDS, matchCountWord, type XActionCount } from './words';

/** X's counts under the canonical metric names (PRODUCT.md). */
const METRIC_OF: Record<XActionCount, PostMetricName> = {
  replies: 'comments',
  reposts: 'shares',
  quotes: 'quotes',
  likes: 'likes',
  bookmarks: 'bookmarks',
  views: 'views',
};

/**
 * X leaves a count that is zero out of the group label: "1 repost, 5 likes, 90 views" means no
 * replies and no bookmarks. So when the label was read in full, these missing counts are 0 (their
 * raw text is the whole label). Views are not in this list: posts from before Dec 2022 have no
 * view count at all, so views missing from the label stay unknown. Quotes are never in the label.
 */
const ZERO_WHEN_LEFT_OUT: readonly XActionCount[] = ['replies', 'reposts', 'likes', 'bookmarks'];

const BUTTON_COUNTS = Object.keys(ACTION_BUTTONS) as (keyof typeof ACTION_BUTTONS)[];

const MAX_TAGS = 100;
const MAX_TAG_LENGTH = 139;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Read one post. Null when it holds no identifiable post; never throws. */
export function readXPost(root: Element, ctx: ReadContext): PostRead | null {
  try {
    return readPost(root, ctx);
  } catch (error) {
    ctx.miss('x.post.error', error instanceof Error ? error.message : String(error));
    return null;
  }
}

function readPost(root: Element, ctx: ReadContext): PostRead | null {
  const article = root.matches(POST_ROOT) ? root : root.querySelector(POST_ROOT);
  if (!article) {
    ctx.miss('x.post.root');
    return null;
  }
  const outer = outerScope(article);

  const userName = outer.first(USER_NAME);
  if (!userName) ctx.miss('x.post.userName');
  const author = userName ? authorOf(userName) : {};

  // The first time whose link is a permalink, else the first time (its link tells no status). The
  // first is almost always the one: the list of all is queried only when it is not.
  const time = outer.first(TIME);
  let permalinkTime = time;
  let ref = statusRefOfTime(time);
  if (time && !ref) {
    const times = outer.all(TIME);
    for (let i = 1; i < times.length && !ref; i++) {
      ref = statusRefOfTime(times[i]);
      if (ref) permalinkTime = times[i];
    }
  }
  if (!ref) {
    ctx.miss('x.post.timeLink');
    ref = statusFromOtherLinks(outer.all(STATUS_LINK), author.handle);
  }
  if (!ref) {
    ctx.miss('x.post.statusLink');
    return null;
  }

  const publishedAt = isoTime(permalinkTime?.getAttribute('datetime')) ?? timeFromStatusId(ref.id);
  if (!permalinkTime) ctx.miss('x.post.time');

  const { hashtags, mentions } = tagsOf(outer.all(TWEET_TEXT));
  const read: PostRead = {
    kind: 'post',
    network: 'x',
    postId: ref.id,
    url: canonicalStatusUrl(ref.handle, ref.id),
    hashtags,
    mentions,
    metrics: readActionMetrics(outer, ctx),
  };
  // A retweet's time link points to the original post, so its handle is the original author too.
  const handle = author.handle ?? ref.handle.toLowerCase();
  read.author = handle;
  if (author.name) read.authorName = author.name;
  if (publishedAt) read.publishedAt = publishedAt;
  return read;
}

/** The status that the link around a time points to. */
function statusRefOfTime(time: Element | undefined): StatusRef | null {
  return statusRefFromHref(time?.closest('a')?.getAttribute('href'));
}

/**
 * The post's own elements, leaving out any quoted post it embeds. Lists are the native NodeLists
 * when nothing is quoted (most posts): copying them into arrays cost more than the queries.
 */
interface OuterScope {
  article: Element;
  /** Every match in document order. */
  all: (selector: string) => ArrayLike<Element>;
  /** The first match, in document order. */
  first: (selector: string) => Element | undefined;
  /** The first match that is `container` itself or inside it. */
  firstIn: (container: Element, selector: string) => Element | undefined;
}

function outerScope(article: Element): OuterScope {
  const names = article.querySelectorAll(USER_NAME);
  const quoted = names.length > 1 ? quotedBlocks(article, names) : [];
  // Each selector is queried once per post; most posts quote nothing, and then nothing is filtered.
  const cache = new Map<string, ArrayLike<Element>>();
  const isOuter = (el: Element) => !quoted.some((block) => block.contains(el));
  const all = (selector: string): ArrayLike<Element> => {
    let found = cache.get(selector);
    if (!found) {
      const list = selector === USER_NAME ? names : article.querySelectorAll(selector);
      found = quoted.length === 0 ? list : Array.prototype.filter.call(list, isOuter);
      cache.set(selector, found);
    }
    return found;
  };
  if (quoted.length === 0) {
    return {
      article,
      all,
      first: (selector) => (selector === USER_NAME ? names[0] : article.querySelector(selector)) ?? undefined,
      // Document order puts the container before its descendants.
      firstIn: (container, selector) =>
        (container.matches(selector) ? container : container.querySelector(selector)) ?? undefined,
    };
  }
  const firstIn = (container: Element, selector: string): Element | undefined => {
    const list = all(selector);
    for (let i = 0; i < list.length; i++) {
      const el = list[i];
      if (el && container.contains(el)) return el;
    }
    return undefined;
  };
  return { article, all, first: (selector) => all(selector)[0], firstIn };
}

/**
 * The quoted posts inside a post. Each has its own User-Name, time, text and sometimes
 * "Replying to": it is a different post, and none of it belongs to the outer reading. The outer
 * User-Name comes first in the article; each later one marks a quote, whose container is its
 * closest `div[role="link"]`, or else the highest ancestor that holds none of the outer post's
 * parts (User-Name, text, action bar).
 */
function quotedBlocks(article: Element, names: ArrayLike<Element>): Element[] {
  const outerName = names[0];
  if (!outerName) return [];
  const blocks: Element[] = [];
  for (let i = 1; i < names.length; i++) {
    const inner = names[i];
    if (!inner || blocks.some((block) => block.contains(inner))) continue;
    let block = inner.closest(QUOTE_CONTAINER);
    if (!block || block === article || !article.contains(block) || block.contains(outerName)) {
      block = climbToQuote(inner, article, outerName);
    }
    blocks.push(block);
  }
  return blocks;
}

function climbToQuote(inner: Element, article: Element, outerName: Element): Element {
  let block = inner;
  for (let parent = block.parentElement; parent && parent !== article; parent = parent.parentElement) {
    if (parent.contains(outerName) || parent.querySelector(ACTION_GROUP)) break;
    // The quote's own text follows its User-Name; a text before it is the outer post's.
    const foreignText = Array.from(parent.querySelectorAll(TWEET_TEXT)).some(
      (t) => !block.contains(t) && (t.compareDocumentPosition(inner) & FOLLOWING) !== 0,
    );
    if (foreignText) break;
    block = parent;
  }
  return block;
}

const AT_HANDLE = /^@[A-Za-z0-9_]{1,50}$/;

/** Handle (from the "@handle" link, else the first link's path) and display name of a User-Name block. */
function authorOf(userName: Element): { handle?: string; name?: string } {
  const author: { handle?: string; name?: string } = {};
  // Indexed loops over the NodeLists: Array.from of a NodeList was most of this function's time.
  const links = userName.querySelectorAll('a[href]');
  let handle: string | undefined;
  for (let i = 0; i < links.length && handle === undefined; i++) {
    const text = (links[i]?.textContent ?? '').trim();
    if (AT_HANDLE.test(text)) handle = text.slice(1).toLowerCase();
  }
  handle ??= handleFromProfileHref(links[0]?.getAttribute('href')) ?? undefined;
  if (handle) author.handle = handle;
  // The first `[dir]` is the name in X's markup: the list of all is queried only when it is not.
  const firstDir = userName.querySelector('[dir]');
  let name = firstDir ? displayName(firstDir) : undefined;
  if (firstDir && name === undefined) {
    const withDir = userName.querySelectorAll('[dir]');
    for (let i = 1; i < withDir.length && name === undefined; i++) {
      const el = withDir[i];
      if (el) name = displayName(el);
    }
  }
  if (name !== undefined) author.name = name;
  return author;
}

/** The display name an element of the User-Name block shows, if it is not the "@handle" or the "·". */
function displayName(el: Element): string | undefined {
  const text = visibleText(el);
  return text && !text.startsWith('@') && text !== '·' ? text.slice(0, 500) : undefined;
}

/** When the time link is missing: another link of the same post (photo, analytics), the author's first. */
function statusFromOtherLinks(links: ArrayLike<Element>, authorHandle: string | undefined): StatusRef | null {
  let first: StatusRef | null = null;
  for (let i = 0; i < links.length; i++) {
    const ref = statusRefFromHref(links[i]?.getAttribute('href'));
    if (!ref) continue;
    if (ref.handle.toLowerCase() === authorHandle) return ref;
    first ??= ref;
  }
  return first;
}

/** What X writes in `datetime`, already the stored form: "2025-10-23T15:04:31.000Z". */
const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isoTime(datetime: string | null | undefined): string | undefined {
  if (!datetime) return undefined;
  if (CANONICAL_ISO.test(datetime) && !Number.isNaN(Date.parse(datetime))) return datetime;
  const time = new Date(datetime);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

const TAG_MARK = /^[#＃]/;
const LETTER = /\p{L}/u;
/** A tag written out in the text (global: used through matchAll, which copies it). */
const WRITTEN_TAG = /(?<![\p{L}\p{M}\p{N}_&/#＃])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;

const MENTION = /^@([A-Za-z0-9_]{1,50})$/;

/**
 * Hashtags of the post text (hashtag links, and `#tag` written in the text; case kept,
 * deduplicated) and the handles it links as "@handle" (lower-cased, deduplicated). One query per
 * text finds the links of both: in a content script's world each list is one more wrapper to make.
 */
function tagsOf(texts: ArrayLike<Element>): { hashtags: string[]; mentions: string[] } {
  const tags: string[] = [];
  const seen = new Set<string>();
  const mentions: string[] = [];
  const add = (tag: string) => {
    const clean = tag.replace(TAG_MARK, '').trim();
    if (!clean || clean.length > MAX_TAG_LENGTH || !LETTER.test(clean)) return;
    const key = clean.toLowerCase();
    if (seen.has(key) || tags.length >= MAX_TAGS) return;
    seen.add(key);
    tags.push(clean);
  };
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (!text) continue;
    // Every hashtag link is also a mention link (its href starts with "/"): one query finds both.
    const links = text.querySelectorAll(MENTION_LINK);
    for (let j = 0; j < links.length; j++) {
      const link = links[j];
      if (!link) continue;
      const linkText = (link.textContent ?? '').trim();
      if (link.matches(HASHTAG_LINK)) {
        if (linkText) add(linkText);
        else add(tagFromHashtagHref(link.getAttribute('href')));
      }
      const handle = MENTION.exec(linkText)?.[1]?.toLowerCase();
      if (handle && !mentions.includes(handle) && mentions.length < MAX_TAGS) {
        mentions.push(handle);
      }
    }
    // Most posts have no tag written out: the native text is enough to know (an emoji's alt text
    // never holds the letters a tag needs).
    const plain = text.textContent ?? '';
    if (!plain.includes('#') && !plain.includes('＃')) continue;
    for (const found of visibleText(text).matchAll(WRITTEN_TAG)) {
      if (found[1]) add(found[1]);
    }
  }
  return { hashtags: tags, mentions };
}

function tagFromHashtagHref(href: string | null): string {
  const found = /^\/hashtag\/([^?#/]+)/.exec(href ?? '');
  if (!found?.[1]) return '';
  try {
    return decodeURIComponent(found[1]);
  } catch {
    return '';
  }
}

type ActionCounts = Partial<Record<XActionCount, MetricReading>>;

/**
 * The post's counts, exact figures first:
 * 1. the action bar's group label, read by keyword ("2534 replies, 1 repost, …"), with X's
 *    zero-left-out rule (ZERO_WHEN_LEFT_OUT) when every part of the label was understood;
 * 2. for counts still unknown, each button's aria-label ("48 Replies. Reply"), matched by
 *    testid suffix so liked / reposted / bookmarked states match;
 * 3. then the button's visible abbreviated text ("2.5K", "1,2 k"), stored with its bounds.
 * A button without a number leaves its count unknown, never 0.
 */
function readActionMetrics(outer: OuterScope, ctx: ReadContext): PostMetrics {
  const counts: ActionCounts = {};
  // A post may hold other groups (polls, media); the action bar is the one with the buttons or
  // figures, almost always the first: the list of all is queried only when it is not.
  const firstGroup = outer.first(ACTION_GROUP);
  let group = firstGroup;
  let groupLabel = firstGroup?.getAttribute('aria-label') ?? '';
  if (firstGroup && !isActionBar(firstGroup, groupLabel)) {
    const groups = outer.all(ACTION_GROUP);
    for (let i = 1; i < groups.length; i++) {
      const g = groups[i];
      const gLabel = g?.getAttribute('aria-label') ?? '';
      if (g && isActionBar(g, gLabel)) {
        group = g;
        groupLabel = gLabel;
        break;
      }
    }
  }
  if (!group) ctx.miss('x.post.actionBar');
  const label = groupLabel.trim();
  if (label) {
    const fromLabel = readGroupLabel(label, ctx.locale);
    Object.assign(counts, fromLabel.counts);
    if (fromLabel.complete) {
      for (const count of ZERO_WHEN_LEFT_OUT) counts[count] ??= zeroReading(label);
    } else {
      ctx.miss('x.post.groupLabel', label.slice(0, 200));
    }
  } else if (group) {
    ctx.miss('x.post.groupLabel');
  }

  for (const count of BUTTON_COUNTS) {
    if (counts[count]) continue;
    const button = outer.first(ACTION_BUTTONS[count]);
    if (!button) {
      ctx.miss(`x.post.${count}Button`);
      continue;
    }
    const reading = readButton(button, count, ctx.locale, outer);
    if (reading) counts[count] = reading;
    else ctx.miss(`x.post.${count}Count`);
  }

  const metrics: PostMetrics = {};
  for (const [count, reading] of Object.entries(counts) as [XActionCount, MetricReading][]) {
    metrics[METRIC_OF[count]] = reading;
  }
  return metrics;
}

/**
 * A group with figures in its label (`label`), or else a reply button. The label is tested first:
 * the button is then not touched (in a content script's world each element touched is a wrapper).
 */
function isActionBar(group: Element, label: string): boolean {
  return hasDigit(label) || group.querySelector(ACTION_BUTTONS.replies) !== null;
}

/**
 * Parts of the label, split on list separators not followed by a digit (so a grouped "25,616"
 * stays whole). `complete` when every part named a known count with a number.
 */
function readGroupLabel(label: string, locale: string): { counts: ActionCounts; complete: boolean } {
  const counts: ActionCounts = {};
  let complete = true;
  const parts = label
    .split(/[,;،、](?!\d)/)
    .map((part) => part.trim())
    .filter(Boolean);
  for (const part of parts) {
    const match = matchCountWord(part, ACTION_WORDS, locale);
    const reading = match ? toReading(match.rest, part, locale) : null;
    if (!match || !reading) {
      complete = false;
      continue;
    }
    counts[match.count] ??= reading;
  }
  return { counts, complete: complete && parts.length > 0 };
}

/** "553 Likes. Liked" → 553 exact; else the visible "2.5K" with bounds; else unknown. */
function readButton(
  button: Element,
  count: XActionCount,
  locale: string,
  outer: OuterScope,
): MetricReading | null {
  const label = (button.getAttribute('aria-label') ?? '').split(/\.\s/)[0]?.trim() ?? '';
  if (hasDigit(label)) {
    const match = matchCountWord(label, ACTION_WORDS, locale, count);
    const reading = toReading(match ? match.rest : label, label, locale);
    if (reading) return reading;
  }
  // The button's own figure: never one of a quoted post nested inside it.
  const figure = outer.firstIn(button, VISIBLE_COUNT);
  const visible = (figure?.textContent ?? '').trim();
  return toReading(visible, visible, locale);
}
