import { instagramAdapter } from '../../../../lib/networks/instagram';
import type { ProfileRead } from '../../../../lib/networks/types';
import { INSTAGRAM_FIXTURES, type InstagramFixture } from '../../../fixtures/instagram/expectations';
import { contextFor, htmlDocument, openFixture } from './load-fixture';

const readProfile = instagramAdapter.readProfile!;
const profileSelector = instagramAdapter.profileSelector!;

function readHeaders(doc: Document, ctx: Parameters<typeof readProfile>[1]): ProfileRead[] {
  return [...doc.querySelectorAll(profileSelector)]
    .map((root) => readProfile(root, ctx))
    .filter((read): read is ProfileRead => read !== null);
}

const figures = (read: ProfileRead | undefined) =>
  Object.fromEntries(
    Object.entries(read?.metrics ?? {}).map(([name, m]) => [
      name,
      { value: m.value, min: m.min, max: m.max },
    ]),
  );

describe('Instagram profile headers: fixtures', () => {
  const rendered: Array<[string, InstagramFixture]> = [
    ['profileEn', INSTAGRAM_FIXTURES.profileEn],
    ['profileFr', INSTAGRAM_FIXTURES.profileFr],
    ['postDialog', INSTAGRAM_FIXTURES.postDialog],
  ];
  it.each(rendered)('%s', (_name, fixture) => {
    const { doc, ctx } = openFixture(fixture);
    const reads = readHeaders(doc, ctx);
    expect(reads).toHaveLength(1);
    const [expected] = fixture.profiles;
    expect(reads[0]?.handle).toBe(expected?.handle);
    expect(figures(reads[0])).toEqual({
      followers: expected?.followers,
      following: expected?.following,
      posts: expected?.posts,
    });
  });

  it('prefers the exact "52,340" of span[title] over the shown "52.3K"', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.profileEn);
    const [read] = readHeaders(doc, ctx);
    expect(read?.metrics.followers).toEqual({ value: 52340, raw: '52,340', min: 52340, max: 52340 });
  });

  it('reads the French header: "18 903" abonnés, 245 abonnements, 386 publications', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.profileFr);
    const [read] = readHeaders(doc, ctx);
    expect(read?.metrics.followers?.value).toBe(18903);
    expect(read?.metrics.following).toMatchObject({ value: 245, raw: '245\u00a0abonnements' });
    expect(read?.metrics.posts?.value).toBe(386);
  });

  it('never reads the post count as followers, though the post count’s span[title] comes first', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.profileEn);
    const header = doc.querySelector(profileSelector)!;
    // The loose hook of old: the first span[title] in the header is the post count.
    expect(header.querySelector('span[title]')?.getAttribute('title')).toBe('1,204');
    const [read] = readHeaders(doc, ctx);
    expect(read?.metrics.followers?.value).not.toBe(1204);
    expect(read?.metrics.posts?.value).toBe(1204);
  });

  it('does not take a post’s own header (post page) for a profile header', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.postEn);
    expect(doc.querySelectorAll(profileSelector).length).toBeGreaterThan(0);
    expect(readHeaders(doc, ctx)).toEqual([]);
  });
});

describe('Instagram profile headers: markup variants', () => {
  const url = 'https://www.instagram.com/some.brand/';

  it('falls back to the followers link’s "52.3K" when it has no title, still not the titled post count', () => {
    const doc = htmlDocument(`<main role="main"><header><h2>some.brand</h2><ul>
      <li><span title="1,204"><span>1,204</span></span> posts</li>
      <li><a href="/some.brand/followers/"><span><span>52.3K</span></span> followers</a></li>
      <li><a href="/some.brand/following/"><span><span>812</span></span> following</a></li>
    </ul></header></main>`);
    const [read] = readHeaders(doc, contextFor(url));
    expect(read?.metrics.followers).toMatchObject({ value: 52300, min: 52250, max: 52399 });
    expect(read?.metrics.posts?.value).toBe(1204);
    expect(read?.metrics.following?.value).toBe(812);
  });

  it('reads a header whose stats are not links (logged out), each by its own words', () => {
    const doc = htmlDocument(`<main role="main"><header><h2>some.brand</h2><ul>
      <li><button><span title="1,204">1,204</span> posts</button></li>
      <li><button><span>52.3K</span> followers</button></li>
      <li><button><span>812</span> following</button></li>
    </ul></header></main>`);
    const [read] = readHeaders(doc, contextFor(url));
    expect(read?.metrics.followers?.value).toBe(52300);
    expect(read?.metrics.posts?.value).toBe(1204);
  });

  it('takes the handle from the followers link when the address is a post (dialog open)', () => {
    const doc = htmlDocument(`<main role="main"><header>
      <a href="/Some.Brand/followers/"><span title="9,818">9,818</span> followers</a></header></main>`);
    const [read] = readHeaders(doc, contextFor('https://www.instagram.com/p/Cabcdef1234/'));
    expect(read).toMatchObject({ handle: 'some.brand', metrics: { followers: { value: 9818 } } });
  });

  it('returns null without throwing on a header it does not know', () => {
    const doc = htmlDocument(
      '<main role="main"><header><nav>Menu</nav><span title="Home">Home</span></header></main>',
    );
    const ctx = contextFor('https://www.instagram.com/explore/');
    expect(readHeaders(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('instagram.profile.handle');

    const ctx2 = contextFor(url);
    expect(readHeaders(doc, ctx2)).toEqual([]);
    expect(ctx2.misses).toContain('instagram.profile.followers');
  });

  it('reports an exception as a miss and returns null', () => {
    const doc = htmlDocument('<main role="main"><header></header></main>');
    const header = doc.querySelector('header')!;
    vi.spyOn(header, 'querySelector').mockImplementation(() => {
      throw new Error('detached');
    });
    const ctx = contextFor(url);
    expect(readProfile(header, ctx)).toBeNull();
    expect(ctx.misses).toContain('instagram.readProfile');
  });
});
