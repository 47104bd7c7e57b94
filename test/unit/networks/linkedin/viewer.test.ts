import { linkedinAdapter } from '../../../../lib/networks/linkedin';
import { contextFor, loadFixture, parseHtml } from './load';

function viewerOf(file: string, url: string) {
  const doc = loadFixture(file);
  return linkedinAdapter.readViewer?.(doc, contextFor(doc, url));
}

const CAMILLE = { handle: 'camille-durand-cm', displayName: 'Camille Durand' };

describe('the LinkedIn logged-in account', () => {
  it('is the “Me” menu’s profile link, on the user’s own profile and on someone else’s', () => {
    expect(
      viewerOf('linkedin/profile-owner-en.html', 'https://www.linkedin.com/in/camille-durand-cm/'),
    ).toEqual(CAMILLE);
    expect(
      viewerOf('linkedin/viewer-profile-other-fr.html', 'https://www.linkedin.com/in/julien-lefevre-42/'),
    ).toEqual(CAMILLE);
  });

  it('is the feed’s identity card when the menu is not rendered', () => {
    expect(viewerOf('linkedin/feed-classic-en.html', 'https://www.linkedin.com/feed/')).toEqual(CAMILLE);
  });

  it('is null when neither is shown, and never the profile being viewed', () => {
    expect(
      viewerOf('linkedin/profile-person-fr.html', 'https://www.linkedin.com/in/julien-lefevre-42/'),
    ).toBeNull();
    expect(
      viewerOf('real/linkedin/company-guest-en-2024-10.html', 'https://www.linkedin.com/company/audiense/'),
    ).toBeNull();
    const company = parseHtml(
      '<div class="global-nav__me-content"><a href="https://www.linkedin.com/company/acme/">Acme</a></div>',
    );
    expect(
      linkedinAdapter.readViewer?.(company, contextFor(company, 'https://www.linkedin.com/feed/')),
    ).toBeNull();
  });
});
