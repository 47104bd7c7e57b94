/**
 * Every CSS hook the LinkedIn readers use, in one place. Two update markups are served at once
 * (2025–26): the classic Ember one with named classes and `data-urn`, and the newer one with
 * hashed classes where LinkedIn's own `data-view-name` attributes are the stable hooks. The
 * logged-out pages (organization-guest-frontend) have a third. Each alternative says which
 * markup (and when seen) it is for; a fallback for an old markup says when to drop it.
 */

const list = (...selectors: string[]): string => selectors.join(', ');

// ---------------------------------------------------------------------------------------------
// Where updates and headers live

/** Containers the collector observes: the list of updates, the header, the identity card. */
export const SCOPES = list(
  // 2025–26 home feed: the lazy list of updates (componentkey seen 2026).
  '[componentkey="container-update-list_mainFeed-lazy-container"]',
  // 2025–26 home feed: LinkedIn's test id on the same list.
  '[data-testid="mainFeed"]',
  // Classic home feed and recent-activity pages (Ember, 2019–2026): the finite-scroll list.
  '.scaffold-finite-scroll__content',
  // Logged-out company page: the list of updates (Oct 2024 capture).
  '.updates__list',
  // Classic feed identity card (owner's profile viewers), 2019–2026.
  '.feed-identity-module',
  // 2025–26 feed identity card.
  '[data-view-name="identity-module"]',
  // Headers (see PROFILE_HEADER below), repeated here so a page without a list is observed too.
  'section.artdeco-card[data-member-id]',
  '.pv-top-card',
  '[data-view-name="profile-top-card"]',
  '.org-top-card',
  'section.top-card-layout',
);

/** Observed when none of SCOPES is there yet (the app has not rendered, or a single update page). */
export const FALLBACK_SCOPE = list('main', '[role="main"]');

/** One update's root element. */
export const POST_ROOT = list(
  // Classic update card, 2019–2026; the Aug 2025 capture nests it inside feed-full-update.
  '.feed-shared-update-v2[data-urn^="urn:li:activity:"]',
  // 2025–26 markup (hashed classes): LinkedIn's view name for a whole update.
  '[data-view-name="feed-full-update"]',
  // Logged-out company page (organization-guest-frontend, Oct 2024 capture).
  'article[data-activity-urn^="urn:li:activity:"]',
);

/**
 * The classic card inside a 2025 feed-full-update (Aug 2025 capture): when both match, the
 * readers read the inner one so that both roots give the same reading.
 */
export const CLASSIC_CARD = '.feed-shared-update-v2[data-urn^="urn:li:activity:"]';

/** Ancestor wrappers that carry the URN outside the root (classic feed, Aug 2025 capture). */
export const URN_WRAPPER = list(
  // Classic home feed: `<div data-id="urn:li:activity:…" data-finite-scroll-hotkey-item>`.
  '[data-id^="urn:li:activity:"]',
  // Classic recent-activity cards (2026 notes: the card's own data-urn).
  '[data-urn^="urn:li:activity:"]',
);

/** Attributes that hold an activity URN on a root, best first. */
export const ROOT_URN_ATTRIBUTES = [
  // Logged-out page: the update whose counts the card shows (a repost features the original).
  'data-featured-activity-urn',
  // Logged-out page: the card's own activity.
  'data-activity-urn',
  // Classic card.
  'data-urn',
  // Classic wrapper.
  'data-id',
  // 2025–26: some roots carry the URN in their component key.
  'componentkey',
] as const;

/** 2025–26: tracking JSON whose `updateUrn` names the update (Aug 2025 capture). */
export const TRACKING_SCOPE_ATTRIBUTE = 'data-view-tracking-scope';

/** Links that name the update they belong to. */
export const PERMALINK = list(
  // Classic and 2025–26: the canonical single-update link (time stamp, share menu).
  'a[href*="/feed/update/urn:li:activity:"]',
  // Slugged permalink `/posts/<author>_<slug>-activity-<id>-<suffix>` (2022–2026).
  'a[href*="/posts/"][href*="activity-"]',
  // Owner only: the analytics link under one's own update names it too (2026 notes).
  'a[href*="/analytics/post-summary/urn:li:activity:"]',
  // Percent-encoded URN in a redirect parameter (logged-out pages, 2024).
  'a[href*="urn%3Ali%3Aactivity%3A"]',
);

/**
 * Content of another update embedded in this one (a repost with commentary, a shared update):
 * its links, actor and text are not the outer update's, and any counts inside are ignored.
 */
export const NESTED_UPDATE = list(
  // Classic reshare: the original in a card of its own (2020–2026).
  '.feed-shared-update-v2__update-content-wrapper',
  // Classic mini update (a reshare of a reshare, an update quoted in a comment), 2022–2026.
  '.update-components-mini-update-v2',
  // Older name of the same (2020–2022) — drop after 2027-01.
  '.feed-shared-mini-update-v2',
  // 2025–26 markup: LinkedIn's view name for reshared content.
  '[data-view-name="feed-reshared-content"]',
  // 2025–26 markup: test id on the same.
  '[data-testid="reshared-content"]',
);

