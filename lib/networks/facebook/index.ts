import type { NetworkAdapter } from '../types';
import { readFacebookPost } from './read-post';
import { readFacebookProfile } from './read-profile';
import { readFacebookViewer } from './viewer';
import { DIALOG, FEED, MAIN, POST_ROOTS, PROFILE_ROOTS } from './selectors';

export { postSignature } from './read-post';
export { readPageHeaderCounts } from './read-profile';
export { parsePostUrl, stripTrackingParams, handleFromProfileUrl } from './url';

/**
 * The elements to observe: open dialogs, the page body, and feeds outside it. A scope inside
 * another is left out, so no mutation is seen twice.
 */
function findScopes(doc: Document): Element[] {
  const candidates = [
    ...Array.from(doc.querySelectorAll(DIALOG)).filter((d) => !d.closest('[hidden]')),
    ...Array.from(doc.querySelectorAll(MAIN)),
    ...Array.from(doc.querySelectorAll(FEED)),
  ];
  return candidates.filter(
    (scope, index) => !candidates.some((other, j) => j !== index && other !== scope && other.contains(scope)),
  );
}

export const facebookAdapter: NetworkAdapter = {
  network: 'facebook',
  parserVersion: 1,
  findScopes,
  postSelector: POST_ROOTS,
  readPost: readFacebookPost,
  profileSelector: PROFILE_ROOTS,
  readProfile: readFacebookProfile,
  readViewer: readFacebookViewer,
};
