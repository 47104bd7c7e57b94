import type { MetricReading, PostMetrics } from '../../model/records';
import { MAX_READING_COUNT } from '../../numbers/parse-count';
import { splitSelectorList } from '../../dom/selector-lists';
import type { PostRead, ReadContext } from '../types';
import {
  OwnElements,
  cleanText,
  hasDigit,
  inDocumentOrder,
  isBareCount,
  isBarrier,
  isCommentArticle,
  precedes,
  readingFrom,
  textOf,
  zeroReading,
} from './dom';
import { ARTICLE, DIALOG, FEED, HIDDEN_COPY, ICON, LINK, LOADING } from './selectors';
import { handleFromProfileUrl, parsePostUrl, type PostLinkKind, type PostRef } from './url';
import {
  FOOTER_WORDS,
  classifyWords,
  knowsFooterWords,
  splitOthers,
  startsWithAllReactions,
  type FooterCount,
} from './words';

/*
 * Zero or unknown — Facebook leaves a count out of the footer when it is zero (SITES.md). The
 * reader turns an absent count into 0 only when the post is fully rendered, which it takes to
 * mean: the action bar markers `like_button` and `comment_button` (Comet 2025–2026) are present
 * and no loading placeholder is left in the post, and only when the page's language is one whose
 * footer words the reader knows (words.ts): elsewhere a shown count could go unrecognised. Then,
 * per figure:
 *
 * - likes (total reactions): 0 when there is neither a reactions toolbar nor a total. A toolbar
 *   whose total cannot be read stays unknown.
 * - comments: 0 when no comment count shows.
 * - shares: 0 when no share count shows and the post has a Share button (`share_button`); a post
 *   that cannot be shared (a private group's) shows no count either way, so it stays unknown.
 * - views: never 0. Only videos and reels show views; on any other post the figure does not
 *   apply, and an owner can hide it.
 * - A lone icon count that cannot be told to be comments or shares (see `readIconCounts`) blocks
 *   the zeros for both.
 *
 * Otherwise (older markup without the markers, such as the Mar 2024 capture, or a post still
 * loading) an absent count is unknown: left out of `metrics`, never 0.
 */

const MAX_TAGS = 100;
const MAX_TAG_LENGTH = 140;
const MAX_COUNT_TEXT = 60;
/** A longer link text is not a name (and the schema refuses it, losing the whole batch). */
const MAX_NAME_LENGTH = 500;

/** Kinds of post link, best first: a story link names the post, a photo link may name its attachment. */
const LINK_RANK: Record<PostLinkKind, number> = { story: 0, video: 1, photo: 2 };

