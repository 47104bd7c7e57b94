import { facebookAdapter } from '../../../../lib/networks/facebook';
import { contextFor, loadPage } from './helpers';

function viewerOf(file: string, url: string) {
  const doc = loadPage(file);
  return facebookAdapter.readViewer?.(doc, contextFor(doc, url));
}

describe('the Facebook logged-in account', () => {
  it('is the first shortcut of the home page’s left rail, with the user’s name', () => {
    expect(viewerOf('test/fixtures/facebook/viewer-feed-en.html', 'https://www.facebook.com/')).toEqual({
      handle: 'camille.durand.cm',
      displayName: 'Camille Durand',
    });
  });

  it('is the open account menu’s profile link on another Page, not the Page nor its posts', () => {
    expect(
      viewerOf(
        'test/fixtures/facebook/viewer-page-other-fr.html',
        'https://www.facebook.com/boulangerie.martin',
      ),
    ).toEqual({ handle: 'camille.durand.cm', displayName: 'Camille Durand' });
  });

  it('is null when no navigation names the user (fixtures without it, the real Arabic capture)', () => {
    expect(viewerOf('test/fixtures/facebook/feed-en.html', 'https://www.facebook.com/')).toBeNull();
    expect(
      viewerOf('test/fixtures/facebook/page-fr.html', 'https://www.facebook.com/boulangerie.martin'),
    ).toBeNull();
    expect(
      viewerOf('test/fixtures/real/facebook/page-admin-ar-2024-03.html', 'https://www.facebook.com/'),
    ).toBeNull();
  });
});
