import { instagramAdapter } from '../../../../lib/networks/instagram';
import { contextFor, htmlDocument, loadDocument } from './load-fixture';

function viewerOf(doc: Document, url: string) {
  return instagramAdapter.readViewer?.(doc, contextFor(url, doc.documentElement.lang || 'en'));
}

describe('the Instagram logged-in account', () => {
  it('is the nav’s profile link, in English and French', () => {
    expect(viewerOf(loadDocument('instagram/feed-en.html'), 'https://www.instagram.com/')).toEqual({
      handle: 'lea.moreau',
    });
    expect(viewerOf(loadDocument('instagram/feed-fr.html'), 'https://www.instagram.com/')).toEqual({
      handle: 'lea.moreau',
    });
  });

  it('stays the viewer on someone else’s profile and under a post dialog', () => {
    expect(
      viewerOf(loadDocument('instagram/profile-en.html'), 'https://www.instagram.com/clara.voyage/'),
    ).toEqual({
      handle: 'lea.moreau',
    });
    expect(
      viewerOf(
        loadDocument('instagram/post-dialog-over-profile-en.html'),
        'https://www.instagram.com/p/C8eR7yZtU8v/',
      ),
    ).toEqual({ handle: 'lea.moreau' });
  });

  it('is null when the page is served logged out, and never a post author or story', () => {
    expect(
      viewerOf(
        loadDocument('real/instagram/profile-server-en-2024-12.html'),
        'https://www.instagram.com/pluto__travel/',
      ),
    ).toBeNull();
    const contentOnly = htmlDocument(
      '<main role="main"><article><a href="/clara.voyage/"><img alt="clara.voyage\'s profile picture"></a></article></main>',
    );
    expect(viewerOf(contentOnly, 'https://www.instagram.com/')).toBeNull();
  });
});
