/**
 * Every hook the Facebook reader uses, in one place. Classes are hashed and change weekly, so
 * none is used: roles, aria attributes, the `data-ad-*` markers Facebook keeps for its own ad
 * tooling, and URL shapes. Each comment says which markup (and when) the hook was seen on.
 * "Comet" is the React site served on www.facebook.com since 2020.
 */

// ---------------------------------------------------------------------------------------------
// Scopes: where posts and headers live (observed by the collector).

/** The news feed, a Page or profile timeline, a group feed (Comet 2020–2026). */
export const FEED = 'div[role="feed"]';

/** The page body: timelines outside a feed, single-post pages, the profile header (Comet 2020–2026). */
export const MAIN = 'div[role="main"]';

/** A layer over the page: post dialog, photo viewer (real capture, Mar 2024), also menus and chats. */
export const DIALOG = 'div[role="dialog"]';

// ---------------------------------------------------------------------------------------------
// Post roots.

/**
 * A feed unit: Comet 2022–2026 gives each feed post `aria-posinset`; since 2024 many feed units
 * carry no `role="article"` any more, while comments still do.
 */
export const FEED_POST = 'div[role="feed"] div[aria-posinset]';

/**
 * `role="article"`: a timeline post with `aria-posinset` outside a feed (real capture, Mar 2024),
 * posts of older pages and single-post pages — and comments (Comet 2020–2026), which the reader
 * tells apart (see `isCommentArticle`).
 */
export const ARTICLE = 'div[role="article"]';

/** What the collector matches; the reader turns away comments and non-post dialogs. */
export const POST_ROOTS = [FEED_POST, ARTICLE, DIALOG].join(', ');

/** Elements that delimit one post from another when reading inside a root. */
export const POST_BOUNDARY = '[aria-posinset], [role="article"], [role="dialog"]';

// ---------------------------------------------------------------------------------------------
// Inside a post: language-independent markers first.

/** Author block: `data-ad-rendering-role="profile_name"` (Comet 2025–2026). */
export const PROFILE_NAME = '[data-ad-rendering-role="profile_name"]';

/** Author title fallback: `h2`–`h4` holding the author link (Comet 2020–2024; h3 in the Mar 2024 capture). */
export const AUTHOR_HEADING = 'h2, h3, h4';

/** Post text: `story_message` (2025–2026), `data-ad-comet-preview` / `data-ad-preview` (2020–2026, real capture). */
export const MESSAGE =
  '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]';

/** Action-bar markers (Comet 2025–2026): their presence means the post's footer is rendered. */
export const LIKE_BUTTON = '[data-ad-rendering-role="like_button"]';
export const COMMENT_BUTTON = '[data-ad-rendering-role="comment_button"]';
export const SHARE_BUTTON = '[data-ad-rendering-role="share_button"]';

/**
 * The reaction icons strip: `span[role="toolbar"]` labelled "See who reacted to this" (Comet
 * 2021–2026, real capture). The total sits in the button next to it.
 */
export const REACTIONS_TOOLBAR = '[role="toolbar"]';

/** The visible total inside the reactions button: an `aria-hidden` copy (Comet 2022–2026, real capture). */
export const HIDDEN_COPY = 'span[aria-hidden="true"]';

/** Buttons of the footer: reactions total, "12 comments", "3 shares", icon counts (Comet 2020–2026). */
export const BUTTON = '[role="button"]';

/** An icon drawn from a sprite, next to a bare count in the 2024 footer (real capture, Mar 2024). */
export const ICON = 'i[data-visualcompletion="css-img"], svg';

/** Placeholders Comet shows while a post or its footer loads (2020–2026). */
export const LOADING = '[data-visualcompletion="loading-state"]';

/** Links: permalinks, author, hashtags, mentions. */
export const LINK = 'a[href]';

/** Hashtag links in a message: `/hashtag/<tag>` (2015–2026). */
export const HASHTAG_LINK = 'a[href*="/hashtag/"]';

// ---------------------------------------------------------------------------------------------
// Page and profile header.

/** Headers live in `role="main"`; the reader finds the header block from the count links. */
export const PROFILE_ROOTS = MAIN;

/** The Page or profile name (Comet 2020–2026; `h1` in the Mar 2024 capture). */
export const HEADER_NAME = 'h1';

/**
 * Header count links by where they lead: `?sk=followers` for `profile.php?id=` Pages (real
 * capture, Mar 2024) and `/<name>/followers/` for named ones (2022–2026). Same for likes, friends,
 * following.
 */
export const FOLLOWERS_LINK = 'a[href*="sk=followers"], a[href*="/followers/"], a[href$="/followers"]';
export const PAGE_LIKES_LINK =
  'a[href*="sk=friends_likes"], a[href*="/friends_likes/"], a[href$="/friends_likes"]';
export const FRIENDS_LINK =
  'a[href*="sk=friends&"], a[href$="sk=friends"], a[href*="/friends/"], a[href$="/friends"]';
export const FOLLOWING_LINK = 'a[href*="sk=following"], a[href*="/following/"], a[href$="/following"]';
