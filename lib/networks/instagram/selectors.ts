/**
 * Every CSS hook the Instagram reader uses. Instagram's classes are hashed (`x1lliihq x1n2onr6`,
 * `_ap3a _aaco`) and change with each build, so only landmarks and roles, hrefs, `title`
 * attributes, `<time datetime>` and meta tags are used. Alternatives are listed in order of
 * preference, each with the markup it was seen in. "Web app" means the logged-in desktop site as
 * rendered by its React app; "served" means the HTML as first served, before the app renders
 * (real captures of Dec 2024 in test/fixtures/real/instagram/).
 */

/** The elements the collector observes: the main column (feed, post page, profile) and a post dialog. */
export const SCOPE_SELECTORS = [
  // Web app 2022–2026: the main column is `main[role="main"]`, also around the profile header.
  'main[role="main"]',
  // Web app 2021–2023 home feed: `section > main` before the role attribute came back.
  'section > main',
  // Web app 2022–2026: a post opened from a profile grid or the feed is a modal dialog over it.
  'div[role="dialog"]',
] as const;

/**
 * A post's root. Feed posts and the post page's post are `<article>` (web app 2019–2026, the feed's
 * carry role="presentation"); a post opened over a profile or the feed is inside a dialog, read
 * as a whole when it holds no `<article>` (web app 2024–2026).
 */
export const POST_ROOT_SELECTORS = ['article', 'div[role="dialog"]'] as const;

/** A post dialog root (see POST_ROOT_SELECTORS), also used to tell a dialog's post from the page's. */
export const DIALOG = 'div[role="dialog"]';

/** A post root's tag, to let a dialog defer to the `<article>` it holds. */
export const ARTICLE = 'article';

/**
 * A profile header: the first `<header>` of the main column (web app 2019–2026). Headers inside a
 * post (`article header`, the post page's author row in 2019–2023) are refused by the reader.
 */
export const PROFILE_ROOT_SELECTORS = ['main[role="main"] header', 'section > main header'] as const;

/** Publication time; the enclosing link `/p/<code>/` is the permalink (web app 2016–2026). */
export const TIME = 'time[datetime]';

/** Any `<time>`: a span holding one is the post's date line, not its caption (web app 2019–2026). */
export const ANY_TIME = 'time';

/** The link around a `<time>`, the `a:has(time)` permalink of SITES.md, found by climbing from the time. */
export const ENCLOSING_LINK = 'a';

/**
 * Links to a post: permalinks, likers (`/liked_by/`), the comments page, comments' own permalinks
 * (`/p/<code>/c/<id>/`) and the profile-grid form `/<user>/p/<code>/` (2024–2026).
 */
export const POST_LINK = 'a[href*="/p/"], a[href*="/reel/"], a[href*="/reels/"], a[href*="/tv/"]';

/** The likers link: "1,284 likes" or the "N others" of "Liked by x and N others" (web app 2017–2024). */
export const LIKED_BY_LINK = 'a[href*="/liked_by/"]';

/**
 * Where the like, comment and view counts are written (web app 2019–2026): the likers link, the
 * newer `role="button"` element ("1 284 J’aime", 2024–2026), the "View all 130 comments" link, and
 * the spans inside them. Matched by their whole text, so a longer caption never matches.
 */
export const COUNT_TEXT = 'a, span, [role="button"], button';

/**
 * The comment list (web app 2019–2024 `ul > li`): commenters' links and tags are not the post's.
 * Listed one by one: a post without one is told by a query per tag, which is far cheaper in
 * Chromium than one query of the list.
 */
export const COMMENT_LIST_TAGS = ['ul', 'li'] as const;
export const COMMENT_LIST = COMMENT_LIST_TAGS.join(', ');

/**
 * Sections below the media: the action bar, then the likes (web app 2019–2026). Counts that
 * follow the first section are the post's; the post page's comments come before it.
 */
export const SECTION = 'section';

/**
 * The post page's and dialog's caption: the first comment-like row, an `<h1>` (web app 2021–2026).
 * In the feed the caption is a `span[dir="auto"]` with no other hook, found by CAPTION_SPAN.
 */
export const CAPTION_HEADING = 'h1';

/** Feed captions (web app 2022–2026): `span[dir="auto"]` holding text and `/explore/tags/` links. */
export const CAPTION_SPAN = 'span[dir="auto"]';

/** Elements whose text is never the caption: links (names, "View all…"), buttons, times. */
export const NOT_CAPTION_PARTS = ['a', '[role="button"]', 'button', 'time'] as const;

/**
 * CAPTION_SPAN neither in nor itself one of NOT_CAPTION_PARTS (no `closest()` of them),
 * told by the native query: most spans are inside a link and never reach the reader. A span can
 * only be one by its role (the other parts are tags).
 */
export const CAPTION_SPAN_OUTSIDE_NOT_CAPTION = `${CAPTION_SPAN}:not([role="button"])${NOT_CAPTION_PARTS.map(
  (part) => `:not(${part} *)`,
).join('')}`;

/** Hashtag links in a caption: `/explore/tags/<tag>/` (web app 2016–2026). */
export const HASHTAG_LINK = 'a[href*="/explore/tags/"]';

/** Author: the post header's profile link (post page 2019–2023 `header`), else links near the time. */
export const POST_HEADER = 'header';

/** Any link; profile links are told apart by their href (url.ts). */
export const LINK = 'a[href]';

/**
 * Profile header stats (web app 2019–2026): followers and following are links to
 * `/<user>/followers/` and `/<user>/following/`; the count is the link's first span, and the
 * followers' span carries the exact figure in `title` ("52,340") while its text says "52.3K".
 */
export const FOLLOWERS_LINK = 'a[href$="/followers/"], a[href$="/followers"]';
export const FOLLOWING_LINK = 'a[href$="/following/"], a[href$="/following"]';
/** The exact-figure span inside one stat (never searched header-wide: the post count has one too). */
export const TITLED_SPAN = 'span[title]';
/** The spans of one stat block; one of them may be the figure alone ("52.3K"), web app 2019–2026. */
export const STAT_SPAN = 'span';
/** Stat blocks found by their words when they are not links (post count; logged-out, 2019–2026). */
export const PROFILE_STAT_BLOCK = 'li, div, span, button';
/** The handle heading of a profile header (web app 2019–2026: `h2`, 2025 `h2 > span`). */
export const PROFILE_HANDLE_HEADING = 'h2, h1';

/** Served meta tags (real captures, Dec 2024): attribute order varies, so match by attribute. */
export const META = {
  ogDescription: 'meta[property="og:description"]',
  description: 'meta[name="description"]',
  ogUrl: 'meta[property="og:url"]',
  ogTitle: 'meta[property="og:title"]',
  canonical: 'link[rel="canonical"]',
} as const;
