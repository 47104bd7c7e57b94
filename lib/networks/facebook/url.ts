/**
 * Facebook URLs: which ones name a post, its canonical permalink, and the handle a profile link
 * names. Pure string work on `URL`; nothing here throws.
 */

const ORIGIN = 'https://www.facebook.com';
const FACEBOOK_HOST = /(^|\.)facebook\.com$/i;

/** A post id: numeric, or the obfuscated `pfbid0…` form (2022–2026). */
const POST_ID = /^(?:pfbid0?[0-9A-Za-z]+|\d+)$/;
const NUMERIC_ID = /^\d+$/;

/**
 * Parameters that only track where a click came from (`__cft__[0]`, `__tn__`, `__xts__[0]`,
 * `__eep__` and every other `__…`), or which dialog or notification led there.
 */
const TRACKING_PARAMS = new Set([
  'ref',
  'fref',
  'refid',
  'hc_ref',
  'hc_location',
  'rdid',
  'rdr',
  '_rdr',
  'share_url',
  'mibextid',
  'paipv',
  'eav',
  'notif_id',
  'notif_t',
  'acontext',
  'comment_tracking',
  'locale',
  'sfnsn',
  'extid',
  'app',
  'source',
  'comment_id',
  'reply_comment_id',
  'ref_notif_type',
]);

function isTrackingParam(name: string): boolean {
  return name.startsWith('__') || TRACKING_PARAMS.has(name.toLowerCase());
}

/** Path segments that are sections of the site, never a profile's name. */
const RESERVED = new Set([
  'groups',
  'watch',
  'reel',
  'reels',
  'photo',
  'photo.php',
  'photos',
  'permalink.php',
  'story.php',
  'hashtag',
  'events',
  'pages',
  'marketplace',
  'gaming',
  'search',
  'friends',
  'notifications',
  'messages',
  'bookmarks',
  'stories',
  'share',
  'l.php',
  'login',
  'login.php',
  'help',
  'policies',
  'privacy',
  'settings',
  'ads',
  'ad_center',
  'business',
  'media',
  'saved',
  'memories',
  'live',
  'home.php',
  'profile.php',
  'people',
  'sharer',
  'sharer.php',
  'dialog',
  'videos',
]);

/** A parsed Facebook URL, or null for a relative link without base, another site, or junk. */
export function toFacebookUrl(href: string | null | undefined, base?: string | URL): URL | null {
  if (!href || href === '#') return null;
  try {
    const url = new URL(href, base ?? ORIGIN);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!FACEBOOK_HOST.test(url.hostname)) return null;
    return url;
  } catch {
    return null;
  }
}

/** The URL without its tracking parameters and fragment, host kept. */
export function stripTrackingParams(href: string, base?: string | URL): string {
  const url = toFacebookUrl(href, base);
  if (!url) return href;
  for (const name of [...url.searchParams.keys()]) if (isTrackingParam(name)) url.searchParams.delete(name);
  url.hash = '';
  return url.toString();
}

/** Which kind of link named the post: the reader prefers a story link over a photo link. */
export type PostLinkKind = 'story' | 'video' | 'photo';

export interface PostRef {
  postId: string;
  /** Canonical permalink: www host, no tracking, no trailing slash, identity parameters only. */
  url: string;
  kind: PostLinkKind;
}

/**
 * What the readers need of an address: its path segments and its query parameters. Built from a
 * `URL`, or for the usual link (`https://www.facebook.com/…` or site-relative, in plain ASCII) by
 * `fastAddress` without one: a feed post holds a dozen links, each read several times, and
 * `new URL` was a tenth of the reader's time.
 */
export interface Address {
  /** Non-empty path segments, as the parsed pathname writes them. */
  parts: string[];
  /** The first value of a query parameter, decoded as `URLSearchParams.get` would. */
  param(name: string): string | null;
}

function urlAddress(url: URL): Address {
  return {
    parts: url.pathname.split('/').filter((s) => s.length > 0),
    param: (name) => url.searchParams.get(name),
  };
}

/**
 * An absolute link on www.facebook.com or a site-relative one ("/x", not "//x"), whose path and
 * query hold only characters that URL parsing leaves exactly as written (no `%`, no white space,
 * no backslash, no non-ASCII) and no dot segment: then the path is the parsed pathname, and the
 * query string is the parsed search. Anything else goes through `URL`.
 */
