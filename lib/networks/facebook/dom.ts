import type { MetricReading } from '../../model/records';
import { hasDigit } from '../../numbers/has-digit';
import { MAX_READING_COUNT, parseCount } from '../../numbers/parse-count';

/** Shared by every reader; re-exported for this network's modules. */
export { hasDigit };
import { POST_BOUNDARY } from './selectors';

/** Raw text is kept for the user to check a figure against the page, capped like the schema. */
const RAW_MAX = 200;

/** Bidi marks wrap every Arabic figure ("‏٤٫٧ ألف‏"): they are not text a reader cares about. */
const BIDI_CLASS = '\\u200e\\u200f\\u061c\\u202a-\\u202e\\u2066-\\u2069\\u200b\\ufeff';
const BIDI_MARKS = new RegExp(`[${BIDI_CLASS}]`, 'g');

/** What `cleanText` replaces: a bidi mark, a line break or tab, or two spaces in a row. */
const NEEDS_CLEANING = new RegExp(`[${BIDI_CLASS}\\t\\n\\r\\f\\v]| {2}`);

/**
 * Text as the page shows it: bidi marks dropped, runs of ordinary white space (line breaks of
 * the markup) made one space. No-break spaces stay: "1,2\u00a0k" is kept as the site wrote it.
 */
export function cleanText(text: string | null | undefined): string {
  const t = text ?? '';
  // Most texts hold neither a mark nor a run of white space: then both replacements change nothing.
  if (!NEEDS_CLEANING.test(t)) return t.trim();
  return t
    .replace(BIDI_MARKS, '')
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .trim();
}

/** The text of an element, cleaned; '' for none. */
export function textOf(element: Element | null | undefined): string {
  return element ? cleanText(element.textContent) : '';
}

/**
 * Whether a text is a figure alone, as the 2024 icon footer shows it ("٧", "1,2 k", "٣ آلاف"):
 * it starts with the figure, and only a compact suffix of up to five letters may follow.
 */
const BARE_COUNT = /^[^\p{L}\p{Nd}]{0,2}\p{Nd}[\p{Nd}\s.,٫٬'’]*(?:[\p{L}\p{M}]{1,5}\.?)?$/u;

export function isBareCount(text: string): boolean {
  return text.length <= 24 && BARE_COUNT.test(text);
}

/** A reading from page text through the shared number parser; null when it holds no count. */
export function readingFrom(text: string, locale: string, raw: string = text): MetricReading | null {
  if (!hasDigit(text)) return null;
  const parsed = parseCount(text, locale);
  if (!parsed || parsed.max > MAX_READING_COUNT) return null;
  return { value: parsed.value, raw: cleanText(raw).slice(0, RAW_MAX), min: parsed.min, max: parsed.max };
}

/** A count the site leaves out because it is zero (see the rules in read-post.ts). */
export function zeroReading(): MetricReading {
  return { value: 0, raw: '', min: 0, max: 0 };
}

/**
 * A comment: `role="article"` without `aria-posinset` that is labelled ("Comment by …",
 * "Commentaire de …") or sits in a comment list item (Comet 2020–2026). Post articles of the
 * real capture carry no `aria-label`.
 */
export function isCommentArticle(element: Element): boolean {
  if (element.getAttribute('role') !== 'article' || element.hasAttribute('aria-posinset')) return false;
  if ((element.getAttribute('aria-label') ?? '').trim().length > 0) return true;
  const item = element.parentElement?.closest('li');
  return !!item && !!item.parentElement?.closest(POST_BOUNDARY);
}

/** Where a barrier can be: what isBarrier accepts is always one of these. */
const BARRIER_CANDIDATES = '[aria-posinset], [role="dialog"], [role="article"]';

/** An element that holds a reading of its own: another post, a dialog, a comment. */
export function isBarrier(element: Element): boolean {
  return (
    element.hasAttribute('aria-posinset') ||
    element.getAttribute('role') === 'dialog' ||
    isCommentArticle(element)
  );
}

/**
 * The elements of root's own post: everything under it but comments, dialogs and nested posts.
 * Built afresh for every read (Facebook reuses elements, so nothing is kept on them). The few
 * barriers are found with one native query (or handed over by a caller that found them in its
 * own query); membership is then "under no barrier", so no walk over every element of the post
 * is needed (a profile of a long feed showed that walk, with a JavaScript `matches` per element
 * per hook, as the reader's main cost).
 */
export class OwnElements {
  readonly root: Element;
  /** The barriers under root (possibly nested or listed twice). */
  readonly barriers: Element[];

  /**
   * `barriers`, when given, are the barriers under root that the caller found in its own queries
   * (one inside another may be left out or listed twice: that changes no answer).
   */
  constructor(root: Element, barriers?: Element[]) {
    this.root = root;
    this.barriers = barriers ?? Array.from(root.querySelectorAll(BARRIER_CANDIDATES)).filter(isBarrier);
  }

  /** Whether an element is part of the post itself (the root included). */
  has(element: Element | null): boolean {
    if (!element) return false;
    if (element === this.root) return true;
    if (!this.root.contains(element)) return false;
    return this.hasDescendant(element);
  }

  /** `has` for an element known to be under root (one a query of root found). */
  hasDescendant(element: Element): boolean {
    const { barriers } = this;
    for (let i = 0; i < barriers.length; i++) if ((barriers[i] as Element).contains(element)) return false;
    return true;
  }
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/** The elements of several lists, each once, in document order (shared with the other readers). */
export { inDocumentOrder } from '../../dom/selector-lists';
