/**
 * Reads one LinkedIn update (classic, 2025–26 or logged-out markup): its activity id, author,
 * hashtags, mentions and the counts shown under it. Pure: takes a root element, returns data.
 */
import type { MetricReading, PostMetrics } from '../../model/records';
import type { PostRead, ReadContext } from '../types';
import { cleanText, reactionReading, readingFrom, textOf } from './figures';
import {
  ACTOR_LINK,
  ACTOR_NAME,
  CLASSIC_CARD,
  COMMENTARY,
  COMMENTS,
  COMMENTS_HOOKS,
  CONTEXT_HEADER,
  type CountHook,
  HASHTAG_LINK,
  LIKES_HOOKS,
  MEMBER_LINK,
  NESTED_UPDATE,
  PERMALINK,
  POST_ROOT,
  RENDERED_CONTENT,
  ROOT_URN_ATTRIBUTES,
  SHARES_HOOKS,
  TRACKING_SCOPE_ATTRIBUTE,
  URN_WRAPPER,
  VIEWS_HOOKS,
} from './selectors';
import {
  activityIdFromUrl,
  activityIdIn,
  activityPermalink,
  handleFromHref,
  linkedinUrl,
  pageKind,
  publishedAtFromActivityId,
} from './url';
import { POST_WORDS, type PostCountName, wordRegExp, wordsFor } from './words';

const FOREIGN = `${NESTED_UPDATE}, ${COMMENTS}`;

/** Whether `el` belongs to `root` itself, not to an update embedded in it or to its comments. */
function isOwn(el: Element, root: Element): boolean {
  const foreign = el.closest(FOREIGN);
  return !foreign || foreign === root || !root.contains(foreign);
}

/** Elements matching `selector` in `root` (root included) that belong to the root's own update. */
function ownElements(root: Element, selector: string): Element[] {
  const found: Element[] = [];
  if (root.matches(selector)) found.push(root);
  for (const el of root.querySelectorAll(selector)) if (isOwn(el, root)) found.push(el);
  return found;
}

/**
 * The element to read: a 2025 feed-full-update that wraps a classic card (Aug 2025 capture) is
 * read through the card, so both roots the collector finds give the same reading.
 */
function readableRoot(root: Element): Element {
  if (root.matches(CLASSIC_CARD)) return root;
  return ownElements(root, CLASSIC_CARD)[0] ?? root;
}

function idFromTrackingScope(value: string | null): string | null {
  if (!value) return null;
  try {
    const scopes: unknown = JSON.parse(value);
    for (const scope of Array.isArray(scopes) ? scopes : [scopes]) {
      const breadcrumb = (scope as { breadcrumb?: { updateUrn?: unknown } } | null)?.breadcrumb;
      const id = typeof breadcrumb?.updateUrn === 'string' ? activityIdIn(breadcrumb.updateUrn) : null;
      if (id) return id;
    }
  } catch {
    // Not JSON (or not the shape seen in 2025): fall back to any URN in the text.
  }
  return activityIdIn(value);
}

/** The activity id, from the most to the least specific source. */
function readActivityId(root: Element, outer: Element, ctx: ReadContext): string | null {
  for (const el of root === outer ? [root] : [root, outer]) {
    for (const attribute of ROOT_URN_ATTRIBUTES) {
      const id = activityIdIn(el.getAttribute(attribute));
      if (id) return id;
    }
  }
  const wrapper = outer.parentElement?.closest(URN_WRAPPER);
  const fromWrapper =
    activityIdIn(wrapper?.getAttribute('data-id')) ?? activityIdIn(wrapper?.getAttribute('data-urn'));
  if (fromWrapper) return fromWrapper;
  for (const el of root === outer ? [root] : [root, outer]) {
    const id = idFromTrackingScope(el.getAttribute(TRACKING_SCOPE_ATTRIBUTE));
    if (id) return id;
  }
  for (const el of ownElements(root, `[${TRACKING_SCOPE_ATTRIBUTE}*="urn:li:activity:"]`)) {
    const id = idFromTrackingScope(el.getAttribute(TRACKING_SCOPE_ATTRIBUTE));
    if (id) return id;
  }
  for (const link of ownElements(root, PERMALINK)) {
    if (link.closest(CONTEXT_HEADER)) continue;
    const id = activityIdIn(link.getAttribute('href'));
    if (id) return id;
  }
  // A single-update page names its update in the URL: trust it for the page's first update only.
  if (pageKind(ctx.url) === 'update') {
    const first = outer.ownerDocument.querySelector(POST_ROOT);
    if (first && (first === outer || first.contains(outer))) return activityIdFromUrl(ctx.url);
  }
  return null;
}

function readAuthor(root: Element): { author?: string; authorName?: string } {
  const out: { author?: string; authorName?: string } = {};
  const links = ownElements(root, ACTOR_LINK).filter((a) => !a.closest(CONTEXT_HEADER));
  for (const link of links) {
    const handle = handleFromHref(link.getAttribute('href'));
    if (handle) {
      out.author = handle;
      break;
    }
  }
  if (!out.author) {
    // No actor hook matched: the first member link outside the header, text and comments.
    for (const link of ownElements(root, MEMBER_LINK)) {
      if (link.closest(CONTEXT_HEADER) || link.closest(COMMENTARY)) continue;
      const handle = handleFromHref(link.getAttribute('href'));
      if (handle) {
        out.author = handle;
        break;
      }
    }
  }
  for (const el of ownElements(root, ACTOR_NAME)) {
    if (el.closest(CONTEXT_HEADER)) continue;
    const name = textOf(el);
    if (name && name.length <= 500) {
      out.authorName = name;
      break;
    }
  }
  return out;
}