const PLAIN_HREF =
  /^(?:https:\/\/www\.facebook\.com(?=[/?#]|$)|(?=\/[^/]))([\w\-.~!$&'()*+,;=:@/]*)(?:\?([\w\-.~!$&()*+,;=:@/?%[\]]*))?(?:#|$)/;
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

/** `URLSearchParams` decoding: `+` is a space, then percent-decoding; null when not valid UTF-8. */
function decodeParam(text: string): string | null {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The address of a plain link without building a `URL`; null when `URL` must parse it. */
export function fastAddress(href: string): Address | null {
  const match = PLAIN_HREF.exec(href);
  if (!match) return null;
  const path = match[1] ?? '';
  if (DOT_SEGMENT.test(path)) return null;
  const query = match[2] ?? '';
  return {
    parts: path.split('/').filter((s) => s.length > 0),
    param: (name) => {
      if (!query) return null;
      for (const pair of query.split('&')) {
        if (!pair) continue;
        const eq = pair.indexOf('=');
        const key = decodeParam(eq < 0 ? pair : pair.slice(0, eq));
        const value = eq < 0 ? '' : decodeParam(pair.slice(eq + 1));
        // A malformed escape: URLSearchParams' lenient decoding decides.
        if (key === null || value === null) return new URLSearchParams(query).get(name);
        if (key === name) return value;
      }
      return null;
    },
  };
}

/** The address through `URL` alone (what `fastAddress` must agree with; tests compare them). */
export function addressViaUrl(href: string | null | undefined, base?: string | URL): Address | null {
  const url = toFacebookUrl(href, base);
  return url ? urlAddress(url) : null;
}

/** The address of a Facebook link, or null for a relative link without base, another site, or junk. */
export function addressOf(href: string | null | undefined, base?: string | URL): Address | null {
  if (!href || href === '#') return null;
  if (base === undefined) {
    const fast = fastAddress(href);
    if (fast) return fast;
  }
  return addressViaUrl(href, base);
}

function idParam(address: Address, name: string): string | null {
  const value = address.param(name);
  return value && POST_ID.test(value) ? value : null;
}

/**
 * The post a URL names, or null. Shapes (Comet 2020–2026):
 * `/<page>/posts/<id>`, `/groups/<g>/posts/<id>`, `/groups/<g>/permalink/<id>`,
 * `/permalink.php?story_fbid=<id>&id=<owner>`, `/story.php?story_fbid=…`, `/reel/<id>`,
 * `/watch/?v=<id>`, `/<page>/videos/[<slug>/]<id>`, `/photo/?fbid=<id>`, `/photo.php?fbid=<id>`,
 * `/<page>/photos/<album>/<id>`. Ids are numeric or `pfbid…`.
 */
export function parsePostUrl(href: string | null | undefined, base?: string | URL): PostRef | null {
  const url = addressOf(href, base);
  if (!url) return null;
  const { parts } = url;
  const first = parts[0]?.toLowerCase();

  if (first === 'permalink.php' || first === 'story.php') {
    const id = idParam(url, 'story_fbid');
    if (!id) return null;
    const owner = url.param('id');
    const ownerPart = owner && NUMERIC_ID.test(owner) ? `&id=${owner}` : '';
    return { postId: id, url: `${ORIGIN}/permalink.php?story_fbid=${id}${ownerPart}`, kind: 'story' };
  }
  if (first === 'groups' && parts.length >= 4) {
    const [, group, section, id] = parts;
    if ((section === 'posts' || section === 'permalink') && id && POST_ID.test(id) && group) {
      return { postId: id, url: `${ORIGIN}/groups/${group}/${section}/${id}`, kind: 'story' };
    }
    return null;
  }
  if ((first === 'reel' || first === 'reels') && parts[1] && NUMERIC_ID.test(parts[1])) {
    return { postId: parts[1], url: `${ORIGIN}/reel/${parts[1]}`, kind: 'video' };
  }
  if (first === 'watch') {
    const id = url.param('v');
    if (id && NUMERIC_ID.test(id)) return { postId: id, url: `${ORIGIN}/watch/?v=${id}`, kind: 'video' };
    return null;
  }
  if (first === 'photo' || first === 'photo.php') {
    const id = url.param('fbid');
    if (id && NUMERIC_ID.test(id)) return { postId: id, url: `${ORIGIN}/photo/?fbid=${id}`, kind: 'photo' };
    return null;
  }
  if (parts.length >= 3 && first && !RESERVED.has(first)) {
    const owner = parts[0] as string;
    const section = parts[1];
    if (section === 'posts') {
      const id = parts[2];
      if (id && POST_ID.test(id)) return { postId: id, url: `${ORIGIN}/${owner}/posts/${id}`, kind: 'story' };
    }
    if (section === 'videos') {
      const id = [...parts.slice(2)].reverse().find((p) => NUMERIC_ID.test(p));
      if (id) return { postId: id, url: `${ORIGIN}/${owner}/videos/${id}`, kind: 'video' };
    }
    if (section === 'photos') {
      const id = parts.slice(2).find((p) => NUMERIC_ID.test(p));
      if (id) return { postId: id, url: `${ORIGIN}/photo/?fbid=${id}`, kind: 'photo' };
    }
  }
  return null;
}

/**
 * The handle a profile or Page link names, lower-cased: the vanity name (`/lemonde`), the
 * numeric id of `profile.php?id=`, of `/people/<name>/<id>` and of a group member link
 * `/groups/<g>/user/<id>`. Null for links to posts, hashtags, other sites.
 */
export function handleFromProfileUrl(href: string | null | undefined, base?: string | URL): string | null {
  const url = addressOf(href, base);
  if (!url) return null;
  const { parts } = url;
  const first = parts[0]?.toLowerCase();
  if (!first) return null;
  if (first === 'profile.php') {
    const id = url.param('id');
    return id && NUMERIC_ID.test(id) ? id : null;
  }
  if (first === 'people' && parts.length >= 3) {
    const id = parts[2];
    return id && NUMERIC_ID.test(id) ? id : null;
  }
  if (first === 'groups' && parts[2] === 'user' && parts[3] && NUMERIC_ID.test(parts[3])) return parts[3];
  if (RESERVED.has(first) || first.includes('.php')) return null;
  // A vanity name alone, or followed by a section of that profile (`/lemonde/followers/`).
  if (
    parts.length > 1 &&
    !/^(followers|following|friends|friends_likes|about|photos|videos|reels)$/.test(parts[1] ?? '')
  ) {
    return null;
  }
  return /^[a-z0-9.\-_]{1,100}$/i.test(first) ? first.toLowerCase() : null;
}
