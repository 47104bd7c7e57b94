import {
  instagramPath,
  canonicalPostUrl,
  pageKindOf,
  postRefFromHref,
  profileHandleFromHref,
} from '../../../../lib/networks/instagram/url';

describe('Instagram URLs', () => {
  it.each([
    ['/p/CPeC-Eenc8l/', 'CPeC-Eenc8l', 'p'],
    ['https://www.instagram.com/p/CPeC-Eenc8l/?img_index=2', 'CPeC-Eenc8l', 'p'],
    ['/reel/C7zA1bCdE3f/', 'C7zA1bCdE3f', 'reel'],
    ['/reels/C7zA1bCdE3f/', 'C7zA1bCdE3f', 'reel'],
    ['/clara.voyage/p/C8bN4vWqR5s/', 'C8bN4vWqR5s', 'p'],
    ['/p/C8bN4vWqR5s/liked_by/', 'C8bN4vWqR5s', 'p'],
  ])('finds the post of %s', (href, code, kind) => {
    expect(postRefFromHref(href)).toMatchObject({ code, kind });
  });

  it('tells a comment’s permalink from the post’s', () => {
    expect(postRefFromHref('/p/C8bN4vWqR5s/c/18034567890123456/')?.rest).toEqual(['c', '18034567890123456']);
  });

  it.each([
    '/reels/audio/123456789/',
    '/explore/tags/lisbon/',
    '/clara.voyage/',
    'https://example.com/p/CPeC-Eenc8l/',
    '',
    'http://[bad',
  ])('finds no post in %s', (href) => {
    expect(postRefFromHref(href)).toBeNull();
  });

  it('writes canonical permalinks', () => {
    expect(canonicalPostUrl({ code: 'C7zA1bCdE3f', kind: 'reel' })).toBe(
      'https://www.instagram.com/reel/C7zA1bCdE3f/',
    );
  });

  it('finds profile handles, lower-cased, and not Instagram’s own pages', () => {
    expect(profileHandleFromHref('/Pluto__Travel/')).toBe('pluto__travel');
    expect(profileHandleFromHref('/pluto__travel/followers/')).toBe('pluto__travel');
    expect(profileHandleFromHref('/explore/')).toBeNull();
    expect(profileHandleFromHref('/direct/inbox/')).toBeNull();
    expect(profileHandleFromHref('/clara.voyage/p/C8bN4vWqR5s/')).toBeNull();
  });

  it('knows which kind of page an address shows', () => {
    expect(pageKindOf(new URL('https://www.instagram.com/'))).toBe('feed');
    expect(pageKindOf(new URL('https://www.instagram.com/p/CPeC-Eenc8l/'))).toBe('post');
    expect(pageKindOf(new URL('https://www.instagram.com/pluto__travel/'))).toBe('profile');
    expect(pageKindOf(new URL('https://www.instagram.com/explore/'))).toBe('other');
  });
});

describe('instagramPath fast path', () => {
  it('gives the path URL parsing gives, on random site-relative hrefs', () => {
    const alphabet = 'ab_.-/%?#\\ 9Z./';
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 20000; i++) {
      let href = '/';
      const length = Math.floor(random() * 14);
      for (let j = 0; j < length; j++) href += alphabet[Math.floor(random() * alphabet.length)];
      let expected: string | null = null;
      try {
        const viaUrl = new URL(href, 'https://www.instagram.com');
        if (/(^|\.)instagram\.com$/i.test(viaUrl.hostname)) expected = viaUrl.pathname;
      } catch {
        expected = null; // "//…" names a host, which may be invalid
      }
      expect(instagramPath(href), href).toBe(expected);
    }
  });
});
