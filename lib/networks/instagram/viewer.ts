import type { ReadContext, ViewerRead } from '../types';
import { instagramPath, profileHandleFromHref } from './url';

/**
 * Where the page's content sits (2024–2026 web app): a link in there is a post author, a story, a
 * profile header or the suggestions sidebar, i.e. possibly someone else. The side (or bottom)
 * navigation is outside all of them.
 */
const CONTENT = 'main, [role="main"], article, header, [role="dialog"], [role="menu"]';

/**
 * The nav's "Profile" / "Profil" item (2024–2026 web app): `<a href="/<handle>/" role="link">`
 * holding `<img alt="<handle>'s profile picture">` (fr "Photo de profil de <handle>") and the
 * word. The word and the alt follow the UI language; the handle in both href and alt does not.
 */
const NAV_PROFILE_LINK = 'a[href] img[alt]';

/** "lea.moreau's profile picture", "Photo de profil de lea.moreau": the handle as a whole word. */
function altNamesHandle(alt: string, handle: string): boolean {
  return alt
    .toLowerCase()
    .split(/[^a-z0-9._]+/)
    .includes(handle);
}

/** The account the user is logged in as on instagram.com, or null when the nav is not shown. */
export function readInstagramViewer(doc: Document, ctx: ReadContext): ViewerRead | null {
  try {
    for (const img of Array.from(doc.querySelectorAll(NAV_PROFILE_LINK))) {
      const link = img.closest('a[href]');
      if (!link || link.closest(CONTENT)) continue;
      const href = link.getAttribute('href');
      const path = instagramPath(href);
      const handle = profileHandleFromHref(href);
      // The bare profile path only: "/lea.moreau/", not "/lea.moreau/tagged/".
      if (!handle || !path || path.replace(/\/$/, '').toLowerCase() !== `/${handle}`) continue;
      if (altNamesHandle(img.getAttribute('alt') ?? '', handle)) return { handle };
    }
    ctx.miss('instagram.viewer');
    return null;
  } catch (error) {
    ctx.miss('instagram.viewer', String(error));
    return null;
  }
}
