/**
 * Every CSS hook the X reader uses. X's classes are generated (`css-175oi2r r-18u37iz`) and change
 * with each build, so only data-testids, ARIA roles and labels, hrefs and `<time>` are used.
 * Where a hook has alternatives, they are listed in order of preference, each with the markup it
 * was seen in. "2025 web app" means the markup of the real captures in test/fixtures/real/x/
 * (a focused post, Oct 2025; a whole profile page, Dec 2025).
 */

/** The elements the collector observes: they hold the timeline, a focused post and a profile header. */
export const SCOPE_SELECTORS = [
  // 2025 web app: main[role=main] > … > div[data-testid=primaryColumn]; the sidebar (trends,
  // "Who to follow") sits outside it, so its "12.3K posts" never reach the readers.
  '[data-testid="primaryColumn"]',
  // Fallback when the primary column loses its testid: the main landmark holds it.
  'main[role="main"]',
] as const;

/** A post's root: timeline cells (tabindex 0) and the focused post of /status/ pages (tabindex -1). */
export const POST_ROOT = 'article[data-testid="tweet"]';

/** Author block: display name link then "@handle" link. A quoted post holds a second one, without links (2025). */
export const USER_NAME = '[data-testid="User-Name"]';

/**
 * A quoted post's container, found as the closest match above a second User-Name: 2025 web app,
 * `div[tabindex="0"][role="link"]` after a hidden "Quote" caption. When it is missing the reader
 * climbs from the quoted User-Name instead (see read-post.ts).
 */
export const QUOTE_CONTAINER = 'div[role="link"]';

/** Publication time; its parent link `/<handle>/status/<id>` is the permalink (2019–2025 web app). */
export const TIME = 'time[datetime]';

/** Any link to a status: the time link first, then photo, analytics or media_tags links of the same post. */
export const STATUS_LINK = 'a[href*="/status/"]';

/** Post text; a quoted post has its own one inside the quote container. */
export const TWEET_TEXT = '[data-testid="tweetText"]';

/** Hashtag links inside the post text (`/hashtag/AI?src=hashtag_click`), 2020–2025 web app. */
export const HASHTAG_LINK = 'a[href^="/hashtag/"]';

/** Mention links inside the post text: `<a href="/microlinkhq">@microlinkhq</a>`, 2025 web app. */
export const MENTION_LINK = 'a[href^="/"]';

/**
 * The action bar. 2023–2025 web app: `div[role="group"]` whose aria-label states the exact counts,
 * "2534 replies, 4483 reposts, 25616 likes, 797 bookmarks, 2596467 views".
 */
export const ACTION_GROUP = '[role="group"]';

/**
 * Per-button hooks, used when the group label is missing. Matched by suffix so the toggled states
 * match too (2023–2025 web app): reply; retweet / unretweet; like / unlike; bookmark /
 * removeBookmark. Their aria-labels read "48 Replies. Reply", "553 Likes. Liked".
 */
export const ACTION_BUTTONS = {
  replies: '[data-testid$="reply"]',
  reposts: '[data-testid$="retweet"]',
  likes: '[data-testid$="like"]',
  bookmarks: '[data-testid$="ookmark"]',
  // Views are a link to the analytics page: "11424 views. View post analytics" (2023–2025).
  views: 'a[href$="/analytics"]',
} as const;

/** The abbreviated figure a button shows ("2.5K", "1,2 k"), 2022–2025 web app. */
export const VISIBLE_COUNT = '[data-testid="app-text-transition-container"]';

/** Profile header: display name and "@handle" (2022–2025 web app; real capture Dec 2025). */
export const PROFILE_ROOT = '[data-testid="UserName"]';

/** Where climbing from the profile header stops: the column that holds it. */
export const PROFILE_BOUNDARY = '[data-testid="primaryColumn"], main, body';

/** Follow links under the header; the count is the link's first span ("3,893", "1,2 k"). */
export const FOLLOWERS_LINKS = [
  // Dec 2025: other people's profiles link to the verified followers tab.
  'a[href$="/verified_followers"]',
  // Own profile, and 2019–2024 markup.
  'a[href$="/followers"]',
] as const;
export const FOLLOWING_LINK = 'a[href$="/following"]';

/**
 * Post count in the header bar above the banner: `<h2 role="heading">Kiko Beats</h2>` followed by
 * `<div dir="ltr">23.9K posts</div>` (Dec 2025). The text must also name posts to be read.
 */
export const POSTS_COUNT = 'h2[role="heading"] + div';
