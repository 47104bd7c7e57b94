/**
 * The Instagram adapter: what the collector needs to find and read Instagram's posts, profile
 * headers and served meta tags. See selectors.ts for the markup each hook matches.
 */
import type { NetworkAdapter } from '../types';
import { readInstagramPage } from './read-page';
import { readInstagramPost } from './read-post';
import { readInstagramProfile } from './read-profile';
import { readInstagramViewer } from './viewer';
import { POST_ROOT_SELECTORS, PROFILE_ROOT_SELECTORS, SCOPE_SELECTORS } from './selectors';

/** The main column (deduplicated: `section > main` is usually the same element) and open dialogs. */
function findInstagramScopes(doc: Document): Element[] {
  const scopes: Element[] = [];
  try {
    for (const selector of SCOPE_SELECTORS) {
      for (const el of doc.querySelectorAll(selector)) {
        if (!scopes.some((s) => s === el || s.contains(el))) scopes.push(el);
      }
    }
  } catch {
    // A document without querySelectorAll support: the collector falls back to document.body.
  }
  return scopes;
}

export const instagramAdapter: NetworkAdapter = {
  network: 'instagram',
  parserVersion: 1,
  // Over the top-right corner of the photo: the header row above is too narrow for it.
  badgeOffset: { top: 76, right: 10 },
  findScopes: findInstagramScopes,
  postSelector: POST_ROOT_SELECTORS.join(', '),
  readPost: readInstagramPost,
  profileSelector: PROFILE_ROOT_SELECTORS.join(', '),
  readProfile: readInstagramProfile,
  readPage: readInstagramPage,
  readViewer: readInstagramViewer,
};
