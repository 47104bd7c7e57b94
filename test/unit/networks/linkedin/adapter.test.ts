import { linkedinAdapter } from '../../../../lib/networks/linkedin';
import { LINKEDIN_FIXTURES } from '../../../fixtures/linkedin/expectations';
import { loadFixture, parseHtml } from './load';

describe('LinkedIn adapter', () => {
  it('declares itself as the linkedin network, parser version 1', () => {
    expect(linkedinAdapter.network).toBe('linkedin');
    expect(linkedinAdapter.parserVersion).toBe(1);
    expect(typeof linkedinAdapter.readProfile).toBe('function');
    expect(typeof linkedinAdapter.readPage).toBe('function');
  });

  it('matches update roots in the classic, 2025–26 and logged-out markups', () => {
    const count = (file: string) => loadFixture(file).querySelectorAll(linkedinAdapter.postSelector).length;
    // Eight updates, the first wrapped twice (2025 wrapper around the classic card).
    expect(count(LINKEDIN_FIXTURES.feedClassicEn.file)).toBe(9);
    expect(count(LINKEDIN_FIXTURES.feed2026Fr.file)).toBe(8);
    expect(count(LINKEDIN_FIXTURES.realCompanyGuest.file)).toBe(10);
  });

  it('observes the update list and the identity card, not the whole page', () => {
    const doc = loadFixture(LINKEDIN_FIXTURES.feedClassicEn.file);
    const scopes = linkedinAdapter.findScopes(doc);
    expect(scopes.map((el) => el.className.split(' ')[0])).toEqual([
      'feed-identity-module',
      'scaffold-finite-scroll__content',
    ]);
    const fr = linkedinAdapter.findScopes(loadFixture(LINKEDIN_FIXTURES.feed2026Fr.file));
    expect(fr.some((el) => el.getAttribute('data-testid') === 'mainFeed')).toBe(true);
  });

  it('falls back to the main column before the app has rendered', () => {
    const doc = parseHtml('<main id="main"></main>');
    expect(linkedinAdapter.findScopes(doc)).toEqual([doc.querySelector('main')]);
  });
});
