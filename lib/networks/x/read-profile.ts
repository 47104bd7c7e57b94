import type { MetricReading, ProfileMetrics } from '../../model/records';
import type { ProfileRead, ReadContext } from '../types';
import { hasDigit, toReading, visibleText } from './reading';
import { FOLLOWERS_LINKS, FOLLOWING_LINK, POSTS_COUNT, PROFILE_BOUNDARY, PROFILE_ROOT } from './selectors';
import { handleFromProfileHref } from './url';
import { PROFILE_WORDS, matchCountWord, type XProfileCount } from './words';

/** Read a profile header (`[data-testid="UserName"]` or an element holding it). Never throws. */
export function readXProfile(root: Element, ctx: ReadContext): ProfileRead | null {
  try {
    return readProfile(root, ctx);
  } catch (error) {
    ctx.miss('x.profile.error', error instanceof Error ? error.message : String(error));
    return null;
  }
}

function readProfile(root: Element, ctx: ReadContext): ProfileRead | null {
  const nameBlock = root.matches(PROFILE_ROOT) ? root : root.querySelector(PROFILE_ROOT);
  if (!nameBlock) {
    ctx.miss('x.profile.userName');
    return null;
  }
  const handleText = Array.from(nameBlock.querySelectorAll('span, div'))
    .map((el) => (el.textContent ?? '').trim())
    .find((text) => /^@[A-Za-z0-9_]{1,50}$/.test(text));
  const textHandle = handleText?.slice(1).toLowerCase();

  // The follow links are not inside UserName but below it, in the same header.
  const header = headerAround(nameBlock);
  const ownLink = (selector: string): Element | undefined =>
    Array.from(header?.querySelectorAll(selector) ?? []).find(
      (link) => !textHandle || handleFromProfileHref(link.getAttribute('href')) === textHandle,
    );
  const followersLink = FOLLOWERS_LINKS.map(ownLink).find((link) => link !== undefined);
  const followingLink = ownLink(FOLLOWING_LINK);

  const handle =
    textHandle ??
    handleFromProfileHref(followersLink?.getAttribute('href')) ??
    handleFromProfileHref(followingLink?.getAttribute('href'));
  if (!handle) {
    ctx.miss('x.profile.handle');
    return null;
  }

  const metrics: ProfileMetrics = {};
  const followers = followersLink && readFollowLink(followersLink, 'followers', ctx.locale);
  if (followers) metrics.followers = followers;
  else ctx.miss('x.profile.followers');
  const following = followingLink && readFollowLink(followingLink, 'following', ctx.locale);
  if (following) metrics.following = following;
  else ctx.miss('x.profile.following');
  const posts = readPostsCount(nameBlock, ctx.locale);
  if (posts) metrics.posts = posts;
  else ctx.miss('x.profile.posts');

  const read: ProfileRead = { kind: 'profile', network: 'x', handle, metrics };
  const displayName = displayNameOf(nameBlock);
  if (displayName) read.displayName = displayName;
  return read;
}

/** The nearest ancestor of the name block that also holds a follow link, within the column. */
function headerAround(nameBlock: Element): Element | null {
  const followSelector = [FOLLOWING_LINK, ...FOLLOWERS_LINKS].join(', ');
  for (let el: Element | null = nameBlock; el; el = el.parentElement) {
    if (el.querySelector(followSelector)) return el;
    if (el.matches(PROFILE_BOUNDARY)) return null;
  }
  return null;
}

function displayNameOf(nameBlock: Element): string | undefined {
  for (const el of Array.from(nameBlock.querySelectorAll('[dir]'))) {
    const text = visibleText(el);
    if (text && !text.startsWith('@')) return text.slice(0, 500);
  }
  return undefined;
}

/**
 * "3,893 Followers": an exact figure held in an attribute (title, aria-label) wins; else the link's
 * first span ("1,2 k", with its bounds); else the link's whole text minus the word.
 */
function readFollowLink(link: Element, count: XProfileCount, locale: string): MetricReading | null {
  const firstSpan = link.querySelector('span');
  const attributes = [
    link.getAttribute('title'),
    link.getAttribute('aria-label'),
    firstSpan?.getAttribute('title'),
    firstSpan?.querySelector('[title]')?.getAttribute('title'),
  ];
  for (const text of attributes) {
    if (!text || !hasDigit(text)) continue;
    const reading = toReading(matchCountWord(text, PROFILE_WORDS, locale, count)?.rest ?? text, text, locale);
    if (reading && reading.min === reading.max) return reading;
  }
  const spanText = (firstSpan?.textContent ?? '').trim();
  const fromSpan = toReading(spanText, spanText, locale);
  if (fromSpan) return fromSpan;
  const whole = (link.textContent ?? '').trim();
  const match = matchCountWord(whole, PROFILE_WORDS, locale, count);
  return match ? toReading(match.rest, whole, locale) : null;
}

/** "23.9K posts" in the header bar of the column that holds the profile. */
function readPostsCount(nameBlock: Element, locale: string): MetricReading | null {
  const column = nameBlock.closest(PROFILE_BOUNDARY) ?? nameBlock.ownerDocument;
  for (const candidate of Array.from(column.querySelectorAll(POSTS_COUNT))) {
    const text = (candidate.textContent ?? '').trim();
    const match = matchCountWord(text, PROFILE_WORDS, locale, 'posts');
    const reading = match ? toReading(match.rest, text, locale) : null;
    if (reading) return reading;
  }
  return null;
}
