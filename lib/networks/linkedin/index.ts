/**
 * The LinkedIn adapter: home feed, recent-activity pages, single updates, member and company
 * pages (logged in or not), and the owner's post analytics and dashboard pages.
 */
import type { NetworkAdapter } from '../types';
import { readPage } from './read-page';
import { readPost } from './read-post';
import { readProfile } from './read-profile';
import { readLinkedInViewer } from './viewer';
import { FALLBACK_SCOPE, POST_ROOT, PROFILE_ROOT, SCOPES } from './selectors';

/** The outermost matches of a selector list, in document order. */
function outermost(doc: Document, selector: string): Element[] {
  const found: Element[] = [];
  for (const el of doc.querySelectorAll(selector)) {
    if (!found.some((scope) => scope.contains(el))) found.push(el);
  }
  return found;
}

/** The update lists, headers and identity card; the main column when none has rendered yet. */
function findScopes(doc: Document): Element[] {
  try {
    const scopes = outermost(doc, SCOPES);
    return scopes.length > 0 ? scopes : outermost(doc, FALLBACK_SCOPE);
  } catch {
    return [];
  }
}

export const linkedinAdapter: NetworkAdapter = {
  network: 'linkedin',
  parserVersion: 1,
  findScopes,
  postSelector: POST_ROOT,
  readPost,
  profileSelector: PROFILE_ROOT,
  readProfile,
  readPage,
  readViewer: readLinkedInViewer,
};
