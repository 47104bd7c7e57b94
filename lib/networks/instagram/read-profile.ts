/**
 * Reads an Instagram profile header as rendered by the web app: followers, following, posts.
 * Each stat is read inside its own block (the followers link, the following link, the block
 * whose words say posts), so one stat's exact-figure `span[title]` is never taken for another's.
 */
import type { MetricReading, ProfileMetrics } from '../../model/records';
import { parseCount } from '../../numbers/parse-count';
import type { ProfileRead, ReadContext } from '../types';
import { countByWords, MAX_COUNT_TEXT, shownText, toReading } from './read-text';
import {
  ARTICLE,
  DIALOG,
  FOLLOWERS_LINK,
  FOLLOWING_LINK,
  PROFILE_HANDLE_HEADING,
  PROFILE_STAT_BLOCK,
  STAT_SPAN,
  TITLED_SPAN,
} from './selectors';
import { normalizeHandle, pageKindOf, profileHandleFromHref } from './url';
import { PROFILE_PATTERNS, type InstagramProfileCount } from './words';

export function readInstagramProfile(root: Element, ctx: ReadContext): ProfileRead | null {
  try {
    return readProfileStats(root, ctx);
  } catch (error) {
    ctx.miss('instagram.readProfile', String(error));
    return null;
  }
}

function readProfileStats(root: Element, ctx: ReadContext): ProfileRead | null {
  // A post's own header (post page 2019–2023) or a dialog's is not a profile header.
  if (root.closest(`${ARTICLE}, ${DIALOG}`)) return null;

  const followersLink = root.querySelector(FOLLOWERS_LINK);
  const followingLink = root.querySelector(FOLLOWING_LINK);
  const handle = findHandle(root, ctx, followersLink, followingLink);
  if (!handle) {
    ctx.miss('instagram.profile.handle');
    return null;
  }

  const metrics: ProfileMetrics = {};
  const followers = followersLink
    ? readStat(followersLink, 'followers', ctx)
    : readStatByWords(root, 'followers', ctx);
  const following = followingLink
    ? readStat(followingLink, 'following', ctx)
    : readStatByWords(root, 'following', ctx);
  const posts = readStatByWords(root, 'posts', ctx);
  if (followers) metrics.followers = followers;
  else ctx.miss('instagram.profile.followers');
  if (following) metrics.following = following;
  else ctx.miss('instagram.profile.following');
  if (posts) metrics.posts = posts;
  else ctx.miss('instagram.profile.posts');

  if (Object.keys(metrics).length === 0) return null;
  return { kind: 'profile', network: 'instagram', handle, metrics };
}

/**
 * Whose header it is: the profile address (`/pluto__travel/`, `/pluto__travel/tagged/`); behind a
 * post dialog the address is the post's, so then the followers or following link's
 * `/pluto__travel/followers/`; last the handle heading.
 */
function findHandle(
  root: Element,
  ctx: ReadContext,
  followersLink: Element | null,
  followingLink: Element | null,
): string | null {
  if (pageKindOf(ctx.url) === 'profile') {
    const fromUrl = profileHandleFromHref(ctx.url);
    if (fromUrl) return fromUrl;
  }
  for (const link of [followersLink, followingLink]) {
    const fromLink = profileHandleFromHref(link?.getAttribute('href'));
    if (fromLink) return fromLink;
  }
  for (const heading of root.querySelectorAll(PROFILE_HANDLE_HEADING)) {
    const fromHeading = normalizeHandle(shownText(heading));
    if (fromHeading) return fromHeading;
  }
  return null;
}

/**
 * One stat inside its own block: the exact figure of a `span[title]` ("52,340"), else the
 * block's text by its words ("52.3K followers"), else its first span that is a figure ("52.3K").
 */
function readStat(block: Element, metric: InstagramProfileCount, ctx: ReadContext): MetricReading | null {
  const titled = block.matches(TITLED_SPAN) ? block : block.querySelector(TITLED_SPAN);
  const title = titled?.getAttribute('title')?.trim();
  if (title && title.length <= MAX_COUNT_TEXT) {
    const exact = parseCount(title, ctx.locale);
    const reading = exact && toReading(title, exact);
    if (reading) return reading;
  }
  const text = shownText(block);
  const byWords = countByWords(text, PROFILE_PATTERNS[metric], ctx.locale);
  if (byWords) return byWords;
  for (const span of block.querySelectorAll(STAT_SPAN)) {
    const spanText = shownText(span);
    if (spanText.length === 0 || spanText.length > 40) continue;
    // Only a span that is the figure alone: "52.3K", not "52.3K followers" (handled above).
    if (!/^\p{Nd}/u.test(spanText) || /\s\p{L}{5,}/u.test(spanText)) continue;
    const figure = parseCount(spanText, ctx.locale);
    const reading = figure && toReading(spanText, figure);
    if (reading) return reading;
  }
  return null;
}

/** The stat whose block's words name it ("224 posts", "1 204 publications"): the post count, or any stat
 * shown without a link (logged-out pages). */
function readStatByWords(
  root: Element,
  metric: InstagramProfileCount,
  ctx: ReadContext,
): MetricReading | null {
  for (const block of root.querySelectorAll(PROFILE_STAT_BLOCK)) {
    const text = shownText(block);
    if (text.length === 0 || text.length > MAX_COUNT_TEXT) continue;
    if (!PROFILE_PATTERNS[metric].some((p) => p.test(text))) continue;
    return readStat(block, metric, ctx);
  }
  return null;
}
