import type { ReadContext, ViewerRead } from '../types';
import { handleFromProfileUrl } from './url';

/**
 * Comet's own navigation, never the feed or a profile header (those show other people):
 * - the account menu, `div[role="navigation"][aria-label="Account controls and settings"]`
 *   (real capture, Mar 2024), whose open dialog links to the user's profile with their name;
 * - the home page's left rail, `div[role="navigation"][aria-label="Shortcuts"]`, whose first
 *   item is the "Your profile" shortcut: a link to the user's profile with their name.
 * Labels follow the UI language, so each is listed in the languages seen.
 */
const ACCOUNT_MENU_LABELS = [
  'Account controls and settings',
  'Contrôles et paramètres du compte',
  'عناصر التحكم وإعدادات الحساب',
];
const SHORTCUTS_LABELS = ['Shortcuts', 'Raccourcis', 'الاختصارات'];

/** A link labelled "Your profile" (the shortcut's label in some builds), in the languages seen. */
const YOUR_PROFILE_LABELS = ['Your profile', 'Votre profil', 'ملفك الشخصي'];

/** Content regions: a profile link in there is a post author or a page, not the viewer. */
const CONTENT = '[role="main"], [role="feed"], [role="article"], [aria-posinset]';

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function navigations(doc: Document, labels: string[]): Element[] {
  return Array.from(doc.querySelectorAll('[role="navigation"][aria-label]')).filter((nav) =>
    labels.includes(clean(nav.getAttribute('aria-label'))),
  );
}

function viewerFromLink(link: Element | null | undefined): ViewerRead | null {
  if (!link || link.closest(CONTENT)) return null;
  const handle = handleFromProfileUrl(link.getAttribute('href'));
  if (!handle) return null;
  const label = clean(link.getAttribute('aria-label'));
  const text = clean(link.textContent) || (YOUR_PROFILE_LABELS.includes(label) ? '' : label);
  const displayName = text.slice(0, 500);
  return displayName ? { handle, displayName } : { handle };
}

/** The account the user is logged in as on facebook.com, or null when no navigation shows it. */
export function readFacebookViewer(doc: Document, ctx: ReadContext): ViewerRead | null {
  try {
    for (const nav of navigations(doc, ACCOUNT_MENU_LABELS)) {
      const found = viewerFromLink(nav.querySelector('a[href]'));
      if (found) return found;
    }
    for (const link of Array.from(doc.querySelectorAll('a[href][aria-label]'))) {
      if (!YOUR_PROFILE_LABELS.includes(clean(link.getAttribute('aria-label')))) continue;
      const found = viewerFromLink(link);
      if (found) return found;
    }
    // Only the first shortcut: the ones after it are the user's groups and Pages.
    for (const nav of navigations(doc, SHORTCUTS_LABELS)) {
      const found = viewerFromLink(nav.querySelector('a[href]'));
      if (found) return found;
    }
    ctx.miss('facebook.viewer');
    return null;
  } catch (error) {
    ctx.miss('facebook.viewer', String(error));
    return null;
  }
}
