/**
 * Another post inside the one being read — X's quoted post, Facebook's comments and nested feed
 * units, Instagram's comment list, LinkedIn's reshared update and comments — carrying distinctive
 * figures and names. None of them may ever reach the outer post's reading.
 */
import type { Network } from '../../../lib/model/records';
import type { Read } from '../../../lib/networks/types';
import { elementsOf, follows, fragment, type MutationEnv } from './mutate';

export const SENTINEL = {
  /** likes, comments, shares, views of the embedded post. */
  numbers: [987654, 876543, 765432, 654321],
  handle: 'sentinel_quoted',
  mention: 'sentinel_mention',
  name: 'Sentinel Quoted',
  tag: 'SentinelTag',
  time: '2011-11-11T11:11:11.000Z',
  ids: ['1888888888888888888', '1888888888888888', 'SENTINELq1', '7888888888888888888'],
} as const;

const S = SENTINEL;
const [LIKES, COMMENTS, SHARES, VIEWS] = S.numbers;

/** X, 2025 web app: a quote sits in `div[role="link"]`; without it the reader climbs (both are tried). */
function xQuote(withContainer: boolean): string {
  const counts = withContainer
    ? `<div role="group" aria-label="${COMMENTS} replies, ${SHARES} reposts, ${LIKES} likes, ${VIEWS} views">
        <button data-testid="reply" aria-label="${COMMENTS} Replies. Reply"><span data-testid="app-text-transition-container">876.5K</span></button>
        <button data-testid="like" aria-label="${LIKES} Likes. Like"><span data-testid="app-text-transition-container">987.6K</span></button>
        <a href="/${S.handle}/status/${S.ids[0]}/analytics" aria-label="${VIEWS} views. View post analytics"></a>
      </div>`
    : '';
  return `<div ${withContainer ? 'role="link" tabindex="0"' : ''}>
    <div data-testid="User-Name"><div dir="ltr"><span>${S.name} ${LIKES}</span></div>
      <div dir="ltr"><span>@${S.handle}</span></div>
      <a href="/${S.handle}/status/${S.ids[0]}"><time datetime="${S.time}">Nov 11, 2011</time></a></div>
    <div data-testid="tweetText" dir="auto"><span>${LIKES} likes, ${COMMENTS} replies #${S.tag} </span><a href="/${S.mention}">@${S.mention}</a> <a href="/hashtag/${S.tag}?src=hashtag_click">#${S.tag}</a></div>
    ${counts}
  </div>`;
}

/** Facebook Comet: a comment (labelled article, or an article in a list item) and a nested feed unit. */
function facebookComment(labelled: boolean): string {
  const article = `<div role="article" ${labelled ? `aria-label="Comment by ${S.name}"` : ''}>
    <a href="https://www.facebook.com/${S.handle.replace('_', '.')}?comment_id=1"><span>${S.name}</span></a>
    <div dir="auto">${LIKES} likes #${S.tag} <a href="/hashtag/${S.tag.toLowerCase()}">#${S.tag}</a>
      <a href="https://www.facebook.com/${S.mention.replace('_', '.')}">Sentinel Mention</a></div>
    <a href="https://www.facebook.com/${S.handle.replace('_', '.')}/posts/${S.ids[1]}?comment_id=5">1h</a>
    <span role="toolbar" aria-label="See who reacted to this"></span>
    <div role="button" aria-label="${LIKES} reactions; see who reacted to this"><span aria-hidden="true">${LIKES}</span></div>
    <div role="button"><span>${COMMENTS} comments</span></div><span>${SHARES} shares · ${VIEWS} views</span>
  </div>`;
  return labelled ? article : `<ul><li>${article}</li></ul>`;
}

function facebookNestedPost(): string {
  return `<div aria-posinset="99" aria-setsize="100">
    <div data-ad-rendering-role="profile_name"><h3><a href="https://www.facebook.com/${S.handle.replace('_', '.')}">${S.name}</a></h3></div>
    <a href="https://www.facebook.com/${S.handle.replace('_', '.')}/posts/${S.ids[1]}">1h</a>
    <div data-ad-rendering-role="story_message"><div dir="auto">#${S.tag} ${LIKES}</div></div>
    <span role="toolbar" aria-label="See who reacted to this"></span>
    <div role="button"><span aria-hidden="true">${LIKES}</span></div>
    <div role="button"><span>${COMMENTS} comments</span></div><div role="button"><span>${SHARES} shares</span></div>
    <div data-ad-rendering-role="like_button">Like</div><div data-ad-rendering-role="comment_button">Comment</div>
    <div data-ad-rendering-role="share_button">Share</div>
  </div>`;
}

