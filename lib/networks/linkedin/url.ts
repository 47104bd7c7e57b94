/**
 * LinkedIn URLs and activity ids: what kind of page this is, whose it is, which update a link
 * points to, and when an update was published (its id says so).
 */

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** An activity id is a 64-bit snowflake: 18 to 20 decimal digits since 2014. */
const ID = '(\\d{15,20})';

/**
 * The shapes an activity id takes in hrefs, attributes and tracking JSON:
 * `urn:li:activity:<id>` (also percent-encoded, as in `session_redirect` parameters) and the
 * slugged permalink `/posts/<author>_<slug>-activity-<id>-<suffix>`.
 */
const ACTIVITY_PATTERNS: readonly RegExp[] = [
  new RegExp(`urn:li:activity:${ID}(?!\\d)`),
  new RegExp(`urn%3Ali%3Aactivity%3A${ID}(?!\\d)`, 'i'),
  new RegExp(`[/_-]activity-${ID}(?!\\d)`),
];

/** The first activity id in a text (href, attribute, JSON), or null. */
export function activityIdIn(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const pattern of ACTIVITY_PATTERNS) {
    const id = pattern.exec(text)?.[1];
    if (id) return id;
  }
  return null;
}

/** The canonical permalink of an update, the form LinkedIn itself links to from a share menu. */
export function activityPermalink(id: string): string {
  return `${LINKEDIN_ORIGIN}/feed/update/urn:li:activity:${id}/`;
}

// The first 41 bits of an activity id are Unix milliseconds. Anything outside these years is
// not a snowflake (an old sequential id, or a number that only looks like one).
const EARLIEST = Date.UTC(2014, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** The publication time an activity id encodes, as an ISO instant; undefined when it is not a snowflake. */
export function publishedAtFromActivityId(id: string): string | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  const ms = snowflakeMs(id);
  if (!(ms >= EARLIEST && ms < LATEST)) return undefined;
  return new Date(ms).toISOString();
}

const TWO_22 = 4194304;

/**
 * `Number(BigInt(id) >> 22n)` for 15 to 20 decimal digits, in exact double arithmetic (BigInt
 * showed in profiles): id = hi·10⁷ + lo with hi < 10¹³, divided by 2²² in two exact steps
 * (dividing by a power of two never rounds; every product and sum stays below 2⁵³).
 */
export function snowflakeMs(id: string): number {
  const hi = Number(id.slice(0, -7));
  const lo = Number(id.slice(-7));
  const q1 = Math.floor(hi / TWO_22);
  const r1 = hi - q1 * TWO_22;
  return q1 * 1e7 + Math.floor((r1 * 1e7 + lo) / TWO_22);
}

function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/** Parses an href against linkedin.com; null when it is not a LinkedIn URL. */
export function linkedinUrl(href: string | null | undefined): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, LINKEDIN_ORIGIN);
    return isLinkedInHost(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

/** Profile-like paths: members (`/in/`), organisations (`/company/`, `/showcase/`, `/school/`). */
const OWNER_PATH = /^\/(in|company|showcase|school)\/([^/?#]+)/;

/** A site-relative or www.linkedin.com href to an owner page whose path URL parsing keeps as is. */
const DIRECT_OWNER_HREF =
  /^(?:https:\/\/www\.linkedin\.com)?(\/(?:in|company|showcase|school)\/[A-Za-z0-9_-]+)(?:\/[A-Za-z0-9_/-]*)?(?:[?#][^]*)?$/;

/** Path segments under `/in/` or `/company/` that are LinkedIn pages, not handles. */
const NOT_HANDLES = new Set(['me', 'unavailable', 'setup', 'admin']);

/** The handle an href to a member or organisation page names (lower-cased), or null. */
export function handleFromHref(href: string | null | undefined): string | null {
  // The usual link ("/in/jane-doe/", "https://www.linkedin.com/company/acme?trk=…"), read
  // without building a URL: its path is plain ASCII with no dot, percent sign or backslash, which
  // URL parsing would leave exactly as it is.
  const direct = href ? DIRECT_OWNER_HREF.exec(href) : null;
  if (direct?.[1]) return handleFromPath(direct[1]);
  const url = linkedinUrl(href);
  if (!url) return null;
  return handleFromPath(url.pathname);
}

function handleFromPath(pathname: string): string | null {
  const match = OWNER_PATH.exec(pathname);
  const segment = match?.[2];
  if (!segment) return null;
  let handle: string;
  try {
    handle = decodeURIComponent(segment);
  } catch {
    handle = segment;
  }
  handle = handle.trim().toLowerCase();
  if (!handle || NOT_HANDLES.has(handle) || handle.length > 200) return null;
  // Decoded, a segment may hold spaces, bidi overrides, zero-width or markup characters: no vanity
  // name does, and a handle must stay one plain token.
  if (/[\s\p{C}<>"\\/]/u.test(handle)) return null;
  return handle;
}

export type LinkedInPage =
  | 'feed'
  | 'recent-activity'
  | 'company-posts'
  | 'update'
  | 'post-analytics'
  | 'dashboard'
  | 'profile'
  | 'company'
  | 'other';

/** What a LinkedIn URL shows. */
export function pageKind(url: URL): LinkedInPage {
  if (!isLinkedInHost(url.hostname)) return 'other';
  const path = url.pathname;
  if (path === '/feed' || path === '/feed/') return 'feed';
  if (/^\/feed\/update\//.test(path) || /^\/posts\//.test(path)) return 'update';
  if (/^\/analytics\/post-summary\//.test(path)) return 'post-analytics';
  if (/^\/dashboard\/?$/.test(path)) return 'dashboard';
  if (/^\/in\/[^/]+\/recent-activity(\/|$)/.test(path)) return 'recent-activity';
  if (/^\/(company|showcase|school)\/[^/]+\/posts(\/|$)/.test(path)) return 'company-posts';
  if (/^\/in\/[^/]+\/?$/.test(path)) return 'profile';
  if (/^\/(company|showcase|school)\/[^/]+(\/(about)?\/?)?$/.test(path)) return 'company';
  return 'other';
}

/** The member or organisation a profile, company or recent-activity URL belongs to. */
export function pageOwner(url: URL): string | null {
  if (!isLinkedInHost(url.hostname)) return null;
  return handleFromPath(url.pathname);
}

/** The activity id a single-update or analytics URL names. */
export function activityIdFromUrl(url: URL): string | null {
  const kind = pageKind(url);
  if (kind !== 'update' && kind !== 'post-analytics') return null;
  return activityIdIn(url.pathname);
}
