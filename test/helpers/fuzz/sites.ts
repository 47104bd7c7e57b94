/**
 * Per site: the seed, the number of cases, the hooks the readers use, and the conventions the
 * readers document (when a zero may be written, which figures are often legitimately absent).
 * docs/RELIABILITY.md quotes these numbers.
 */
import type { Network } from '../../../lib/model/records';
import type { SiteFuzzConfig } from './dom-fuzz';
import { normalizeForSearch } from './properties';
import { baseSeed, scaled } from './random';

/** The Facebook action-bar markers whose presence (and no loading placeholder) means "fully rendered". */
const FACEBOOK_RENDERED = {
  like: '[data-ad-rendering-role="like_button"]',
  comment: '[data-ad-rendering-role="comment_button"]',
  loading: '[data-visualcompletion="loading-state"]',
};

/** Base seeds, a million apart so that no two suites share a case seed. */
export const SITE_SEEDS: Record<Network, number> = {
  x: 0x5e100000,
  instagram: 0x5e200000,
  facebook: 0x5e300000,
  linkedin: 0x5e400000,
};

/** Base seeds of the hostile-text cases. */
export const HOSTILE_SEEDS: Record<Network, number> = {
  x: 0x5e110000,
  instagram: 0x5e210000,
  facebook: 0x5e310000,
  linkedin: 0x5e410000,
};

export function siteConfig(network: Network): SiteFuzzConfig {
  const seed = baseSeed(SITE_SEEDS[network]);
  switch (network) {
    case 'x':
      return {
        network,
        seed,
        cases: { post: scaled(1300), profile: scaled(300), page: 0 },
        hugeCases: { post: 8, profile: 4, page: 0 },
        hooks: ['data-testid', 'aria-label', 'role', 'href', 'datetime', 'dir'],
        // X leaves zero counts out of a group label it states in full: their raw is that label.
        zeroByConvention: (reading, element) =>
          Array.from(element.querySelectorAll('[role="group"]')).some(
            (group) =>
              normalizeForSearch((group.getAttribute('aria-label') ?? '').trim().slice(0, 200)).trim() ===
              normalizeForSearch(reading.raw).trim(),
          ),
      };
    case 'instagram':
      return {
        network,
        seed,
        cases: { post: scaled(1100), profile: scaled(300), page: scaled(300) },
        hugeCases: { post: 8, profile: 4, page: 4 },
        hooks: ['href', 'datetime', 'role', 'title', 'dir', 'property', 'content', 'rel'],
        // Comment counts and views are not shown on every post (comments off, photos): no miss.
        silentlyUnknown: ['comments', 'views'],
        // Instagram shows no count when it is zero or hidden: a zero must be written on the page.
        zeroByConvention: () => false,
      };
    case 'facebook':
      return {
        network,
        seed,
        cases: { post: scaled(1100), profile: scaled(250), page: 0 },
        hugeCases: { post: 8, profile: 4, page: 0 },
        hooks: [
          'data-ad-rendering-role',
          'data-ad-comet-preview',
          'aria-label',
          'role',
          'aria-hidden',
          'href',
          'data-visualcompletion',
          'aria-posinset',
        ],
        // Shares and views are often legitimately absent (private groups, non-video posts): no miss.
        silentlyUnknown: ['shares', 'views'],
        // Facebook leaves zero counts out: the reader writes 0 (raw '') only for a fully rendered post.
        zeroByConvention: (reading, element) =>
          reading.raw === '' &&
          element.querySelector(FACEBOOK_RENDERED.like) !== null &&
          element.querySelector(FACEBOOK_RENDERED.comment) !== null &&
          element.querySelector(FACEBOOK_RENDERED.loading) === null,
      };
    case 'linkedin':
      return {
        network,
        seed,
        cases: { post: scaled(800), profile: scaled(200), page: scaled(200) },
        // LinkedIn's header and page readers take a second or two on a 1 MB text (see RELIABILITY.md).
        hugeCases: { post: 6, profile: 2, page: 2 },
        hooks: [
          'data-view-name',
          'data-urn',
          'data-id',
          'class',
          'aria-label',
          'href',
          'data-view-tracking-scope',
          'data-num-reactions',
          'data-num-comments',
          'componentkey',
          'data-activity-urn',
        ],
        // Views (impressions) are shown to the owner only: their absence is no miss.
        silentlyUnknown: ['views'],
        // The analytics page and dashboard print "87" and "Profile viewers" in separate elements.
        joinedRaw: ['page'],
        // LinkedIn hides zero counts: a zero must be written on the page.
        zeroByConvention: () => false,
      };
  }
}
