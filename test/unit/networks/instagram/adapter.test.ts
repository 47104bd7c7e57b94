import { instagramAdapter } from '../../../../lib/networks/instagram';
import { INSTAGRAM_FIXTURES } from '../../../fixtures/instagram/expectations';
import { htmlDocument, openFixture } from './load-fixture';

describe('instagramAdapter', () => {
  it('declares the Instagram network and its parser version', () => {
    expect(instagramAdapter.network).toBe('instagram');
    expect(instagramAdapter.parserVersion).toBe(1);
    expect(typeof instagramAdapter.readProfile).toBe('function');
    expect(typeof instagramAdapter.readPage).toBe('function');
  });

  it('observes the main column once, plus an open post dialog', () => {
    const feed = openFixture(INSTAGRAM_FIXTURES.feedEn).doc;
    expect(instagramAdapter.findScopes(feed).map((el) => el.tagName)).toEqual(['MAIN']);
    const dialog = openFixture(INSTAGRAM_FIXTURES.postDialog).doc;
    expect(instagramAdapter.findScopes(dialog).map((el) => el.getAttribute('role'))).toEqual([
      'main',
      'dialog',
    ]);
    expect(instagramAdapter.findScopes(htmlDocument('<div></div>'))).toEqual([]);
  });

  it('finds every feed post, the post page’s article and the profile header', () => {
    const feed = openFixture(INSTAGRAM_FIXTURES.feedFr).doc;
    expect(feed.querySelectorAll(instagramAdapter.postSelector)).toHaveLength(11);
    const post = openFixture(INSTAGRAM_FIXTURES.postEn).doc;
    expect(post.querySelectorAll(instagramAdapter.postSelector)).toHaveLength(1);
    const profile = openFixture(INSTAGRAM_FIXTURES.profileEn).doc;
    expect(profile.querySelectorAll(instagramAdapter.profileSelector!)).toHaveLength(1);
  });
});
