import type { MetricReading, ProfileMetrics } from '../../model/records';
import type { ProfileRead, ReadContext } from '../types';
import { cleanText, hasDigit, inDocumentOrder, isBareCount, readingFrom, textOf } from './dom';
import {
  DIALOG,
  FOLLOWERS_LINK,
  FOLLOWING_LINK,
  FRIENDS_LINK,
  HEADER_NAME,
  MAIN,
  PAGE_LIKES_LINK,
  POST_BOUNDARY,
} from './selectors';
import { handleFromProfileUrl, toFacebookUrl } from './url';
import { HEADER_WORDS, classifyWords, type HeaderCount } from './words';

/*
 * A Page header shows "4,7 k J’aime • 12 k abonnés" (real capture: "٣ آلاف تسجيلات الإعجاب •
 * ٤٫٧ ألف المتابعون"), a profile "1,2 k amis" and sometimes its followers. Each figure is a link to
 * the list it counts, so the link's address says which figure it is in any language; the words
 * are only a fallback for a figure written as plain text. A figure the header does not show is
 * unknown, never 0: Facebook hides friend lists and follower counts by choice.
 *
 * Page likes are read (`readPageHeaderCounts`) but not part of `ProfileRead.metrics`: the model's
 * profile metrics (records.ts) have no name for them yet.
 */

const HEADER_LINKS: ReadonlyArray<[HeaderCount, string]> = [
  ['followers', FOLLOWERS_LINK],
  ['following', FOLLOWING_LINK],
  ['friends', FRIENDS_LINK],
  ['pageLikes', PAGE_LIKES_LINK],
];

/** How far above the name the header block may reach (levels of nesting, real capture: 5). */
const HEADER_DEPTH = 8;
const MAX_FIGURE_TEXT = 60;

/** A header link or text outside any post, dialog, or nested `role="main"`. */
function inHeader(element: Element, root: Element): boolean {
  if (element.closest(MAIN) !== root) return false;
  const boundary = element.closest(POST_BOUNDARY);
  return !boundary || !root.contains(boundary);
}

export interface HeaderCounts {
  handle: string | null;
  displayName?: string;
  counts: Partial<Record<HeaderCount, MetricReading>>;
}

/** The figures of a Page or profile header inside `root` (a `role="main"`). */
export function readPageHeaderCounts(root: Element, locale: string): HeaderCounts | null {
  return readHeader(root, locale).header;
}

/** Every header link selector asks for one of these in the address (a unit test checks it). */
const HEADER_LINK_CANDIDATES = ['a[href*="follow"]', 'a[href*="friends"]'];

/**
 * Root is the page's main column, which holds the whole feed, and the reader runs once per batch:
 * each query walks all of it, and Chromium matches a selector list several times slower than the
 * same selectors one by one. So the links that could match a header selector are found with two
 * one-selector queries, and each kind's selector is tried on those alone, in the order its own
 * query would give. The `h1`s are queried once, when needed.
 */
function readHeader(root: Element, locale: string): { header: HeaderCounts | null; names: () => Element[] } {
  const counts: Partial<Record<HeaderCount, MetricReading>> = {};
  let handle: string | null = null;
  let anchor: Element | null = null;
  const candidates = inDocumentOrder(
    HEADER_LINK_CANDIDATES.map((selector) => root.querySelectorAll(selector)),
  );
  let h1s: Element[] | undefined;
  const names = () => (h1s ??= Array.from(root.querySelectorAll(HEADER_NAME)));

  for (const [kind, selector] of HEADER_LINKS) {
    for (const link of candidates) {
      if (!link.matches(selector)) continue;
      const text = textOf(link);
      if (!hasDigit(text) || text.length > MAX_FIGURE_TEXT || !inHeader(link, root)) continue;
      // Tabs link to the same lists with a bare word ("Followers"); the figure link holds a digit.
      const reading = readingFrom(text, locale);
      if (!reading) continue;
      counts[kind] ??= reading;
      handle ??= handleFromProfileUrl(link.getAttribute('href'));
      anchor ??= link;
      break;
    }
  }

  const name = headerName(root, anchor, names);
  // Plain-text figures ("12 k abonnés" without a link) next to the name.
  if (name) {
    let block: Element = name;
    for (let level = 0; level < 4 && block.parentElement && block !== root; level++)
      block = block.parentElement;
    for (const element of Array.from(block.querySelectorAll('span, a, div'))) {
      if (element.children.length > 2 || !inHeader(element, root)) continue;
      for (const segment of textOf(element).split(/\s*[·•|]\s*/)) {
        if (!hasDigit(segment) || segment.length > MAX_FIGURE_TEXT) continue;
        const found = classifyWords(segment, HEADER_WORDS, locale);
        if (!found || counts[found.kind] || !isBareCount(found.figureText)) continue;
        const reading = readingFrom(segment, locale);
        if (reading) counts[found.kind] = reading;
      }
    }
  }

  if (Object.keys(counts).length === 0) return { header: null, names };
  const result: HeaderCounts = { handle, counts };
  const displayName = name ? cleanText(name.textContent) : '';
  // A longer heading is not a name (and the schema refuses it, losing the whole batch).
  if (displayName && displayName.length <= 500) result.displayName = displayName;
  return { header: result, names };
}

/**
 * The `h1` of the header: the nearest one above the first figure link, else the first own one.
 * `names` gives root's `h1`s in document order.
 */
function headerName(root: Element, anchor: Element | null, names: () => Element[]): Element | null {
  let scope: Element | null = anchor?.parentElement ?? null;
  for (let level = 0; scope && level < HEADER_DEPTH; level++) {
    const heading = scope.querySelector(HEADER_NAME);
    if (heading && inHeader(heading, root)) return heading;
    if (scope === root) break;
    scope = scope.parentElement;
  }
  return names().find((h) => inHeader(h, root)) ?? null;
}

/** The handle the page address names: `/lemonde`, `/profile.php?id=…`. */
function handleFromPage(ctx: ReadContext): string | null {
  const url = toFacebookUrl(ctx.url.href);
  return url ? handleFromProfileUrl(`${url.origin}${url.pathname}${url.search}`) : null;
}

/** Read a Page or profile header. Null when `root` holds none; never throws. */
export function readFacebookProfile(root: Element, ctx: ReadContext): ProfileRead | null {
  try {
    if (root.closest(DIALOG)) return null;
    const { header, names } = readHeader(root, ctx.locale || 'en');
    if (!header) {
      if (names().some((h) => inHeader(h, root))) {
        ctx.miss('facebook.profile.counts');
      }
      return null;
    }
    const handle = header.handle ?? handleFromPage(ctx);
    if (!handle) {
      ctx.miss('facebook.profile.handle');
      return null;
    }
    const metrics: ProfileMetrics = {};
    if (header.counts.followers) metrics.followers = header.counts.followers;
    if (header.counts.following) metrics.following = header.counts.following;
    // Friends are two-way ties, as LinkedIn's connections are.
    if (header.counts.friends) metrics.connections = header.counts.friends;
    if (Object.keys(metrics).length === 0) {
      // Page likes alone have no metric name yet: the header's other figures were not found.
      ctx.miss('facebook.profile.counts', 'no follower, following or friend count');
      return null;
    }
    const read: ProfileRead = { kind: 'profile', network: 'facebook', handle, metrics };
    if (header.displayName) read.displayName = header.displayName;
    return read;
  } catch (error) {
    ctx.miss('facebook.profile.error', error instanceof Error ? error.message : String(error));
    return null;
  }
}
