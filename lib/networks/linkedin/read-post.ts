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
import { POST_WORDS, type PostCountName, wordRegExpFor } from './words';
import { inDocumentOrder, splitSelectorList } from '../../dom/selector-lists';

/** An alternative whose subject itself must carry `data-view-name` (2025–26 markup hooks). */
const VIEW_NAME_SUBJECT = /^[a-z]*\[data-view-name(?:[~|^$*]?="[^"]*")?\]$/;

/** `a[href*="…"]` with one or more substrings: answered from the root's links, read once. */
const HREF_ALTERNATIVE = /^a((?:\[href\*="[^"\\]+"\])+)$/;

interface Alternative {
  selector: string;
  /** Whether it can only match an element that has a `data-view-name` attribute. */
  viewName: boolean;
}

interface Alternatives {
  list: readonly Alternative[];
  /** When every alternative is an `a[href*="…"]`: each one's substrings (all must occur). */
  hrefParts: readonly (readonly string[])[] | null;
}

/** Each selector list, split into its alternatives once. */
const alternativesCache = new Map<string, Alternatives>();

function alternativesOf(list: string): Alternatives {
  let alternatives = alternativesCache.get(list);
  if (!alternatives) {
    const selectors = splitSelectorList(list);
    const hrefParts = selectors.map(
      (selector) => HREF_ALTERNATIVE.exec(selector)?.[1]?.slice(8, -2).split('"][href*="') ?? null,
    );
    alternatives = {
      list: selectors.map((selector) => ({ selector, viewName: VIEW_NAME_SUBJECT.test(selector) })),
      hrefParts: hrefParts.every((parts) => parts !== null) ? (hrefParts as string[][]) : null,
    };
    alternativesCache.set(list, alternatives);
  }
  return alternatives;
}

/**
 * `scope.querySelectorAll(list)` as an array: the same elements, in document order, without
 * duplicates, one query per alternative (see lib/dom/selector-lists.ts). `noViewNames`: the caller
 * knows no element under `scope` has a `data-view-name`, so alternatives that need one are skipped.
 */
function queryAll(scope: Element, list: string, noViewNames = false): Element[] {
  const lists: NodeListOf<Element>[] = [];
  for (const { selector, viewName } of alternativesOf(list).list) {
    if (!(viewName && noViewNames)) lists.push(scope.querySelectorAll(selector));
  }
  return inDocumentOrder(lists);
}

/** Whether `scope` holds an element matching `list` (any alternative will do: order is moot). */
function holdsAny(scope: Element, list: string): boolean {
  for (const { selector } of alternativesOf(list).list) if (scope.querySelector(selector)) return true;
  return false;
}

const FOREIGN = `${NESTED_UPDATE}, ${COMMENTS}`;
const TRACKING_SCOPE_WITH_URN = `[${TRACKING_SCOPE_ATTRIBUTE}*="urn:li:activity:"]`;

const HOOK_SELECTORS = [LIKES_HOOKS, COMMENTS_HOOKS, SHARES_HOOKS, VIEWS_HOOKS].flatMap((hooks) =>
  hooks.map((hook) => hook.selector),
);

/** Every selector the reader asks OwnElements for: a root matching none of them skips each test. */
const OWN_SELECTORS = [
  CLASSIC_CARD,
  TRACKING_SCOPE_WITH_URN,
  PERMALINK,
  ACTOR_LINK,
  MEMBER_LINK,
  ACTOR_NAME,
  COMMENTARY,
  HASHTAG_LINK,
  ...HOOK_SELECTORS,
];
const OWN_SELECTOR_SET = new Set(OWN_SELECTORS);
const ANY_OWN_SELECTOR = OWN_SELECTORS.join(', ');

/**
 * One update's own elements: everything under its root but embedded updates and comments (and
 * the root itself when it matches). The few "barriers" (embedded updates, comments) are found
 * once with native queries and membership is "under no barrier", instead of a `closest()` up
 * to the document for every element found; each selector is queried once per update.
 */
class OwnElements {
  readonly root: Element;
  private barriers: Element[] | undefined;
  private headers: Element[] | undefined;
  private rootInHeader: boolean | undefined;
  private noViewNames: boolean | undefined;
  private rootMayMatch: boolean | undefined;
  private readonly found = new Map<string, Element[]>();
  private readonly under = new Map<string, Element[]>();
  private links: Element[] | undefined;
  private readonly hrefs: string[] = [];

  /** `barriers`: the barriers of an update that holds this root, when already known. */
  constructor(root: Element, barriers?: Element[]) {
    this.root = root;
    if (barriers) this.barriers = barriers.filter((b) => b !== root && root.contains(b));
  }

  /**
   * Elements under the root matching `list`, own or not (cached). A classic card has no
   * `data-view-name` under it, which one query tells, so the 2025–26 hooks (a dozen) are not
   * each looked for there.
   */
  query(list: string): Element[] {
    let found = this.under.get(list);
    if (!found) {
      const hrefParts = alternativesOf(list).hrefParts;
      if (hrefParts) {
        // Links by their href: one query for `a` serves every such list (hashtags, members…).
        const hrefs = this.hrefs;
        found = this.anchors().filter((_, i) =>
          hrefParts.some((parts) => parts.every((part) => hrefs[i]?.includes(part))),
        );
      } else {
        this.noViewNames ??= this.root.querySelector('[data-view-name]') === null;
        found = queryAll(this.root, list, this.noViewNames);
      }
      this.under.set(list, found);
    }
    return found;
  }

  /** The links under the root (not the root itself), in document order; their hrefs beside them. */
  anchors(): Element[] {
    if (!this.links) {
      const found = this.root.querySelectorAll('a');
      this.links = [];
      for (let i = 0; i < found.length; i++) {
        const link = found[i] as Element;
        this.links.push(link);
        this.hrefs.push(link.getAttribute('href') ?? '');
      }
    }
    return this.links;
  }

  /** Whether `el` (under the root) belongs to the root's own update, not to a barrier in it. */
  private isOwn(el: Element): boolean {
    this.barriers ??= this.query(FOREIGN);
    for (const barrier of this.barriers) if (barrier.contains(el)) return false;
    return true;
  }

  /** The barriers found so far (for an update read through an inner root). */
  knownBarriers(): Element[] | undefined {
    return this.barriers;
  }

  private rootMatches(selector: string): boolean {
    // One test of the root against every selector rather than one test per selector.
    if (OWN_SELECTOR_SET.has(selector)) {
      this.rootMayMatch ??= this.root.matches(ANY_OWN_SELECTOR);
      if (!this.rootMayMatch) return false;
    }
    return this.root.matches(selector);
  }

  /** Own elements matching `selector` (root included), in document order. Do not mutate. */
  all(selector: string): Element[] {
    let found = this.found.get(selector);
    if (!found) {
      found = [];
      if (this.rootMatches(selector)) found.push(this.root);
      for (const el of this.query(selector)) if (this.isOwn(el)) found.push(el);
      this.found.set(selector, found);
    }
    return found;
  }

  /**
   * `el.closest(CONTEXT_HEADER) !== null` for `el` the root or under it: a header under the root
   * holds it, or the root is in one (found once per update, not once per element).
   */
  inContextHeader(el: Element): boolean {
    this.headers ??= this.query(CONTEXT_HEADER);
    for (const header of this.headers) if (header.contains(el)) return true;
    this.rootInHeader ??= this.root.closest(CONTEXT_HEADER) !== null;
    return this.rootInHeader;
  }
}

/**
 * The element to read: a 2025 feed-full-update that wraps a classic card (Aug 2025 capture) is
 * read through the card, so both roots the collector finds give the same reading.
 */
function readableRoot(outer: Element): OwnElements {
  if (outer.matches(CLASSIC_CARD)) return new OwnElements(outer);
  const own = new OwnElements(outer);
  const card = own.all(CLASSIC_CARD)[0];
  return card ? new OwnElements(card, own.knownBarriers()) : own;
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
function readActivityId(own: OwnElements, outer: Element, ctx: ReadContext): string | null {
  const root = own.root;
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
  for (const el of own.all(TRACKING_SCOPE_WITH_URN)) {
    const id = idFromTrackingScope(el.getAttribute(TRACKING_SCOPE_ATTRIBUTE));
    if (id) return id;
  }
  for (const link of own.all(PERMALINK)) {
    if (own.inContextHeader(link)) continue;
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

function readAuthor(own: OwnElements): { author?: string; authorName?: string } {
  const out: { author?: string; authorName?: string } = {};
  for (const link of own.all(ACTOR_LINK)) {
    if (own.inContextHeader(link)) continue;
    const handle = handleFromHref(link.getAttribute('href'));
    if (handle) {
      out.author = handle;
      break;
    }
  }
  if (!out.author) {
    // No actor hook matched: the first member link outside the header, text and comments.
    for (const link of own.all(MEMBER_LINK)) {
      if (own.inContextHeader(link) || link.closest(COMMENTARY)) continue;
      const handle = handleFromHref(link.getAttribute('href'));
      if (handle) {
        out.author = handle;
        break;
      }
    }
  }
  for (const el of own.all(ACTOR_NAME)) {
    if (own.inContextHeader(el)) continue;
    const name = textOf(el);
    if (name && name.length <= 500) {
      out.authorName = name;
      break;
    }
  }
  return out;
}

/** Top-level commentary blocks of the update (nested ones are part of their outer block). */
function commentaryBlocks(own: OwnElements): Element[] {
  const blocks = own.all(COMMENTARY);
  if (blocks.length < 2) return blocks;
  return blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
}

const HASHTAG_IN_TEXT = /#([\p{L}\p{N}_]+)/u;

function hashtagOf(link: Element): string | null {
  const fromText = HASHTAG_IN_TEXT.exec(textOf(link))?.[1];
  if (fromText) return fromText;
  const href = link.getAttribute('href') ?? '';
  // A `keywords` value can start with "#" only when written "%23" (a "#" would end the query).
  if (href.includes('%23')) {
    const keywords = linkedinUrl(href)?.searchParams.get('keywords');
    if (keywords?.startsWith('#')) return keywords.slice(1) || null;
  }
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    // Keep the raw href.
  }
  return /\/feed\/hashtag\/(?:\?keywords=)?([\p{L}\p{N}_]+)/u.exec(decoded)?.[1] ?? null;
}

function uniqueCaseless(values: string[]): string[] {
  if (values.length < 2) return values;
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

/** The links under a commentary block (the root's links that it holds), in document order. */
function blockLinks(own: OwnElements, block: Element): Element[] {
  const anchors = own.anchors();
  return block === own.root ? anchors : anchors.filter((a) => a !== block && block.contains(a));
}

function readHashtags(own: OwnElements, blocks: Element[]): string[] {
  const links = new Set<Element>(own.all(HASHTAG_LINK));
  for (const block of blocks) for (const a of blockLinks(own, block)) links.add(a);
  const tags: string[] = [];
  for (const link of links) {
    if (own.inContextHeader(link)) continue;
    const tag = hashtagOf(link);
    if (tag && tag.length <= 140) tags.push(tag);
  }
  return uniqueCaseless(tags);
}

function readMentions(own: OwnElements, blocks: Element[]): string[] {
  const handles: string[] = [];
  const members = own.query(MEMBER_LINK);
  for (const block of blocks) {
    for (const link of members) {
      if (block !== own.root && (link === block || !block.contains(link))) continue;
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
  own: OwnElements,
  hooks: readonly CountHook[],
  name: PostCountName,
  locale: string,
): MetricReading | null {
  const words = wordRegExpFor(POST_WORDS, name, locale);
  for (const hook of hooks) {
    for (const el of own.all(hook.selector)) {
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

function readMetrics(own: OwnElements, ctx: ReadContext): PostMetrics {
  const metrics: PostMetrics = {};
  for (const [name, hooks] of COUNT_HOOKS) {
    const reading = readCount(own, hooks, name, ctx.locale);
    // Absent is unknown, never 0: LinkedIn hides zero counts, and views are shown to the owner only.
    if (reading) metrics[name] = reading;
    else if (name !== 'views') ctx.miss(`linkedin.post.${name}`);
  }
  return metrics;
}

/** Reads one update root. Null for an emptied off-screen shell or unknown markup. Never throws. */
export function readPost(outer: Element, ctx: ReadContext): PostRead | null {
  try {
    const own = readableRoot(outer);
    const postId = readActivityId(own, outer, ctx);
    if (!postId) {
      ctx.miss('linkedin.post.id');
      return null;
    }
    // LinkedIn empties updates that scroll far off screen, keeping the shell and its URN.
    // Actor links are among the signs and are looked for next anyway: most updates stop there.
    if (own.query(ACTOR_LINK).length === 0 && !holdsAny(own.root, RENDERED_CONTENT)) {
      ctx.miss('linkedin.post.emptied', postId);
      return null;
    }
    const { author, authorName } = readAuthor(own);
    if (!author) ctx.miss('linkedin.post.author', postId);
    const blocks = commentaryBlocks(own);
    const read: PostRead = {
      kind: 'post',
      network: 'linkedin',
      postId,
      url: activityPermalink(postId),
      hashtags: readHashtags(own, blocks),
      mentions: readMentions(own, blocks),
      metrics: readMetrics(own, ctx),
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
