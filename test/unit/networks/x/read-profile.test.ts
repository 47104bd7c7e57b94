import { xAdapter } from '../../../../lib/networks/x';
import { readXProfile } from '../../../../lib/networks/x/read-profile';
import { contextFor, loadFixture } from './load';

const ctx = (locale: string, misses: string[] = []) => ({
  locale,
  url: new URL('https://x.com/someone'),
  miss: (hook: string) => void misses.push(hook),
});

function header(doc: Document): Element {
  return doc.querySelector(xAdapter.profileSelector ?? 'none') as Element;
}

describe('the real profile page of @Kikobeats (Dec 2025)', () => {
  const doc = loadFixture('test/fixtures/real/x/profile-en-2025-12.html');
  const profile = readXProfile(header(doc), contextFor(doc, 'https://x.com/Kikobeats'));

  it('has 3893 followers (via /verified_followers) and 406 following, exactly', () => {
    expect(profile?.handle).toBe('kikobeats');
    expect(profile?.metrics.followers).toEqual({ value: 3893, raw: '3,893', min: 3893, max: 3893 });
    expect(profile?.metrics.following).toEqual({ value: 406, raw: '406', min: 406, max: 406 });
  });

  it('has "23.9K posts", stored with bounds that hold 23,900', () => {
    const posts = profile?.metrics.posts;
    expect(posts?.raw).toBe('23.9K posts');
    expect(posts?.value).toBe(23900);
    expect(posts?.min).toBeLessThanOrEqual(23900);
    expect(posts?.max).toBeGreaterThanOrEqual(23999);
  });

  it('is found by the adapter from the whole column too', () => {
    const column = xAdapter.findScopes(doc)[0] as Element;
    expect(readXProfile(column, contextFor(doc, 'https://x.com/Kikobeats'))?.metrics.followers?.value).toBe(
      3893,
    );
  });
});

describe('a French profile', () => {
  const doc = loadFixture('test/fixtures/x/profile-fr.html');
  const profile = readXProfile(header(doc), contextFor(doc, 'https://x.com/cafe_lumiere'));

  it('stores "1,2 k abonnés" as a range holding 1234 and "406 abonnements" exactly', () => {
    expect(profile?.handle).toBe('cafe_lumiere');
    expect(profile?.displayName).toBe('Café Lumière');
    const followers = profile?.metrics.followers;
    expect(followers?.raw).toBe('1,2\u00a0k');
    expect(followers?.min).toBeLessThanOrEqual(1234);
    expect(followers?.max).toBeGreaterThanOrEqual(1234);
    expect(profile?.metrics.following).toMatchObject({ value: 406, min: 406, max: 406 });
  });

  it('does not take "Suivi par …" (followers you know) for the follower count', () => {
    expect(doc.querySelector('a[href$="/followers_you_follow"]')).not.toBeNull();
    expect(profile?.metrics.followers?.value).toBe(1200);
  });

  it('reads "12,4 k posts" in the header bar', () => {
    expect(profile?.metrics.posts).toMatchObject({ raw: '12,4\u00a0k posts', value: 12400 });
  });
});

describe('profile headers in other shapes', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('prefers an exact figure held in a title attribute over the abbreviated text', () => {
    const doc = parse(
      '<main role="main"><div data-testid="primaryColumn"><div><div data-testid="UserName"><div dir="ltr"><span>Bob</span></div><div dir="ltr"><span>@bob</span></div></div><a href="/bob/followers" title="12,345 Followers"><span>12.3K</span> <span>Followers</span></a><a href="/bob/following"><span>7</span> <span>Following</span></a></div></div></main>',
    );
    const profile = readXProfile(header(doc), ctx('en'));
    expect(profile?.metrics.followers).toMatchObject({ value: 12345, min: 12345, max: 12345 });
    expect(profile?.metrics.following?.value).toBe(7);
  });

  it('takes the handle from the follow links when no "@handle" text is shown, and says what is missing', () => {
    const misses: string[] = [];
    const doc = parse(
      '<div><div data-testid="UserName"><div dir="ltr"><span>Bob</span></div></div><a href="/Bob/verified_followers"><span>10</span> Followers</a></div>',
    );
    const profile = readXProfile(header(doc), ctx('en', misses));
    expect(profile?.handle).toBe('bob');
    expect(profile?.metrics.followers?.value).toBe(10);
    expect(profile?.metrics.following).toBeUndefined();
    expect(misses).toEqual(expect.arrayContaining(['x.profile.following', 'x.profile.posts']));
  });

  it('returns null without throwing on markup it does not know', () => {
    const misses: string[] = [];
    const doc = parse('<div id="x"><h2>Profile</h2><span>1,2 k abonnés</span></div>');
    const root = doc.getElementById('x') as Element;
    expect(readXProfile(root, ctx('fr', misses))).toBeNull();
    expect(misses).toContain('x.profile.userName');
    const broken = doc.body;
    broken.matches = () => {
      throw new Error('boom');
    };
    expect(readXProfile(broken, ctx('fr', misses))).toBeNull();
    expect(misses).toContain('x.profile.error');
  });
});
