/**
 * Instagram's URL shapes: which page a URL is, which post a link points to, whose profile it is.
 * Pure string work; every function returns null rather than throw on a malformed href.
 */

export const INSTAGRAM_ORIGIN = 'https://www.instagram.com';

/** `p` for photo/carousel permalinks (`/p/<code>/`), `reel` for `/reel/`, `/reels/` and old `/tv/`. */
export type PostKind = 'p' | 'reel';

export interface PostRef {
  /** The shortcode, case kept: it is case-sensitive ("CPeC-Eenc8l"). */
  code: string;
  kind: PostKind;
  /**
   * What follows the code: [] for the permalink itself, ['liked_by'], ['comments'], or
   * ['c', '<comment id>'] for a comment's permalink.
   */
  rest: string[];
}

/** Shortcodes are base64url; real ones are 10–11 characters (private posts' longer). */
const SHORTCODE = /^[A-Za-z0-9_-]{5,64}$/;
/** Instagram usernames: letters, digits, periods and underscores, at most 30. */
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;

/** First path segments that are Instagram's own pages, not usernames. */
const RESERVED_FIRST_SEGMENTS = new Set([
  'p',
  'reel',
  'reels',
  'tv',
  'explore',
  'stories',
  'accounts',
  'direct',
  'about',
  'legal',
  'developer',
  'challenge',
  'emails',
  'web',
  'oauth',
  'session',
  'privacy',
  'terms',
  'directory',
  'topics',
  'locations',
  'create',
  'nametag',
  'ar',
  'lite',
  'api',
  'graphql',
  'static',
  'qp',
  'data',
  'press',
  'blog',
  'help',
  'settings',
  'your_activity',
  'notifications',
  'threads',
  'live',
  'audio',
  'insights',
  'meta_verified',
]);

/**
 * A site-relative href ("/p/C7xQ2mLNa1b/", "/clara.voyage/?hl=en") whose path holds only characters
 * URL parsing leaves as they are: its path is the href up to "?" or "#". "//host", "%", "\\",
 * spaces and anything else go through URL, and so do dot segments (DOT_SEGMENT).
 */
const PLAIN_RELATIVE_PATH = /^\/(?!\/)[A-Za-z0-9_.\-/]*(?=[?#]|$)/;
/** "/./" and "/../", which URL parsing resolves. */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
const INSTAGRAM_HOST = /(^|\.)instagram\.com$/i;

/** The path of an Instagram URL or href, or null when it is not on instagram.com. */
export function instagramPath(href: string | URL | null | undefined): string | null {
  if (!href) return null;
  // Hot path (every link of every post): no URL built where a strict match gives the same path.
  if (typeof href !== 'string') return INSTAGRAM_HOST.test(href.hostname) ? href.pathname : null;
  const plain = PLAIN_RELATIVE_PATH.exec(href)?.[0];
  if (plain !== undefined && !DOT_SEGMENT.test(plain)) return plain;
  try {
    const url = new URL(href, INSTAGRAM_ORIGIN);
    if (!INSTAGRAM_HOST.test(url.hostname)) return null;
    return url.pathname;
  } catch {
    return null;
  }
}

/** The non-empty segments of a path, as `path.split('/')` without the empty ones. */
function segmentsOf(path: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (let end = path.indexOf('/'); end !== -1; end = path.indexOf('/', start)) {
    if (end > start) segments.push(path.slice(start, end));
    start = end + 1;
  }
  if (start < path.length) segments.push(path.slice(start));
  return segments;
}

/**
 * The post a URL or href points to: `/p/<code>/`, `/reel/<code>/`, `/reels/<code>/`, `/tv/<code>/`,
 * and the profile-grid form `/<user>/p/<code>/` (2024–2026 grids) or `/<user>/reel/<code>/`.
 * Null for anything else, including `/reels/audio/<id>/`.
 */
export function postRefFromHref(href: string | URL | null | undefined): PostRef | null {
  const path = instagramPath(href);
  if (path === null) return null;
  return postRefFromSegments(segmentsOf(path));
}

function postRefFromSegments(segments: readonly string[]): PostRef | null {
  let at = 0;
  if (
    segments.length >= 3 &&
    !RESERVED_FIRST_SEGMENTS.has(segments[0] ?? '') &&
    HANDLE.test(segments[0] ?? '')
  ) {
    at = 1;
  }
  const marker = segments[at];
  const code = segments[at + 1];
  if (marker === undefined || code === undefined) return null;
  let kind: PostKind;
  if (marker === 'p') kind = 'p';
  else if (marker === 'reel' || marker === 'reels' || marker === 'tv') kind = 'reel';
  else return null;
  if (!SHORTCODE.test(code) || code === 'audio') return null;
  return { code, kind, rest: segments.slice(at + 2) };
}

/** True when the href is the post's own permalink (not its likers, comments or a comment's link). */
export function isPermalink(ref: PostRef): boolean {
  return ref.rest.length === 0;
}

/** The canonical absolute permalink of a post: `https://www.instagram.com/p/<code>/` or `/reel/<code>/`. */
export function canonicalPostUrl(ref: Pick<PostRef, 'code' | 'kind'>): string {
  return `${INSTAGRAM_ORIGIN}/${ref.kind}/${ref.code}/`;
}

/**
 * The username a URL or href is a profile of: `/pluto__travel/`, `/pluto__travel/tagged/`,
 * `/pluto__travel/followers/`. Lower-cased. Null for Instagram's own pages and post links.
 */
export function profileHandleFromHref(href: string | URL | null | undefined): string | null {
  const path = instagramPath(href);
  if (path === null) return null;
  const segments = segmentsOf(path);
  const first = segments[0];
  if (first === undefined) return null;
  const handle = first.toLowerCase();
  if (RESERVED_FIRST_SEGMENTS.has(handle) || !HANDLE.test(first)) return null;
  // A path is its own path again (URL parsing is idempotent), except "//…", read as a host: the
  // segments already split give the same post as parsing it again, with no second parse.
  if (path.startsWith('//') ? postRefFromHref(path) : postRefFromSegments(segments)) return null;
  return handle;
}

/** A bare handle as shown in text ("@Pluto__Travel", "pluto__travel"): lower-cased, or null. */
export function normalizeHandle(text: string | null | undefined): string | null {
  if (!text) return null;
  const handle = text.trim().replace(/^@/, '');
  return HANDLE.test(handle) && !handle.endsWith('.') ? handle.toLowerCase() : null;
}

export type PageKind = 'post' | 'profile' | 'feed' | 'other';

/** What kind of page a URL shows. */
export function pageKindOf(url: URL): PageKind {
  const path = instagramPath(url);
  if (path === null) return 'other';
  if (postRefFromHref(path)) return 'post';
  if (segmentsOf(path).length === 0) return 'feed';
  if (profileHandleFromHref(path)) return 'profile';
  return 'other';
}