/** Top-level commentary blocks of the update (nested ones are part of their outer block). */
function commentaryBlocks(root: Element): Element[] {
  const blocks = ownElements(root, COMMENTARY);
  return blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
}

const HASHTAG_IN_TEXT = /#([\p{L}\p{N}_]+)/u;

function hashtagOf(link: Element): string | null {
  const fromText = HASHTAG_IN_TEXT.exec(textOf(link))?.[1];
  if (fromText) return fromText;
  const href = link.getAttribute('href') ?? '';
  const url = linkedinUrl(href);
  const keywords = url?.searchParams.get('keywords');
  if (keywords?.startsWith('#')) return keywords.slice(1) || null;
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    // Keep the raw href.
  }
  return /\/feed\/hashtag\/(?:\?keywords=)?([\p{L}\p{N}_]+)/u.exec(decoded)?.[1] ?? null;
}

function uniqueCaseless(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

function readHashtags(root: Element, blocks: Element[]): string[] {
  const links = new Set<Element>(ownElements(root, HASHTAG_LINK));
  for (const block of blocks) for (const a of block.querySelectorAll('a')) links.add(a);
  const tags: string[] = [];
  for (const link of links) {
    if (link.closest(CONTEXT_HEADER)) continue;
    const tag = hashtagOf(link);
    if (tag && tag.length <= 140) tags.push(tag);
  }
  return uniqueCaseless(tags);
}

function readMentions(blocks: Element[]): string[] {
  const handles: string[] = [];
  for (const block of blocks) {
    for (const link of block.querySelectorAll(MEMBER_LINK)) {
      if (textOf(link).startsWith('#')) continue;
      const handle = handleFromHref(link.getAttribute('href'));
      if (handle) handles.push(handle);
    }
  }
  return uniqueCaseless(handles);
}

/** The label a count element states: its aria-label when it holds a figure, else its text. */
function labelOf(el: Element): string {
  const aria = cleanText(el.getAttribute('aria-label'));
  return /\d/.test(aria) ? aria : textOf(el);
}

function readCount(
  root: Element,
  hooks: readonly CountHook[],
  name: PostCountName,
  locale: string,
): MetricReading | null {
  const words = wordRegExp(wordsFor(POST_WORDS, name, locale));
  for (const hook of hooks) {
    for (const el of ownElements(root, hook.selector)) {
      const label = labelOf(el);
      if (hook.attribute) {
        const value = el.getAttribute(hook.attribute) ?? '';
        if (!/^\d+$/.test(value.trim())) continue;
        // The visible label is the raw text only when it states the same figure as the attribute.
        const attributeFigure = readingFrom(value.trim(), locale)?.value;
        const raw =
          label && attributeFigure !== undefined && readingFrom(label, locale)?.value === attributeFigure
            ? label
            : value.trim();
        const reading = readingFrom(raw, locale, value);
        if (reading) return reading;
        continue;
      }
      if (!label || (!hook.dedicated && !words.test(label))) continue;
      const reading = name === 'likes' ? reactionReading(label, locale) : readingFrom(label, locale);
      if (reading) return reading;
    }
  }
  return null;
}

const COUNT_HOOKS: ReadonlyArray<[PostCountName, readonly CountHook[]]> = [
  ['likes', LIKES_HOOKS],
  ['comments', COMMENTS_HOOKS],
  ['shares', SHARES_HOOKS],
  ['views', VIEWS_HOOKS],
];

function readMetrics(root: Element, ctx: ReadContext): PostMetrics {
  const metrics: PostMetrics = {};
  for (const [name, hooks] of COUNT_HOOKS) {
    const reading = readCount(root, hooks, name, ctx.locale);
    // Absent is unknown, never 0: LinkedIn hides zero counts, and views are shown to the owner only.
    if (reading) metrics[name] = reading;
    else if (name !== 'views') ctx.miss(`linkedin.post.${name}`);
  }
  return metrics;
}

/** Reads one update root. Null for an emptied off-screen shell or unknown markup. Never throws. */
export function readPost(outer: Element, ctx: ReadContext): PostRead | null {
  try {
    const root = readableRoot(outer);
    const postId = readActivityId(root, outer, ctx);
    if (!postId) {
      ctx.miss('linkedin.post.id');
      return null;
    }
    // LinkedIn empties updates that scroll far off screen, keeping the shell and its URN.
    if (!root.querySelector(RENDERED_CONTENT)) {
      ctx.miss('linkedin.post.emptied', postId);
      return null;
    }
    const { author, authorName } = readAuthor(root);
    if (!author) ctx.miss('linkedin.post.author', postId);
    const blocks = commentaryBlocks(root);
    const read: PostRead = {
      kind: 'post',
      network: 'linkedin',
      postId,
      url: activityPermalink(postId),
      hashtags: readHashtags(root, blocks),
      mentions: readMentions(blocks),
      metrics: readMetrics(root, ctx),
    };
    if (author) read.author = author;
    if (authorName) read.authorName = authorName;
    const publishedAt = publishedAtFromActivityId(postId);
    if (publishedAt) read.publishedAt = publishedAt;
    return read;
  } catch (error) {
    ctx.miss('linkedin.readPost', error instanceof Error ? error.message : String(error));
    return null;
  }
}
