import type { ReadContext, ViewerRead } from '../types';
import { handleFromProfileHref } from './url';

/**
 * The logged-in account's hooks, both in the side navigation (2023–2025 web app), never in the
 * primary column: a post or profile header there belongs to someone else.
 */
/** "Profile" tab: `<a href="/<handle>" aria-label="Profile" data-testid="AppTabBar_Profile_Link">`. */
const PROFILE_TAB = 'a[data-testid="AppTabBar_Profile_Link"][href]';
/** Account switcher at the bottom of the side nav: avatar, display name, then "@handle". */
const ACCOUNT_SWITCHER = '[data-testid="SideNav_AccountSwitcher_Button"]';

const AT_HANDLE = /^@([A-Za-z0-9_]{1,50})$/;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The profile tab's handle, only when its href is the bare profile path ("/TestUser123"). */
function handleFromProfileTab(doc: Document): string | null {
  const href = doc.querySelector(PROFILE_TAB)?.getAttribute('href') ?? '';
  if (!/^(?:https:\/\/(?:x|twitter)\.com)?\/[A-Za-z0-9_]{1,50}\/?$/.test(href)) return null;
  return handleFromProfileHref(href);
}

/** The switcher's "@handle" and the display name shown above it. */
function readAccountSwitcher(doc: Document): ViewerRead | null {
  const button = doc.querySelector(ACCOUNT_SWITCHER);
  if (!button) return null;
  const texts = Array.from(button.querySelectorAll('span'))
    .filter((span) => span.querySelector('span') === null)
    .map((span) => clean(span.textContent))
    .filter((text) => text !== '');
  const at = texts.map((text) => AT_HANDLE.exec(text)?.[1]).find((h) => h !== undefined);
  const handle = at ? handleFromProfileHref(`/${at}`) : null;
  if (!handle) return null;
  const displayName = texts.find((text) => !text.startsWith('@'))?.slice(0, 500);
  return displayName ? { handle, displayName } : { handle };
}

/** The account the user is logged in as on x.com, or null when the side navigation is not shown. */
export function readXViewer(doc: Document, ctx: ReadContext): ViewerRead | null {
  try {
    const fromTab = handleFromProfileTab(doc);
    const switcher = readAccountSwitcher(doc);
    if (fromTab) {
      return switcher?.handle === fromTab ? switcher : { handle: fromTab };
    }
    if (switcher) return switcher;
    ctx.miss('x.viewer');
    return null;
  } catch (error) {
    ctx.miss('x.viewer', String(error));
    return null;
  }
}