/** Instagram web app: a comment row of the comment list, with its own likes, likers link and time. */
function instagramComment(code: string): string {
  return `<ul><li><div>
    <a href="/${S.handle}/"><span>${S.handle}</span></a>
    <span dir="auto">${LIKES} likes #${S.tag} @${S.mention} <a href="/explore/tags/${S.tag}/">#${S.tag}</a></span>
    <a href="/p/${code}/c/${S.ids[0]}/"><time datetime="${S.time}">1w</time></a>
    <a href="/p/${code}/c/${S.ids[0]}/liked_by/">${LIKES} likes</a>
    <span>${LIKES} likes</span><button type="button">${COMMENTS} likes</button>
    <span role="button">View all ${COMMENTS} comments</span><span>${VIEWS} views</span>
  </div></li></ul>`;
}

/** LinkedIn: a reshared update (classic wrapper or 2025–26 view name) and a comment. */
function linkedinEmbedded(kind: 'classic' | 'modern' | 'comment'): string {
  const urn = `urn:li:activity:${S.ids[3]}`;
  const inner = `
    <a class="update-components-actor__meta-link" data-view-name="feed-actor-image" href="https://www.linkedin.com/in/sentinel-quoted/">
      <span class="update-components-actor__name">${S.name}</span></a>
    <div class="update-components-text" data-view-name="feed-commentary"><span>${LIKES} reactions #${S.tag}
      <a href="https://www.linkedin.com/feed/hashtag/?keywords=${S.tag.toLowerCase()}">#${S.tag}</a>
      <a href="https://www.linkedin.com/in/sentinel-mention/">Sentinel Mention</a></span></div>
    <a href="https://www.linkedin.com/feed/update/${urn}/">1w</a>
    <div class="social-details-social-counts"><ul>
      <li class="social-details-social-counts__reactions"><button data-reaction-details aria-label="${LIKES} reactions">987,654</button></li>
      <li class="social-details-social-counts__item social-details-social-counts__comments"><button aria-label="${COMMENTS} comments">876,543 comments</button></li>
      <li class="social-details-social-counts__item"><button aria-label="${SHARES} reposts">765,432 reposts</button></li>
    </ul></div>
    <div data-view-name="feed-reaction-count">987,654</div><div data-view-name="feed-comment-count">876,543 comments</div>
    <div data-view-name="feed-repost-count">765,432 reposts</div>
    <a href="https://www.linkedin.com/analytics/post-summary/${urn}/">654,321 impressions</a>
    <div data-num-reactions="${LIKES}" data-num-comments="${COMMENTS}"></div>`;
  if (kind === 'classic') return `<div class="feed-shared-update-v2__update-content-wrapper">${inner}</div>`;
  if (kind === 'modern')
    return `<div data-view-name="feed-reshared-content" data-view-tracking-scope='[{"breadcrumb":{"updateUrn":"${urn}"}}]'>${inner}</div>`;
  return `<article class="comments-comment-item" data-view-name="comment-container">${inner}</article>`;
}

/**
 * Where an embedded post can sit: between blocks of the post, never inside a text, a link, a
 * button, an icon, the author block or the counts row (no site nests a post there). Moves and
 * grafts anywhere else are the random mutations' job; the no-leak property is held where sites
 * really put embedded posts.
 */
const INLINE =
  'a, button, span, p, strong, b, i, em, svg, img, time, h1, h2, h3, h4, [role="button"], [role="link"]';
const NOT_INSIDE: Record<Network, string> = {
  x: `${INLINE}, [role="group"], [data-testid="tweetText"], [data-testid="User-Name"]`,
  facebook: `${INLINE}, [role="toolbar"], [data-ad-rendering-role], [data-ad-comet-preview], [data-ad-preview]`,
  instagram: `${INLINE}, header, section`,
  linkedin: `${INLINE}, li, [data-view-name^="feed-"], [class*="social-details"], [class*="update-components-actor"], [class*="update-components-text"], [class*="commentary"], [class*="__description"], [data-test-id]`,
};

