import type { NetworkAdapter } from '../types';
import { readXPost } from './read-post';
import { readXProfile } from './read-profile';
import { readXViewer } from './viewer';
import { POST_ROOT, PROFILE_ROOT, SCOPE_SELECTORS } from './selectors';

/** The columns that hold X's timeline, focused post and profile header: the first alternative found. */
export function findXScopes(doc: Document): Element[] {
  for (const selector of SCOPE_SELECTORS) {
    const found = Array.from(doc.querySelectorAll(selector));
    if (found.length > 0) return found;
  }
  return [];
}

/** Reads x.com (and twitter.com) pages. Bump parserVersion when a reading changes meaning. */
export const xAdapter: NetworkAdapter = {
  network: 'x',
  parserVersion: 1,
  findScopes: findXScopes,
  postSelector: POST_ROOT,
  profileSelector: PROFILE_ROOT,
  readPost: readXPost,
  readProfile: readXProfile,
  readViewer: readXViewer,
};
