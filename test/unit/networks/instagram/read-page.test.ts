import { instagramAdapter } from '../../../../lib/networks/instagram';
import { INSTAGRAM_FIXTURES } from '../../../fixtures/instagram/expectations';
import { contextFor, htmlDocument, openFixture } from './load-fixture';

const readPage = instagramAdapter.readPage!;

/** A served post page's head, with its tags in the given attribute order. */
function servedPost(
  description: string,
  { ogUrl, canonical, contentFirst = false }: { ogUrl?: string; canonical?: string; contentFirst?: boolean },
  lang = 'en',
): Document {
  const meta = (attr: string, name: string, content: string) =>
    contentFirst
      ? `<meta content="${content}" ${attr}="${name}">`
      : `<meta ${attr}="${name}" content="${content}">`;
  const head = [
    ogUrl ? meta('property', 'og:url', ogUrl) : '',
    meta('property', 'og:description', description),
    meta('name', 'description', description),
    canonical ? `<link rel="canonical" href="${canonical}">` : '',
  ].join('');
  return new DOMParser().parseFromString(
    `<html lang="${lang}"><head>${head}</head><body></body></html>`,
    'text/html',
  );
}

describe('Instagram served meta tags: the real captures', () => {
  it('reads the real post as first served: ~298K likes, 553 comments, by willyrex', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.realPostServed);
    const [read, ...rest] = readPage(doc, ctx);
    expect(rest).toHaveLength(0);
    expect(read).toMatchObject({
      kind: 'post',
      network: 'instagram',
      postId: 'CPeC-Eenc8l',
      url: 'https://www.instagram.com/p/CPeC-Eenc8l/',
      author: 'willyrex',
    });
    if (read?.kind !== 'post') throw new Error('expected a post');
    const likes = read.metrics.likes!;
    expect(likes.raw).toBe('298K likes');
    expect(likes.value).toBe(298000);
    expect(likes.min).toBeLessThanOrEqual(298000);
    expect(likes.max).toBeGreaterThanOrEqual(298000);
    expect(likes.max! - likes.min).toBeLessThan(2000);
    expect(read.metrics.comments).toEqual({ value: 553, raw: '553 comments', min: 553, max: 553 });
    // A date without a time of day is no instant: publishedAt stays unknown.
    expect(read.publishedAt).toBeUndefined();
  });

  it('reads the real profile as first served: 2,362 followers, 136 following, 224 posts', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.realProfileServed);
    const [read] = readPage(doc, ctx);
    expect(read).toMatchObject({ kind: 'profile', handle: 'pluto__travel', displayName: 'Pluto' });
    if (read?.kind !== 'profile') throw new Error('expected a profile');
    expect(read.metrics.followers).toEqual({ value: 2362, raw: '2,362 Followers', min: 2362, max: 2362 });
    expect(read.metrics.following?.value).toBe(136);
    expect(read.metrics.posts?.value).toBe(224);
  });

  it('ignores the real profile’s tags when the address is another profile', () => {
    const { doc } = openFixture(INSTAGRAM_FIXTURES.realProfileServed);
    const ctx = contextFor('https://www.instagram.com/someone.else/');
    expect(readPage(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('instagram.page.staleMeta');
  });

  it('ignores the real post’s tags after in-app navigation to another post', () => {
    const { doc } = openFixture(INSTAGRAM_FIXTURES.realPostServed);
    const ctx = contextFor('https://www.instagram.com/p/Cxyz1234567/');
    expect(readPage(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('instagram.page.staleMeta');
  });
});

describe('Instagram served meta tags: variants', () => {
  const url = 'https://www.instagram.com/p/C7abcDEF123/';

  it('trusts the canonical link when og:url is missing, whatever the attribute order', () => {
    const doc = servedPost(
      '572 likes, 130 comments - some.user on May 20, 2026: &quot;Hi #there @you&quot;',
      {
        canonical: url,
        contentFirst: true,
      },
    );
    const ctx = contextFor(url);
    const [read] = readPage(doc, ctx);
    expect(read).toMatchObject({
      postId: 'C7abcDEF123',
      author: 'some.user',
      hashtags: ['there'],
      mentions: ['you'],
    });
    if (read?.kind !== 'post') throw new Error('expected a post');
    expect(read.metrics.likes?.value).toBe(572);
    expect(read.metrics.comments?.value).toBe(130);
  });

  it('matches a reel address to the post code of its tags (/reels/ and /reel/)', () => {
    const doc = servedPost('12 likes - maker on May 20, 2026: &quot;x&quot;', {
      ogUrl: 'https://www.instagram.com/reel/C7abcDEF123/',
    });
    const [read] = readPage(doc, contextFor('https://www.instagram.com/reels/C7abcDEF123/'));
    expect(read).toMatchObject({ postId: 'C7abcDEF123', url: 'https://www.instagram.com/reel/C7abcDEF123/' });
  });

  it('reads the French description with NBSP and U+2019: "1,2 k J’aime, 48 commentaires"', () => {
    const doc = servedPost(
      '1,2\u00a0k J’aime, 48 commentaires - boulangerie.lune le 19 mai 2026 : « Croissants #boulangerie »',
      { ogUrl: url },
      'fr',
    );
    const [read] = readPage(doc, contextFor(url, 'fr'));
    if (read?.kind !== 'post') throw new Error('expected a post');
    expect(read.author).toBe('boulangerie.lune');
    expect(read.metrics.likes).toMatchObject({ value: 1200, min: 1150, max: 1299 });
    expect(read.metrics.comments?.value).toBe(48);
    expect(read.hashtags).toEqual(['boulangerie']);
  });

  it('leaves the counts unknown when the description has no prefix, even if the caption holds " - "', () => {
    const doc = servedPost('some.user on May 20, 2026: &quot;Before - after, 3 comments&quot;', {
      ogUrl: url,
    });
    const ctx = contextFor(url);
    const [read] = readPage(doc, ctx);
    expect(read).toMatchObject({ postId: 'C7abcDEF123', author: 'some.user', metrics: {} });
  });

  it('ignores tags that describe a profile while a post is open over it', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.postDialog);
    expect(readPage(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('instagram.page.staleMeta');
  });

  it('ignores tags that name no URL at all: they cannot be checked', () => {
    const doc = servedPost('572 likes, 130 comments - some.user on May 20, 2026: &quot;x&quot;', {});
    const ctx = contextFor(url);
    expect(readPage(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('instagram.page.staleMeta');
  });

  it('returns nothing for a description in an unknown format, without throwing', () => {
    const doc = servedPost('298 Mal gefällt mir, 553 Kommentare – willyrex am 29. Mai 2021', { ogUrl: url });
    const ctx = contextFor(url);
    expect(readPage(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('instagram.page.description');
  });

  it('returns nothing on the home feed or for a page without tags', () => {
    expect(
      readPage(htmlDocument('<main role="main"></main>'), contextFor('https://www.instagram.com/')),
    ).toEqual([]);
    const ctx = contextFor(url);
    expect(readPage(htmlDocument(''), ctx)).toEqual([]);
    expect(ctx.misses.length).toBeGreaterThan(0);
  });

  it('reports an exception as a miss and returns []', () => {
    const doc = htmlDocument('');
    vi.spyOn(doc, 'querySelector').mockImplementation(() => {
      throw new Error('gone');
    });
    const ctx = contextFor(url);
    expect(readPage(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('instagram.readPage');
  });
});

describe('Instagram served profile tags of the fixtures', () => {
  it('reads the French served profile: "18 k abonnés" as bounds holding the exact 18,903', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.profileFr);
    const [read] = readPage(doc, ctx);
    if (read?.kind !== 'profile') throw new Error('expected a profile');
    expect(read.handle).toBe('boulangerie.lune');
    const followers = read.metrics.followers!;
    expect(followers.min).toBeLessThanOrEqual(18903);
    expect(followers.max).toBeGreaterThanOrEqual(18903);
    expect(read.metrics.following?.value).toBe(245);
    expect(read.metrics.posts?.value).toBe(386);
  });
});
