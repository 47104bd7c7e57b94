/** X's Snowflake epoch: ids made after Nov 4, 2010 carry their creation time in the top bits. */
const SNOWFLAKE_EPOCH_MS = 1288834974657n;
/** Ids below this are the sequential pre-Snowflake ids (before Nov 2010): they tell no time. */
const FIRST_SNOWFLAKE_ID = 1n << 40n;

const HANDLE = /^[A-Za-z0-9_]{1,50}$/;
/** Path segments that look like a handle but are X's own pages. */
const RESERVED_PATHS = new Set([
  'i',
  'home',
  'explore',
  'search',
  'settings',
  'messages',
  'notifications',
  'hashtag',
]);

const RELATIVE_STATUS = /^\/([A-Za-z0-9_]{1,50})\/status(?:es)?\/(\d{1,25})(?:[/?#]|$)/;

export interface StatusRef {
  /** The handle as the link writes it (case kept). */
  handle: string;
  id: string;
}

/**
 * The author and status id a link points to: "/TestUser123/status/1981398750557065646",
 * "https://twitter.com/a/status/1/photo/1", "/a/status/1/analytics". Null for anything else.
 */
export function statusRefFromHref(href: string | null | undefined): StatusRef | null {
  if (!href) return null;
  // The usual site-relative link ("/a/status/1?s=20"), read without building a URL: its first
  // three segments are plain ASCII, which URL parsing would leave exactly as they are.
  const direct = RELATIVE_STATUS.exec(href);
  if (direct?.[1] && direct[2]) {
    return RESERVED_PATHS.has(direct[1].toLowerCase()) ? null : { handle: direct[1], id: direct[2] };
  }
  let path: string;
  try {
    const url = new URL(href, 'https://x.com');
    if (!/(^|\.)(x|twitter)\.com$/i.test(url.hostname)) return null;
    path = url.pathname;
  } catch {
    return null;
  }
  const found = /^\/([A-Za-z0-9_]{1,50})\/status(?:es)?\/(\d{1,25})(?:\/|$)/.exec(path);
  if (!found || !found[1] || !found[2] || RESERVED_PATHS.has(found[1].toLowerCase())) return null;
  return { handle: found[1], id: found[2] };
}

/** The handle a profile link starts with: "/Kikobeats/verified_followers" → "kikobeats". */
export function handleFromProfileHref(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, 'https://x.com');
    const first = url.pathname.split('/')[1] ?? '';
    if (!HANDLE.test(first) || RESERVED_PATHS.has(first.toLowerCase())) return null;
    return first.toLowerCase();
  } catch {
    return null;
  }
}

/** The creation time a Snowflake status id encodes, as an ISO string; undefined for older ids. */
export function timeFromStatusId(id: string): string | undefined {
  if (!/^\d{1,25}$/.test(id)) return undefined;
  const big = BigInt(id);
  if (big < FIRST_SNOWFLAKE_ID) return undefined;
  const ms = Number((big >> 22n) + SNOWFLAKE_EPOCH_MS);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The permalink stored for a post: `https://x.com/<handle>/status/<id>`, no query or fragment. */
export function canonicalStatusUrl(handle: string, id: string): string {
  return `https://x.com/${handle}/status/${id}`;
}