/** Read one post root. Null when it holds no identifiable post; never throws. */
export function readFacebookPost(root: Element, ctx: ReadContext): PostRead | null {
  try {
    return readPost(root, ctx);
  } catch (error) {
    ctx.miss('facebook.post.error', error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** One read of one root: its own elements, by hook, gathered once (see `viewOf`). */
export interface PostView {
  root: Element;
  own: OwnElements;
  /** Post text blocks, outermost only. */
  messages: Element[];
  profileNames: Element[];
  /** Looked for only when needed (the author fallback, a post without markers). */
  headings(): Element[];
  links: Element[];
  toolbar: Element | null;
  buttons: Element[];
  likeButton: boolean;
  commentButton: boolean;
  shareButton: boolean;
  /** Looked for only when needed (a post with both action-bar markers). */
  loading(): boolean;
}

/**
 * The root's own elements by hook, each list in document order, as one query per selector of
 * selectors.ts would give them (a unit test holds them to those selectors on every fixture).
 * Chromium matches a selector list element by element and selector by selector, several times
 * slower than one-selector queries (measured on the feed fixture: one 17-selector query 57 µs a
 * post, a one-attribute query ~1 µs): so every query here has a single selector, and the few
 * hooks that share an attribute (`role`, `data-ad-rendering-role`) are told apart by its value.
 * Exported for that test.
 */
export function viewOf(root: Element): PostView {
  // NodeLists are read by index, never copied with Array.from or iterated with for…of: in
  // Chromium either costs more than the query itself.
  const barriers: Element[] = [];
  const posinset = root.querySelectorAll('[aria-posinset]');
  for (let i = 0; i < posinset.length; i++) barriers.push(posinset[i] as Element);
  const buttons: Element[] = [];
  const toolbars: Element[] = [];
  const withRole = root.querySelectorAll('[role]');
  for (let i = 0; i < withRole.length; i++) {
    const el = withRole[i] as Element;
    const role = el.getAttribute('role');
    if (role === 'button') buttons.push(el);
    else if (role === 'toolbar') toolbars.push(el);
    else if ((role === 'dialog' || role === 'article') && isBarrier(el)) barriers.push(el);
  }
  const own = new OwnElements(root, barriers);
  const open = barriers.length === 0;
  /** The own elements of a list of root's descendants (the list itself when nothing is barred). */
  const mine = (list: ArrayLike<Element>): Element[] => {
    const out: Element[] = [];
    for (let i = 0; i < list.length; i++) {
      const el = list[i] as Element;
      if (open || own.hasDescendant(el)) out.push(el);
    }
    return out;
  };

  const profileNames: Element[] = [];
  const stories: Element[] = [];
  let likeButton = false;
  let commentButton = false;
  let shareButton = false;
  const marked = root.querySelectorAll('[data-ad-rendering-role]');
  for (let i = 0; i < marked.length; i++) {
    const el = marked[i] as Element;
    if (!open && !own.hasDescendant(el)) continue;
    const marker = el.getAttribute('data-ad-rendering-role');
    if (marker === 'profile_name') profileNames.push(el);
    else if (marker === 'story_message') stories.push(el);
    else if (marker === 'like_button') likeButton = true;
    else if (marker === 'comment_button') commentButton = true;
    else if (marker === 'share_button') shareButton = true;
  }
  const messages = outermostMessages(
    stories,
    root.querySelectorAll('[data-ad-comet-preview="message"]'),
    root.querySelectorAll('[data-ad-preview="message"]'),
    mine,
  );
  let headings: Element[] | undefined;
  let loading: boolean | undefined;
  return {
    root,
    own,
    messages,
    profileNames,
    headings: () =>
      (headings ??= mine(
        inDocumentOrder([
          root.querySelectorAll('h2'),
          root.querySelectorAll('h3'),
          root.querySelectorAll('h4'),
        ]),
      )),
    links: mine(root.querySelectorAll(LINK)),
    toolbar: (open ? toolbars[0] : toolbars.find((el) => own.hasDescendant(el))) ?? null,
    buttons: open ? buttons : mine(buttons),
    likeButton,
    commentButton,
    shareButton,
    loading: () => (loading ??= hasOwnMatch(root, LOADING, own, open)),
  };
}

/** Whether root holds an own element matching `selector` (the first match is enough when nothing is barred). */
function hasOwnMatch(root: Element, selector: string, own: OwnElements, open: boolean): boolean {
  if (open) return root.querySelector(selector) !== null;
  const list = root.querySelectorAll(selector);
  for (let i = 0; i < list.length; i++) if (own.hasDescendant(list[i] as Element)) return true;
  return false;
}

/**
 * The post text blocks, outermost only, in document order: `story_message` wraps
 * `data-ad-comet-preview`, which usually carries `data-ad-preview` too. When every other block
 * sits in a story (the usual post), the stories are the answer and nothing needs sorting.
 */
function outermostMessages(
  stories: Element[],
  comet: ArrayLike<Element>,
  preview: ArrayLike<Element>,
  mine: (list: ArrayLike<Element>) => Element[],
): Element[] {
  const inStory = (el: Element) => stories.some((story) => story.contains(el));
  let allInStories = stories.length > 0;
  for (let i = 0; i < comet.length && allInStories; i++) allInStories = inStory(comet[i] as Element);
  for (let i = 0; i < preview.length && allInStories; i++) allInStories = inStory(preview[i] as Element);
  const messages =
    allInStories || (comet.length === 0 && preview.length === 0)
      ? stories
      : mine(inDocumentOrder([stories, comet, preview]));
  if (messages.length < 2) return messages;
  return messages.filter((m) => !messages.some((other) => other !== m && other.contains(m)));
}

function readPost(root: Element, ctx: ReadContext): PostRead | null {
  if (!isReadableRoot(root)) return null;
  const view = viewOf(root);
  if (!hasPostContent(view)) return null;

  const ref = identify(view, ctx);
  if (!ref) {
    ctx.miss('facebook.post.permalink');
    return null;
  }
  // A post open in a dialog is read there: the feed copy beneath keeps the figures it had when
  // the dialog opened.
  if (shownInOpenDialog(root, ref, ctx)) return null;

  const locale = ctx.locale || 'en';
  const author = readAuthor(view);
  if (!author.author) ctx.miss('facebook.post.author');
  const { hashtags, mentions } = readTags(view);

  const post: PostRead = {
    kind: 'post',
    network: 'facebook',
    postId: ref.postId,
    url: ref.url,
    hashtags,
    mentions,
    metrics: readMetrics(view, locale, ctx),
  };
  if (author.author) post.author = author.author;
  if (author.authorName) post.authorName = author.authorName;
  return post;
}

// ---------------------------------------------------------------------------------------------
// Which roots hold a post of their own

/** Whether `root` is a post of its own: not a comment, not a wrapper inside another post. */
function isReadableRoot(root: Element): boolean {
  if (root.matches(DIALOG)) return dialogPostRoot(root) === root;
  if (isCommentArticle(root)) return false;
  const outer = root.parentElement?.closest('[aria-posinset], [role="article"]');
  // Inside another post: a wrapper of that post's own content, which that post reads.
  return !outer;
}

/** The element to read for a dialog: an inner post when the dialog holds one, else the dialog. */
function dialogPostRoot(dialog: Element): Element | null {
  const inners = dialog.querySelectorAll(`[aria-posinset], ${ARTICLE}`);
  for (let i = 0; i < inners.length; i++) {
    const inner = inners[i] as Element;
    if (!isCommentArticle(inner) && !inner.parentElement?.closest('[aria-posinset], [role="article"]')) {
      return inner;
    }
  }
  return hasPostContent(viewOf(dialog)) ? dialog : null;
}

/**
 * Markers any rendered post has (PROFILE_NAME, MESSAGE, REACTIONS_TOOLBAR, LIKE_BUTTON,
 * COMMENT_BUTTON, AUTHOR_HEADING); an empty placeholder article has none.
 */
function hasPostContent(view: PostView): boolean {
  return (
    view.profileNames.length > 0 ||
    view.messages.length > 0 ||
    view.toolbar !== null ||
    view.likeButton ||
    view.commentButton ||
    view.headings().length > 0
  );
}

// ---------------------------------------------------------------------------------------------
// Identity

/** The post its own links name: story links first, then video, then photo; document order within. */
function findPostRef(view: PostView): PostRef | null {
  const { messages } = view;
  let best: PostRef | null = null;
  let bestInMessage = true;
  for (const link of view.links) {
    const ref = parsePostUrl(link.getAttribute('href'));
    if (!ref) continue;
    // A link in the text may point at another post; the header's timestamp names this one.
    const inMessage = messages.some((m) => m.contains(link));
    if (
      !best ||
      (bestInMessage && !inMessage) ||
      (bestInMessage === inMessage && LINK_RANK[ref.kind] < LINK_RANK[best.kind])
    ) {
      best = ref;
      bestInMessage = inMessage;
    }
  }
  return best;
}

/**
 * The post's id and permalink. Comet often leaves the timestamp link as `#` until hovered; then
 * the page URL names the post when the root is a dialog (the photo viewer and post dialogs put
 * the post in the address bar) or the only post of a single-post page.
 */
function identify(view: PostView, ctx: ReadContext): PostRef | null {
  const own = findPostRef(view);
  if (own) return own;
  const { root } = view;
  const fromPage = parsePostUrl(ctx.url.href);
  if (!fromPage) return null;
  if (root.closest(DIALOG)) return fromPage;
  // The only post: no post outside a dialog on the whole page, and none in a feed.
  const posts = root.ownerDocument.querySelectorAll('[aria-posinset]');
  for (let i = 0; i < posts.length; i++) if (!(posts[i] as Element).closest(DIALOG)) return null;
  return !root.closest(FEED) ? fromPage : null;
}

/** Whether an open dialog shows the post `root` is a (stale) copy of. */
function shownInOpenDialog(root: Element, ref: PostRef, ctx: ReadContext): boolean {
  if (root.closest(DIALOG)) return false;
  return openDialogPostIds(root.ownerDocument, ctx).has(ref.postId);
}

/**
 * The ids of the posts that open dialogs show, found once per read context and task: the
 * collector reads a batch synchronously with one context, so the page cannot change in between,
 * while finding the dialogs walks the whole document (a quarter of the reader's time when done
 * for every post). Dropped at the next microtask, so a later read never sees a stale list.
 */
let dialogPosts: { ctx: ReadContext; doc: Document; ids: Set<string> } | null = null;

function openDialogPostIds(doc: Document, ctx: ReadContext): Set<string> {
  if (dialogPosts && dialogPosts.ctx === ctx && dialogPosts.doc === doc) return dialogPosts.ids;
  const ids = new Set<string>();
  const dialogs = doc.querySelectorAll(DIALOG);
  for (let i = 0; i < dialogs.length; i++) {
    const dialog = dialogs[i] as Element;
    if (dialog.closest('[hidden]')) continue;
    const inner = dialogPostRoot(dialog);
    const id = inner ? identify(viewOf(inner), ctx)?.postId : undefined;
    if (id) ids.add(id);
  }
  const entry = { ctx, doc, ids };
  dialogPosts = entry;
  queueMicrotask(() => {
    if (dialogPosts === entry) dialogPosts = null;
  });
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Author, text, tags

/** The first of `links` (that `accept` takes) naming a profile, and its text as the name. */
function authorFromLinks(
  links: ArrayLike<Element>,
  accept?: (link: Element) => boolean,
): { author?: string; authorName?: string } | null {
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Element;
    if (accept && !accept(link)) continue;
    const handle = handleFromProfileUrl(link.getAttribute('href'));
    if (!handle) continue;
    const name = textOf(link) || cleanText(link.getAttribute('aria-label'));
    return name && name.length <= MAX_NAME_LENGTH ? { author: handle, authorName: name } : { author: handle };
  }
  return null;
}

function readAuthor(view: PostView): { author?: string; authorName?: string } {
  const { root } = view;
  // 1. The `profile_name` marker (2025–2026).
  for (const marker of view.profileNames) {
    const found = authorFromLinks(marker.querySelectorAll(LINK));
    if (found) return found;
  }
  // 2. The title the post is labelled by (`aria-labelledby` → h3, real capture Mar 2024).
  for (const id of (root.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const title = root.ownerDocument.getElementById(id);
    if (title && root.contains(title)) {
      const found = authorFromLinks(title.querySelectorAll(LINK));
      if (found) return found;
    }
  }
  // 3. A heading holding a profile link, then any visible profile link before the text.
  for (const heading of view.headings()) {
    const found = authorFromLinks(heading.querySelectorAll(LINK));
    if (found) return found;
  }
  const message = view.messages[0];
  const visible = (a: Element): boolean =>
    a.getAttribute('aria-hidden') !== 'true' && textOf(a) !== '' && (!message || precedes(a, message));
  return authorFromLinks(view.links, visible) ?? {};
}

const HASHTAG_IN_TEXT = /(?:^|[^\p{L}\p{N}_&/])#([\p{L}\p{M}\p{N}_]+)/gu;

function pushUnique(list: string[], value: string, lower: boolean): void {
  const v = (lower ? value.toLowerCase() : value).slice(0, MAX_TAG_LENGTH);
  if (v && list.length < MAX_TAGS && !list.includes(v)) list.push(v);
}

function readTags(view: PostView): { hashtags: string[]; mentions: string[] } {
  const hashtags: string[] = [];
  const mentions: string[] = [];
  for (const message of view.messages) {
    // A comment or another post nested in the text is not this post's: own links only (an `a`
    // without href names neither a hashtag nor a profile).
    const links = view.links.filter((a) => message.contains(a));
    for (const link of links) {
      if (!isHashtagLink(link)) continue;
      const text = textOf(link).replace(/^#/, '');
      if (text) pushUnique(hashtags, text, false);
    }
    // Unlinked tags, one text node at a time: paragraphs are separate blocks with no space between.
    // No "#" in the whole text (a native concatenation): no text node has one, skip the walk.
    if ((message.textContent ?? '').includes('#')) {
      const walker = message.ownerDocument.createTreeWalker(message, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        if (!text.includes('#') || !view.own.has(node.parentElement)) continue;
        for (const match of text.matchAll(HASHTAG_IN_TEXT)) {
          if (match[1]) pushUnique(hashtags, match[1], false);
        }
      }
    }
    for (const link of links) {
      if (isHashtagLink(link)) continue;
      const handle = handleFromProfileUrl(link.getAttribute('href'));
      if (handle) pushUnique(mentions, handle, true);
    }
  }
  return { hashtags, mentions };
}

/** HASHTAG_LINK (`a[href*="/hashtag/"]`) on an own link (`a[href]`). */
function isHashtagLink(link: Element): boolean {
  return (link.getAttribute('href') ?? '').includes('/hashtag/');
}

// ---------------------------------------------------------------------------------------------
// Figures

interface FooterTexts {
  /** The text the reactions total was read from, and its raw form. */
  reactions?: { text: string; raw: string };
  /** Footer segments named by their words: "12 comments", "1,2 k vues". */
  named: Partial<Record<FooterCount, string>>;
  /** Bare counts with an icon (2024 layout), in document order. */
  icons: Element[];
  toolbar: Element | null;
}

/**
 * Whether a button is where the reactions total sits rather than a comment or share count: its
 * label names reactions, or its text starts with the hidden "All reactions:". Next to the toolbar,
 * an `aria-hidden` copy of a figure is enough (real capture), whatever the language.
 */
function isReactionsButton(button: Element, locale: string, nextToToolbar: boolean): boolean {
  const label = button.getAttribute('aria-label') ?? '';
  if (
    hasDigit(label) &&
    classifyWords(cleanText(label).split(/[;；]/)[0] ?? '', FOOTER_WORDS, locale)?.kind === 'reactions'
  ) {
    return true;
  }
  const hidden = nextToToolbar ? button.querySelector(HIDDEN_COPY) : null;
  if (hidden && hasDigit(textOf(hidden))) return true;
  // Cleaning keeps every digit: no digit in the raw text, none in the clean one.
  const raw = button.textContent ?? '';
  if (!hasDigit(raw)) return false;
  const text = cleanText(raw);
  return startsWithAllReactions(text, locale);
}

/** Where the total comes from inside the reactions button: exact label, hidden copy, or text. */
function reactionsText(button: Element): { text: string; raw: string } {
  const label = cleanText(button.getAttribute('aria-label'));
  if (hasDigit(label)) return { text: label, raw: label };
  const hidden = button.querySelector(HIDDEN_COPY);
  const hiddenText = textOf(hidden);
  if (hasDigit(hiddenText)) return { text: hiddenText, raw: hiddenText };
  const all = textOf(button);
  return { text: all, raw: all };
}

function findReactions(view: PostView, locale: string, toolbar: Element | null): Element | null {
  const { buttons } = view;
  // The button next to the reactions toolbar (Comet 2021–2026, real capture).
  if (toolbar) {
    // Up to three levels up, while own: the first button after the toolbar in the innermost level
    // that has one. A level's elements are contiguous in document order and hold the toolbar, so a
    // button after the toolbar in a level comes before any that only a wider level holds: the
    // first such button within the widest level is that answer.
    let widest: Element | null = null;
    let scope = toolbar.parentElement;
    for (let level = 0; level < 3 && scope && view.own.has(scope); level++) {
      widest = scope;
      scope = scope.parentElement;
    }
    if (widest) {
      for (const b of buttons) {
        if (
          widest.contains(b) &&
          !toolbar.contains(b) &&
          precedes(toolbar, b) &&
          isReactionsButton(b, locale, true)
        ) {
          return b;
        }
      }
    }
  }
  // No toolbar rendered: a button labelled "1,234 reactions; see who reacted" or "All reactions:".
  return buttons.find((b) => isReactionsButton(b, locale, false)) ?? null;
}

/** ICON's alternatives, queried one by one (a selector list is slower in Chromium). */
const ICON_PARTS = splitSelectorList(ICON);

/** Elements whose own text holds a digit: the smallest elements a count is written in. */
function digitElements(view: PostView, exclude: Element[]): Element[] {
  const found: Element[] = [];
  const { root } = view;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // No text node under an excluded element or a barrier (a comment, a nested post) can give one:
  // the walk jumps over those subtrees instead of visiting their text. Each is known by its first
  // text node; of two that start at the same one, the outer is kept.
  const skipAt = new Map<Node, Element>();
  const { barriers } = view.own;
  for (let i = 0; i < exclude.length + barriers.length; i++) {
    const region = (i < exclude.length ? exclude[i] : barriers[i - exclude.length]) as Element;
    walker.currentNode = region;
    const first = walker.nextNode();
    if (!first || !region.contains(first)) continue;
    const known = skipAt.get(first);
    if (!known || region.contains(known)) skipAt.set(first, region);
  }
  walker.currentNode = root;
  let node = walker.nextNode();
  while (node) {
    const skip = skipAt.size > 0 ? skipAt.get(node) : undefined;
    if (skip) {
      // With only text shown, the next "sibling" is the first text node after the whole subtree.
      walker.currentNode = skip;
      node = walker.nextSibling();
      continue;
    }
    // The digit test first: most text nodes have none, and their parent is then never touched.
    if (hasDigit(node.nodeValue ?? '')) {
      const parent = node.parentElement;
      if (
        parent &&
        found[found.length - 1] !== parent &&
        parent.tagName !== 'STYLE' &&
        parent.tagName !== 'SCRIPT' &&
        view.own.has(parent) &&
        !exclude.some((x) => x.contains(parent))
      ) {
        found.push(parent);
      }
    }
    node = walker.nextNode();
  }
  return found;
}

function collectFooterTexts(view: PostView, locale: string): FooterTexts {
  const { toolbar } = view;
  const reactionsButton = findReactions(view, locale, toolbar);
  const texts: FooterTexts = { named: {}, icons: [], toolbar };
  if (reactionsButton) texts.reactions = reactionsText(reactionsButton);

  const exclude = [
    ...view.messages,
    ...(toolbar ? [toolbar] : []),
    ...(reactionsButton ? [reactionsButton] : []),
  ];
  for (const element of digitElements(view, exclude)) {
    const own = textOf(element);
    const parentText = textOf(element.parentElement);
    // "12 comments" in one text node, or "<span>12</span> comments" one level up.
    for (const candidate of [own, parentText === own ? '' : parentText]) {
      if (!candidate || candidate.length > MAX_COUNT_TEXT) continue;
      let matched = false;
      // "114 réactions · 17 partages": one element can state several counts.
      for (const segment of candidate.split(/\s*[·•|]\s*/)) {
        const found = classifyWords(segment, FOOTER_WORDS, locale);
        if (!found || !isBareCount(found.figureText)) continue;
        matched = true;
        texts.named[found.kind] ??= segment;
      }
      if (matched) break;
    }
  }

  for (const button of view.buttons) {
    // Most buttons (Like, Comment, Share) hold no digit: skip them before any string work.
    const raw = button.textContent;
    if (!raw || !hasDigit(raw) || exclude.some((x) => x.contains(button))) continue;
    if (isBareCount(cleanText(raw)) && ICON_PARTS.some((icon) => button.querySelector(icon) !== null)) {
      texts.icons.push(button);
    }
  }
  return texts;
}

/**
 * The 2024 footer shows comments and shares as a bare figure beside an icon (real capture:
 * "٧" and a speech bubble), comments first. Two figures: comments, then shares. One figure: a
 * post that names its parts with `aria-describedby` lists the comment count among them (real
 * capture), so a lone figure is comments when the post refers to it and unknown when it does not;
 * a dialog has no such list, and there the lone figure is comments, as it is first in the row.
 */
function readIconCounts(
  root: Element,
  icons: Element[],
): { comments?: Element; shares?: Element; ambiguous: boolean } {
  if (icons.length >= 2) return { comments: icons[0], shares: icons[1], ambiguous: false };
  const [only] = icons;
  if (!only) return { ambiguous: false };
  const describedBy = (root.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (describedBy.length === 0) return { comments: only, ambiguous: false };
  return describedBy.includes(only.id) ? { comments: only, ambiguous: false } : { ambiguous: true };
}

/** The reactions total: "142", "1.2K", "You and 676 others" (677), "1,234 reactions; see who…". */
function reactionsReading(text: string, raw: string, locale: string): MetricReading | null {
  const others = splitOthers(text, locale);
  if (others) {
    const base = readingFrom(others.figureText, locale, raw);
    const extra = others.names;
    if (!base || (base.max ?? base.value) + extra > MAX_READING_COUNT) return null;
    return {
      value: base.value + extra,
      raw: base.raw,
      min: base.min + extra,
      max: base.max === null ? null : base.max + extra,
    };
  }
  return readingFrom(text, locale, raw);
}

function isFullyRendered(view: PostView): boolean {
  return view.likeButton && view.commentButton && !view.loading();
}

function readMetrics(view: PostView, locale: string, ctx: ReadContext): PostMetrics {
  const texts = collectFooterTexts(view, locale);
  const metrics: PostMetrics = {};

  if (texts.reactions) {
    const reading = reactionsReading(texts.reactions.text, texts.reactions.raw, locale);
    if (reading) metrics.likes = reading;
    else ctx.miss('facebook.post.reactions', texts.reactions.raw);
  } else if (texts.named.reactions) {
    const reading = readingFrom(texts.named.reactions, locale);
    if (reading) metrics.likes = reading;
  } else if (texts.toolbar) {
    ctx.miss('facebook.post.reactions', 'toolbar without a total');
  }

  const icons = readIconCounts(view.root, texts.icons);
  if (icons.ambiguous) ctx.miss('facebook.post.iconCount');
  const comments = texts.named.comments
    ? readingFrom(texts.named.comments, locale)
    : icons.comments
      ? readingFrom(textOf(icons.comments), locale)
      : null;
  if (comments) metrics.comments = comments;
  const shares = texts.named.shares
    ? readingFrom(texts.named.shares, locale)
    : icons.shares
      ? readingFrom(textOf(icons.shares), locale)
      : null;
  if (shares) metrics.shares = shares;
  const views = texts.named.views ? readingFrom(texts.named.views, locale) : null;
  if (views) metrics.views = views;

  // Zeros only where nothing at all was shown for the figure (a shown but unreadable count is unknown),
  // and only in a language whose words would have been recognised had a count been shown.
  if (isFullyRendered(view) && !icons.ambiguous && knowsFooterWords(locale)) {
    if (!texts.toolbar && !texts.reactions && !texts.named.reactions) metrics.likes = zeroReading();
    if (!texts.named.comments && !icons.comments) metrics.comments = zeroReading();
    if (!texts.named.shares && !icons.shares && view.shareButton) metrics.shares = zeroReading();
  }
  // Every post shows reactions and comments when it has any: say which hook found nothing. (Shares
  // and views are often legitimately absent, so their absence is not a miss.)
  if (!metrics.likes && !texts.reactions && !texts.toolbar) ctx.miss('facebook.post.likes');
  if (!metrics.comments) ctx.miss('facebook.post.comments');
  return metrics;
}

// ---------------------------------------------------------------------------------------------
// Signature for reused nodes

/**
 * What a post root shows now: its id and the text of its counts. Facebook reuses a root for
 * another post (and rewrites counts in place), so the collector compares signatures rather than
 * elements. Nothing is cached on the element. Never throws; '' when nothing is readable.
 */
export function postSignature(root: Element): string {
  try {
    const locale = root.ownerDocument.documentElement.getAttribute('lang') || 'en';
    const view = viewOf(root);
    const ref = findPostRef(view);
    const texts = collectFooterTexts(view, locale);
    const parts = [
      ref?.postId ?? '',
      texts.reactions?.text ?? '',
      ...Object.entries(texts.named).map(([kind, text]) => `${kind}:${text}`),
      ...texts.icons.map((icon) => textOf(icon)),
    ];
    return parts.join('|');
  } catch {
    return '';
  }
}