/** Comments under an update: their links, mentions and counts are not the update's. */
export const COMMENTS = list(
  // Classic comments list and items (2019–2026).
  '.feed-shared-update-v2__comments-container',
  '.comments-comments-list',
  '.comments-comment-item',
  '.comments-comment-entity',
  // 2025–26: component keys and view names of comments.
  '[componentkey^="replaceableComment_"]',
  'div[id^="replaceableComment_"]',
  '[data-view-name="comment-container"]',
  '[data-view-name="feed-comment"]',
);

/** The context line above an update ("Jane Doe reposted this", "… likes this"). */
export const CONTEXT_HEADER = list(
  // Classic (2021–2026).
  '.update-components-header',
  // Older classic name — drop after 2027-01.
  '.feed-shared-header',
  // 2025–26 markup.
  '[data-view-name="feed-header-text"]',
  '[data-view-name="feed-header-actor-image"]',
  // Logged-out page (Oct 2024 capture): "Audiense reposted this".
  '.main-feed-activity-card__header',
);

// ---------------------------------------------------------------------------------------------
// Inside an update

/** Links to the update's author (a member or an organisation). */
export const ACTOR_LINK = list(
  // Classic (2022–2026, Aug 2025 capture): the name block and the avatar.
  'a.update-components-actor__meta-link',
  'a.update-components-actor__image',
  // Classic, 2021–2023 — drop after 2027-01.
  'a.update-components-actor__container-link',
  'a.feed-shared-actor__container-link',
  // 2025–26 markup: the avatar link and the name link beside it.
  'a[data-view-name="feed-actor-image"]',
  '[data-view-name="feed-actor-name"] a',
  // Logged-out page (Oct 2024 capture).
  '[data-test-id="main-feed-activity-card__entity-lockup"] a[href]',
);

/** The author's display name. */
export const ACTOR_NAME = list(
  // Classic, Aug 2025 capture: visible copy of the name (the visually-hidden copy follows it).
  '.update-components-actor__title span[dir="ltr"] > span[aria-hidden="true"]',
  // Classic (2022–2024).
  '.update-components-actor__name',
  // 2025–26 markup: first line of the name link that follows the avatar link.
  '[data-view-name="feed-actor-image"] + a p',
  '[data-view-name="feed-actor-name"]',
  // Logged-out page (Oct 2024 capture).
  '[data-tracking-control-name$="feed-actor-name"]',
);

/** The update's own text (hashtags and mentions are read in it). */
export const COMMENTARY = list(
  // 2025–26 markup.
  '[data-view-name="feed-commentary"]',
  '[componentkey^="feed-commentary_"]',
  // Classic (2022–2026, Aug 2025 capture).
  '.update-components-update-v2__commentary',
  '.feed-shared-update-v2__description',
  '.update-components-text',
  // Logged-out page (Oct 2024 capture).
  '[data-test-id="main-feed-activity-card__commentary"]',
);

/** Hashtag links. */
export const HASHTAG_LINK = list(
  // Classic (2019–2026).
  'a[href*="/feed/hashtag/"]',
  // 2025–26: hashtags link to a search ("keywords=%23tag", origin HASH_TAG_FROM_FEED).
  'a[href*="keywords=%23"]',
  // Logged-out page: the hashtag URL sits percent-encoded in a sign-up redirect.
  'a[href*="feed%2Fhashtag%2F"]',
);

/** Member and organisation links (mentions, when inside the commentary). */
export const MEMBER_LINK = list('a[href*="/in/"]', 'a[href*="/company/"]', 'a[href*="/showcase/"]');

/** Where a figure is read, and how. */
export interface CountHook {
  selector: string;
  /** Attribute that holds the bare integer (logged-out markup). */
  attribute?: string;
  /**
   * True when the element is specific to this count; false when it is any count of the row and
   * its label must name the count (reactions, comments, reposts…).
   */
  dedicated: boolean;
}

/** Reactions → likes. */
export const LIKES_HOOKS: readonly CountHook[] = [
  // 2025–26 markup: the reaction summary ("150", "150 reactions", "Jane and 149 others").
  { selector: '[data-view-name="feed-reaction-count"]', dedicated: true },
  // Classic, Aug 2025 capture: `button[data-reaction-details][aria-label="150 reactions"]`.
  { selector: 'button[data-reaction-details]', dedicated: true },
  // Classic (2022–2026): the reactions item of the counts row.
  { selector: '.social-details-social-counts__reactions button', dedicated: true },
  { selector: '.social-details-social-counts__reactions-count', dedicated: true },
  // Logged-out page (Oct 2024 capture): `data-num-reactions="33"`.
  { selector: '[data-num-reactions]', attribute: 'data-num-reactions', dedicated: true },
];