const BLOCK = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'FOOTER']);

interface Place {
  target: Element;
  mode: 'append' | 'prepend' | 'before' | 'after';
}

function blockPlaces(network: Network, root: Element): Place[] {
  const places: Place[] = [];
  for (const container of elementsOf(root)) {
    if (!BLOCK.has(container.tagName)) continue;
    const inside = container.closest(NOT_INSIDE[network]);
    if (inside && inside !== root && root.contains(inside)) continue;
    places.push({ target: container, mode: 'append' }, { target: container, mode: 'prepend' });
    for (const child of Array.from(container.children)) {
      places.push({ target: child, mode: 'before' }, { target: child, mode: 'after' });
    }
  }
  return places;
}

/**
 * Grafts one embedded post into `root` where the site puts it. Returns a description, or null
 * when this root has no such place (an X post without its author block).
 */
export function graftEmbedded(
  network: Network,
  root: Element,
  env: MutationEnv,
  postId?: string,
): string | null {
  const { rng } = env;
  let places = blockPlaces(network, root);
  let html: string;
  let what: string;
  switch (network) {
    case 'x': {
      // A quote follows the outer post's author block and text.
      const outerName = root.querySelector('[data-testid="User-Name"]');
      if (!outerName) return null;
      places = places.filter(({ target }) => follows(outerName, target));
      const withContainer = rng.chance(0.5);
      html = xQuote(withContainer);
      what = `quote${withContainer ? ' in role=link' : ' without container'}`;
      break;
    }
    case 'facebook': {
      // A dialog's post is whichever unit it holds first: only comments go into dialogs.
      const which = root.matches('[role="dialog"]') ? rng.int(2) : rng.int(3);
      html = which === 2 ? facebookNestedPost() : facebookComment(which === 0);
      what = ['labelled comment', 'listed comment', 'nested unit'][which] ?? '';
      break;
    }
    case 'instagram':
      html = instagramComment(postId ?? 'C0de12345');
      what = 'comment row';
      break;
    case 'linkedin': {
      const kind = rng.pick(['classic', 'modern', 'comment'] as const);
      html = linkedinEmbedded(kind);
      what = `${kind} embedded update`;
      break;
    }
  }
  if (places.length === 0) return null;
  const { target, mode } = rng.pick(places);
  env.journal.put(target, mode, fragment(root, html));
  return `${what}, ${mode} ${target.tagName.toLowerCase()}`;
}

/** An exact sentinel, or one abbreviated ("987.6K" reads as 987,550–987,699), or plus one ("x and N others"). */
const SENTINEL_RANGES = S.numbers.map((n) => [n - 1000, n + 1000] as const);

function nearSentinel(value: number | null): boolean {
  return value !== null && SENTINEL_RANGES.some(([lo, hi]) => value >= lo && value <= hi);
}

/** What of the embedded post reached a reading: empty when nothing did. */
export function sentinelLeaks(read: Read): string[] {
  const leaks: string[] = [];
  const strings: [string, string | undefined][] =
    read.kind === 'post'
      ? [
          ['postId', read.postId],
          ['url', read.url],
          ['author', read.author],
          ['authorName', read.authorName],
          ['publishedAt', read.publishedAt],
          ...read.hashtags.map((t): [string, string] => ['hashtag', t]),
          ...read.mentions.map((m): [string, string] => ['mention', m]),
        ]
      : [
          ['handle', read.handle],
          ['displayName', read.displayName],
        ];
  for (const [field, value] of strings) {
    if (!value) continue;
    const lower = value.toLowerCase();
    if (lower.includes('sentinel') || S.ids.some((id) => value.includes(id)) || value === S.time) {
      leaks.push(`${field} ${JSON.stringify(value.slice(0, 80))}`);
    }
  }
  for (const [name, metric] of Object.entries(read.metrics)) {
    if (!metric) continue;
    if ([metric.value, metric.min, metric.max].some(nearSentinel) || /sentinel/i.test(metric.raw)) {
      leaks.push(`${name} ${metric.value} from ${JSON.stringify(metric.raw.slice(0, 80))}`);
    }
  }
  return leaks;
}
