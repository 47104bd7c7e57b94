import type { Network, PostMetrics, ProfileMetrics } from '../model/records';

/**
 * What a reader takes besides the DOM: the page language (from `<html lang>`), the page URL
 * and a debug hook. Readers are pure: no storage, no messaging.
 */
export interface ReadContext {
  /** BCP 47 tag from `document.documentElement.lang`, e.g. `fr`, `en-GB`; `en` when absent. */
  locale: string;
  url: URL;
  /**
   * Called when a hook (a selector or pattern) found nothing, so the debug flag can say which
   * one failed. `hook` is a short stable name such as `x.post.actionBar`.
   */
  miss: (hook: string, detail?: string) => void;
}

/** A post as one reader saw it. Unknown figures are absent from `metrics`, never 0. */
export interface PostRead {
  kind: 'post';
  network: Network;
  postId: string;
  /** Canonical permalink, absolute, tracking parameters stripped. */
  url: string;
  /** Author handle, without @, lower-cased. */
  author?: string;
  authorName?: string;
  /** ISO time, when the page or the id tells it. */
  publishedAt?: string;
  /** Without the #, as written (case kept), deduplicated. */
  hashtags: string[];
  /** Handles without the @, lower-cased, deduplicated. */
  mentions: string[];
  metrics: PostMetrics;
}

/** A profile or page header as one reader saw it. */
export interface ProfileRead {
  kind: 'profile';
  network: Network;
  /** Handle without @, lower-cased. */
  handle: string;
  displayName?: string;
  metrics: ProfileMetrics;
}

export type Read = PostRead | ProfileRead;

/** The account the user is logged in as, from the site's own navigation (never from content). */
export interface ViewerRead {
  /** Handle without @, lower-cased, validated like the readers' handles. */
  handle: string;
  displayName?: string;
}

/**
 * What each network implements. The generic collector (`lib/collect`) observes the scopes,
 * finds post roots with `postSelector` inside added nodes (and the root enclosing a changed
 * node), and calls the readers in batches.
 */
export interface NetworkAdapter {
  network: Network;
  /** Bumped whenever the readers' output changes meaning; stored with every snapshot. */
  parserVersion: number;
  /** The elements that hold posts and headers (timeline, profile header, dialog); the collector
   * observes only these, and falls back to `document.body` when none is found yet. */
  findScopes(doc: Document): Element[];
  /** CSS selector list matching a post's root element. */
  postSelector: string;
  /** Read one post root. Returns null when it holds no identifiable post. Never throws. */
  readPost(root: Element, ctx: ReadContext): PostRead | null;
  /** CSS selector list matching a profile header root, when the site has one. */
  profileSelector?: string;
  /** Read a profile header. Never throws. */
  readProfile?(root: Element, ctx: ReadContext): ProfileRead | null;
  /**
   * Readings that belong to the page rather than to an element (Instagram's server-rendered
   * meta tags on a full load, an analytics page). Called on start and after each navigation.
   */
  readPage?(doc: Document, ctx: ReadContext): Read[];
  /**
   * The logged-in account, where the page's navigation shows it (X's tab bar, Instagram's nav,
   * Facebook's shortcuts, LinkedIn's "Me" menu). Null when not shown. Never throws.
   */
  readViewer?(doc: Document, ctx: ReadContext): ViewerRead | null;
  /**
   * Where a post's badge sits, in pixels from the post root's top-right corner: clear of the
   * site's own controls (default 2 px down, 56 px in: left of X's "more" button).
   */
  badgeOffset?: { top: number; right: number };
}