/** Comments. */
export const COMMENTS_HOOKS: readonly CountHook[] = [
  // 2025–26 markup.
  { selector: '[data-view-name="feed-comment-count"]', dedicated: true },
  // Classic (2022–2026, Aug 2025 capture): "13 comments on X’s post".
  { selector: '.social-details-social-counts__comments button', dedicated: true },
  { selector: '.social-details-social-counts__comments', dedicated: true },
  // Logged-out page (Oct 2024 capture): `data-num-comments="2"`.
  { selector: '[data-num-comments]', attribute: 'data-num-comments', dedicated: true },
  // Any classic counts-row item whose label says comments.
  { selector: '.social-details-social-counts__item button', dedicated: false },
];

/** Reposts (older "shares") → shares. */
export const SHARES_HOOKS: readonly CountHook[] = [
  // 2025–26 markup.
  { selector: '[data-view-name="feed-repost-count"]', dedicated: true },
  // Classic (2022–2026): the reposts item has no class of its own; its label says "reposts".
  { selector: '.social-details-social-counts__item button', dedicated: false },
  { selector: '.social-details-social-counts__item', dedicated: false },
  // Logged-out page: the social-actions row (reposts are rarely shown to visitors).
  { selector: '.main-feed-activity-card__social-actions a', dedicated: false },
];

/** Owner only: "1,234 impressions" under one's own update (classic and 2025–26). */
export const VIEWS_HOOKS: readonly CountHook[] = [
  { selector: 'a[href*="/analytics/post-summary/urn:li:activity:"]', dedicated: false },
  // Classic analytics entry point (2021–2026).
  { selector: '.ca-entry-point__num-views', dedicated: false },
  // Classic video updates: plays in the counts row ("12,480 views"), shown to everyone.
  { selector: '.social-details-social-counts__item', dedicated: false },
];

/** Signs that an update is rendered (an emptied off-screen shell has none of them). */
export const RENDERED_CONTENT = list(
  ACTOR_LINK,
  COMMENTARY,
  '.social-details-social-counts',
  '.feed-shared-social-action-bar',
  '[data-view-name="feed-reaction-count"]',
  '[data-view-name="feed-comment-count"]',
  '[data-view-name="feed-repost-count"]',
  '.main-feed-activity-card__social-actions',
  'button',
);

// ---------------------------------------------------------------------------------------------
// Profiles and company pages

/** A profile or company header. */
export const PROFILE_HEADER = list(
  // Logged-in member profile (Ember, 2021–2026): the top card section.
  'section.artdeco-card[data-member-id]',
  '.pv-top-card',
  // 2025–26 profile markup: LinkedIn's view name for the top card.
  '[data-view-name="profile-top-card"]',
  // Logged-in company page (2022–2026).
  '.org-top-card',
  // Logged-out company and member pages (Oct 2024 capture).
  'section.top-card-layout',
);

/**
 * Owner only: the link to "who viewed your profile" ("87 profile views" in the analytics card
 * of one's own profile, "Profile viewers 87" in the feed's identity card), the same in both
 * markups (2020–2026).
 */
export const PROFILE_VIEWS_LINK = 'a[href*="/me/profile-views"]';

/** Roots the collector hands to readProfile: headers, and the owner's profile-views link. */
export const PROFILE_ROOT = list(PROFILE_HEADER, PROFILE_VIEWS_LINK);

/** Lines of a header that can hold "N followers" / "500+ connections". */
export const PROFILE_LINE = list(
  // Logged-in member profile (2021–2026): the bullet list under the name.
  'li',
  // Logged-out top card (Oct 2024 capture): "London, London · 5,750 followers".
  'h3',
  // Logged-in company page (2022–2026).
  '.org-top-card-summary-info-list__info-item',
  // 2025–26 profile markup: plain paragraphs, links and spans.
  'p',
  'a',
  'span',
);

/** Name in a header. */
export const PROFILE_NAME = list(
  // Logged-out top card (Oct 2024 capture).
  '.top-card-layout__title',
  // Member profile, company page (2021–2026).
  'h1',
);

/** Where the page says whose profile it is, when the URL does not. */
export const CANONICAL_LINK = list('link[rel="canonical"]', 'meta[property="og:url"]');

// ---------------------------------------------------------------------------------------------
// Pages read as a whole

/** Main content of an analytics or dashboard page (2024–2026). */
export const PAGE_MAIN = list('main', '[role="main"]', '.scaffold-layout__main');

/** The owner's profile link on pages that do not name it in their URL (dashboard). */
export const OWNER_LINK = list(
  // Classic global nav: the "Me" menu's "View profile" link (rendered once the menu has opened).
  '.global-nav__me-content a[href*="/in/"]',
  // 2025–26 global nav.
  '[data-view-name="navigation-settings"] a[href*="/in/"]',
  '[data-view-name="identity-module"] a[href*="/in/"]',
  // Classic feed and dashboard identity card (2019–2026).
  '.feed-identity-module a[href*="/in/"]',
  '.profile-card a[href*="/in/"]',
);
