/**
 * Reads a LinkedIn member or company header (followers, connections) and, for the owner, the
 * profile views LinkedIn shows them. Pure: takes a root element, returns data.
 */
import type { MetricReading, ProfileMetrics } from '../../model/records';
import type { ProfileRead, ReadContext } from '../types';
import { figureBefore, readingFrom, textOf } from './figures';
import {
  CANONICAL_LINK,
  OWNER_LINK,
  PAGE_MAIN,
  PROFILE_HEADER,
  PROFILE_LINE,
  PROFILE_NAME,
  PROFILE_VIEWS_LINK,
} from './selectors';
import { handleFromHref, pageKind, pageOwner } from './url';
import { PROFILE_WORDS, type ProfileCountName, wordRegExpFor } from './words';

/** A header line longer than this is a container, not a line. */
const MAX_LINE = 300;

/**
 * The figure written before one of the words, read in the innermost line that holds the word
 * (an outer block glues its lines together: "Since 2019" + "1,532 followers"), then in wider ones.
 */
function figureIn(scope: Element, name: ProfileCountName, locale: string): MetricReading | null {
  const words = wordRegExpFor(PROFILE_WORDS, name, locale);
  const lines = [scope, ...scope.querySelectorAll(PROFILE_LINE)].filter((line) => {
    const text = textOf(line);
    return text.length > 0 && text.length <= MAX_LINE && words.test(text);
  });
  const depth = (line: Element) => lines.filter((other) => other !== line && line.contains(other)).length;
  const ordered = lines.map((line) => ({ line, inner: depth(line) })).sort((a, b) => a.inner - b.inner);
  for (const { line } of ordered) {
    const figure = figureBefore(textOf(line), words);
    const reading = figure ? readingFrom(figure, locale) : null;
    if (reading) return reading;
  }
  return null;
}

/** Whose header this is: the URL's owner on a profile or company page, else what the page says. */
function headerHandle(doc: Document, ctx: ReadContext): string | null {
  const owner = pageOwner(ctx.url);
  if (owner) return owner;
  for (const el of doc.querySelectorAll(CANONICAL_LINK)) {
    const handle = handleFromHref(el.getAttribute('href') ?? el.getAttribute('content'));
    if (handle) return handle;
  }
  return null;
}

/** The signed-in member, from the identity card or the "Me" menu. */
function signedInHandle(doc: Document): string | null {
  for (const link of doc.querySelectorAll(OWNER_LINK)) {
    const handle = handleFromHref(link.getAttribute('href'));
    if (handle) return handle;
  }
  return null;
}

/** "87 profile views", from the owner-only link to who viewed the profile. */
function profileViewsIn(doc: Document, locale: string): MetricReading | null {
  const words = wordRegExpFor(PROFILE_WORDS, 'profileViews', locale);
  for (const link of doc.querySelectorAll(PROFILE_VIEWS_LINK)) {
    const text = textOf(link);
    const aria = textOf(link.querySelector('[aria-hidden="true"]'));
    for (const candidate of [aria, text]) {
      const figure = candidate && words.test(candidate) ? figureBefore(candidate, words) : null;
      // The feed's identity card writes the label first: "Profile viewers 87".
      const reading = figure
        ? readingFrom(figure, locale)
        : candidate
          ? readingAfterLabel(candidate, words, locale)
          : null;
      if (reading) return reading;
    }
  }
  return null;
}

function readingAfterLabel(text: string, words: RegExp, locale: string): MetricReading | null {
  const match = words.exec(text);
  if (!match) return null;
  const after = text.slice(match.index + match[0].length).trim();
  return /^\d/.test(after) ? readingFrom(text, locale, after) : null;
}

function inMain(el: Element): boolean {
  return el.closest(PAGE_MAIN) !== null;
}

/** Reads a header (or the owner's profile-views link). Null when whose it is cannot be told. Never throws. */
export function readProfile(root: Element, ctx: ReadContext): ProfileRead | null {
  try {
    const doc = root.ownerDocument;
    const kind = pageKind(ctx.url);
    const isViewsLink = root.matches(PROFILE_VIEWS_LINK);
    // The dashboard's figures are read as a whole by readPage.
    if (isViewsLink && kind === 'dashboard') return null;
    const header = isViewsLink ? (kind === 'profile' ? doc.querySelector(PROFILE_HEADER) : null) : root;
    // On one's own profile the views link sits in the page; elsewhere (the feed's identity card)
    // it belongs to the signed-in member.
    const handle = header || kind === 'profile' ? headerHandle(doc, ctx) : signedInHandle(doc);
    if (!handle) {
      ctx.miss('linkedin.profile.handle');
      return null;
    }
    const metrics: ProfileMetrics = {};
    if (header) {
      for (const name of ['followers', 'connections'] as const) {
        const reading = figureIn(header, name, ctx.locale);
        if (reading) metrics[name] = reading;
        // A member's header always states connections; a company's never does.
        else if (name === 'followers' || kind === 'profile') ctx.miss(`linkedin.profile.${name}`, handle);
      }
    }
    const ownViews =
      kind === 'profile' ? [...doc.querySelectorAll(PROFILE_VIEWS_LINK)].some(inMain) : isViewsLink;
    if (ownViews) {
      const views = profileViewsIn(doc, ctx.locale);
      if (views) metrics.profileViews = views;
      else ctx.miss('linkedin.profile.profileViews', handle);
    }
    const read: ProfileRead = { kind: 'profile', network: 'linkedin', handle, metrics };
    const name = header ? textOf(header.querySelector(PROFILE_NAME)) : '';
    if (name && name.length <= 500) read.displayName = name;
    return read;
  } catch (error) {
    ctx.miss('linkedin.readProfile', error instanceof Error ? error.message : String(error));
    return null;
  }
}
