import type { ReadContext, ViewerRead } from '../types';
import { linkedinUrl, handleFromHref } from './url';

/**
 * The "Me" menu of the global nav (classic markup, 2023–2026): its dropdown header links to the
 * user's own profile, `/in/<handle>/`, with their name; the trigger's photo has their name as alt.
 */
const ME_MENU_LINK = '.global-nav__me-content a[href]';
const ME_PHOTO = 'img.global-nav__me-photo[alt]';
/** The feed's left-rail identity card (classic feed): the user's photo and name, linked. */
const IDENTITY_CARD_LINK = '.feed-identity-module a[href]';

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A member handle, only from a `/in/<handle>` link: a company page is never the viewer. */
function memberHandle(link: Element): string | null {
  const href = link.getAttribute('href');
  const url = linkedinUrl(href);
  if (!url || !/^\/in\/[^/]+\/?$/.test(url.pathname)) return null;
  return handleFromHref(href);
}

function firstMember(doc: Document, selector: string): { handle: string; name: string } | null {
  for (const link of Array.from(doc.querySelectorAll(selector))) {
    const handle = memberHandle(link);
    if (handle) return { handle, name: clean(link.textContent) };
  }
  return null;
}

/** The account the user is logged in as on linkedin.com, or null when the nav is not shown. */
export function readLinkedInViewer(doc: Document, ctx: ReadContext): ViewerRead | null {
  try {
    const found = firstMember(doc, ME_MENU_LINK) ?? firstMember(doc, IDENTITY_CARD_LINK);
    if (!found) {
      ctx.miss('linkedin.viewer');
      return null;
    }
    const displayName = (clean(doc.querySelector(ME_PHOTO)?.getAttribute('alt')) || found.name).slice(0, 500);
    return displayName ? { handle: found.handle, displayName } : { handle: found.handle };
  } catch (error) {
    ctx.miss('linkedin.viewer', String(error));
    return null;
  }
}
