import { xAdapter } from '../../../../lib/networks/x';
import { contextFor, loadFixture } from './load';

function viewerOf(file: string, url: string) {
  const doc = loadFixture(file);
  return xAdapter.readViewer?.(doc, contextFor(doc, url));
}

describe('the X logged-in account', () => {
  it('is read from the side nav on someone else’s profile, not from the profile header', () => {
    expect(viewerOf('test/fixtures/x/viewer-profile-other-fr.html', 'https://x.com/cafe_lumiere')).toEqual({
      handle: 'camille_cm',
      displayName: 'Camille · CM',
    });
  });

  it('is null on pages whose nav has no profile tab or account switcher (fixtures, logged-out capture)', () => {
    expect(viewerOf('test/fixtures/x/home-en.html', 'https://x.com/home')).toBeNull();
    expect(viewerOf('test/fixtures/x/profile-fr.html', 'https://x.com/cafe_lumiere')).toBeNull();
    expect(viewerOf('test/fixtures/real/x/profile-en-2025-12.html', 'https://x.com/Kikobeats')).toBeNull();
  });

  it('takes the account switcher alone, and refuses a profile tab that is not a bare handle', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    const switcherOnly = parse(
      '<header role="banner"><button data-testid="SideNav_AccountSwitcher_Button"><span><span>Ana</span></span><span>@Ana_B</span></button></header>',
    );
    expect(xAdapter.readViewer?.(switcherOnly, contextFor(switcherOnly, 'https://x.com/home'))).toEqual({
      handle: 'ana_b',
      displayName: 'Ana',
    });
    const odd = parse(
      '<a data-testid="AppTabBar_Profile_Link" href="/explore">Profile</a><a data-testid="AppTabBar_Profile_Link" href="/ana/status/1">x</a>',
    );
    expect(xAdapter.readViewer?.(odd, contextFor(odd, 'https://x.com/home'))).toBeNull();
  });
});
