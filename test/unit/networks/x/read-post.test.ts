import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { xAdapter } from '../../../../lib/networks/x';
import { readXPost } from '../../../../lib/networks/x/read-post';
import type { PostRead } from '../../../../lib/networks/types';
import { contextFor, loadFixture } from './load';

const ctxEn = (misses: string[] = []) => ({
  locale: 'en',
  url: new URL('https://x.com/home'),
  miss: (hook: string) => void misses.push(hook),
});

/** Posts of a fixture page, by id. */
function readAll(file: string, url: string): Map<string, PostRead> {
  const doc = loadFixture(file);
  const ctx = contextFor(doc, url);
  const reads = Array.from(doc.querySelectorAll(xAdapter.postSelector)).map((a) => xAdapter.readPost(a, ctx));
  return new Map(reads.filter((r): r is PostRead => r !== null).map((r) => [r.postId, r]));
}

/** A post in the shape X renders (trimmed): User-Name, time link, text, action bar. */
function article({
  label,
  buttons = '',
  time = true,
  inner = '',
}: {
  label?: string;
  buttons?: string;
  time?: boolean;
  inner?: string;
}) {
  const group = label === undefined ? '<div role="group">' : `<div role="group" aria-label="${label}">`;
  return new DOMParser().parseFromString(
    `<article data-testid="tweet" tabindex="0"><div data-testid="User-Name"><a href="/Alice_A" role="link"><div dir="ltr"><span>Alice A</span></div></a><a href="/Alice_A" role="link" tabindex="-1"><div dir="ltr"><span>@Alice_A</span></div></a>${
      time
        ? '<a href="/Alice_A/status/1991507365458871279"><time datetime="2025-11-20T14:02:11.000Z">Nov 20</time></a>'
        : ''
    }</div><div data-testid="tweetText" lang="en"><span>Hello </span>${inner}</div>${group}${buttons}</div></article>`,
    'text/html',
  ).body.firstElementChild as Element;
}

const button = (testid: string, label: string, visible = '') =>
  `<button data-testid="${testid}" aria-label="${label}">${visible ? `<span data-testid="app-text-transition-container"><span>${visible}</span></span>` : ''}</button>`;

describe('the real focused post of a /status/ page (Oct 2025 capture)', () => {
  const html = readFileSync(
    resolve(process.cwd(), 'test/fixtures/real/x/status-focused-en-2025-10.html'),
    'utf8',
  );
  const root = new DOMParser().parseFromString(html, 'text/html').querySelector(xAdapter.postSelector);
  const read = root && xAdapter.readPost(root, ctxEn());

  it('is the post 1981398750557065646 by testuser123, published 2025-10-23T16:34:09Z', () => {
    expect(root?.getAttribute('tabindex')).toBe('-1');
    expect(read?.postId).toBe('1981398750557065646');
    expect(read?.author).toBe('testuser123');
    expect(read?.authorName).toBe('Test User Account');
    expect(read?.publishedAt).toBe('2025-10-23T16:34:09.000Z');
    expect(read?.url).toBe('https://x.com/TestUser123/status/1981398750557065646');
  });

  it('has 553 likes exactly (from the label, not the visible text), 48 comments, 152 shares, 9 bookmarks, 30142 views', () => {
    expect(read?.metrics.likes).toEqual({ value: 553, raw: '553 likes', min: 553, max: 553 });
    expect(read?.metrics.comments).toMatchObject({ value: 48, min: 48, max: 48 });
    expect(read?.metrics.shares).toMatchObject({ value: 152, min: 152, max: 152 });
    expect(read?.metrics.bookmarks).toMatchObject({ value: 9, min: 9, max: 9 });
    // The page shows "29.9K Views"; the label's exact 30142 wins.
    expect(read?.metrics.views).toMatchObject({ value: 30142, min: 30142, max: 30142 });
    expect(read?.metrics.quotes).toBeUndefined();
  });
});

describe('quote posts', () => {
  it('keep the quoted @rauchg post out of the real profile page reading', () => {
    const posts = readAll('test/fixtures/real/x/profile-en-2025-12.html', 'https://x.com/Kikobeats');
    const outer = posts.get('1935738866390253649');
    expect(outer?.author).toBe('kikobeats');
    expect(outer?.publishedAt).toBe('2025-06-19T16:38:04.000Z');
    expect(outer?.mentions).toEqual([]);
    expect(posts.has('1935417542534906135')).toBe(false);
  });

  it('keep the quoted post’s id, author, time, hashtags and mentions out of the outer one', () => {
    const posts = readAll('test/fixtures/x/home-en.html', 'https://x.com/home');
    const outer = posts.get('1991462775813047300');
    expect(outer).toMatchObject({ author: 'mira_codes', publishedAt: '2025-11-20T11:05:00.000Z' });
    expect(outer?.hashtags).toEqual(['BikeLanes']);
    expect(outer?.mentions).toEqual([]);
    // The quoted post (datadesk_io, Nov 18 09:30) is not a post of this timeline at all.
    expect(Array.from(posts.values()).some((p) => p.publishedAt === '2025-11-18T09:30:00.000Z')).toBe(false);
  });

  it('take the outer post’s time link even when a quoted status link comes first', () => {
    const root = article({
      inner:
        '<div><div role="link" tabindex="0"><div data-testid="User-Name"><span>@bob</span><a href="/bob/status/1900000000000000000"><time datetime="2025-03-01T00:00:00.000Z">Mar 1</time></a></div><div data-testid="tweetText">#Leak by @carol</div></div></div>',
      label: '1 like',
    });
    const read = readXPost(root, ctxEn());
    expect(read).toMatchObject({
      postId: '1991507365458871279',
      author: 'alice_a',
      hashtags: [],
      mentions: [],
    });
  });
});

describe('reposts', () => {
  it('keep the original author and id under "Mira Okafor reposted" and "You reposted"', () => {
    const posts = readAll('test/fixtures/x/home-en.html', 'https://x.com/home');
    expect(posts.get('1991209859281847307')?.author).toBe('citybikelab');
    expect(posts.get('1990872637240247370')?.author).toBe('greenroofsnow');
  });
});

describe('X’s zero-left-out convention', () => {
  it('reads "3 reposts, 12 likes, 904 views" as 0 comments and 0 bookmarks, raw being the label', () => {
    const read = readXPost(article({ label: '3 reposts, 12 likes, 904 views' }), ctxEn());
    expect(read?.metrics.comments).toEqual({
      value: 0,
      raw: '3 reposts, 12 likes, 904 views',
      min: 0,
      max: 0,
    });
    expect(read?.metrics.bookmarks).toMatchObject({ value: 0, min: 0, max: 0 });
    expect(read?.metrics.shares).toMatchObject({ value: 3, raw: '3 reposts' });
  });

  it('leaves views unknown when the label has none (posts from before view counts)', () => {
    const read = readXPost(article({ label: '5 replies, 2 reposts, 40 likes' }), ctxEn());
    expect(read?.metrics.views).toBeUndefined();
    expect(read?.metrics.bookmarks?.value).toBe(0);
  });

  it('is not applied when part of the label is in a language it does not know', () => {
    const read = readXPost(article({ label: '5 Antworten, 2 reposts, 40 Gefällt mir' }), ctxEn());
    expect(read?.metrics.shares?.value).toBe(2);
    expect(read?.metrics.comments).toBeUndefined();
    expect(read?.metrics.likes).toBeUndefined();
    expect(read?.metrics.bookmarks).toBeUndefined();
  });

  it('reads by keyword, not position, singular forms included', () => {
    const read = readXPost(article({ label: '7 views, 1 bookmark, 1 like, 1 repost, 1 reply' }), ctxEn());
    expect(read?.metrics).toMatchObject({
      views: { value: 7 },
      bookmarks: { value: 1 },
      likes: { value: 1 },
      shares: { value: 1 },
      comments: { value: 1 },
    });
  });

  it('keeps a grouped figure whole and reads quotes when X states them', () => {
    const read = readXPost(article({ label: '25,616 likes, 3 quotes' }), ctxEn());
    expect(read?.metrics.likes?.value).toBe(25616);
    expect(read?.metrics.quotes?.value).toBe(3);
  });
});

describe('French pages', () => {
  const fr = { ...ctxEn(), locale: 'fr' };

  it('read « 2534 réponses, 1 repost, 25616 J’aime, 1 signet, 2596467 vues » with either apostrophe', () => {
    for (const aime of ['J’aime', "J'aime"]) {
      const read = readXPost(
        article({ label: `2534 réponses, 1 repost, 25616 ${aime}, 1 signet, 2596467 vues` }),
        fr,
      );
      expect(read?.metrics).toMatchObject({
        comments: { value: 2534 },
        shares: { value: 1 },
        likes: { value: 25616, min: 25616, max: 25616 },
        bookmarks: { value: 1 },
        views: { value: 2596467 },
      });
    }
  });

  it('store the timeline’s visible "1,2 k" J’aime as a range holding 1234, not as 1234', () => {
    const posts = readAll('test/fixtures/x/home-fr.html', 'https://x.com/home');
    const likes = posts.get('1990857537745848377')?.metrics.likes;
    expect(likes?.raw).toBe('1,2\u00a0k');
    expect(likes?.min).toBeLessThanOrEqual(1234);
    expect(likes?.max).toBeGreaterThanOrEqual(1234);
    expect(likes?.min).toBeLessThan(likes?.max ?? 0);
  });
});

describe('states the user toggled', () => {
  it('still read the counts of a post the user liked, reposted and bookmarked', () => {
    const posts = readAll('test/fixtures/x/home-en.html', 'https://x.com/home');
    expect(posts.get('1991185951749047314')?.metrics).toMatchObject({
      likes: { value: 1203 },
      shares: { value: 57 },
      bookmarks: { value: 12 },
    });
  });

  it('read unlike / unretweet / removeBookmark buttons when there is no group label', () => {
    const read = readXPost(
      article({
        buttons:
          button('reply', '4 Replies. Reply', '4') +
          button('unretweet', '7 reposts. Reposted', '7') +
          button('unlike', '89 Likes. Liked', '89') +
          button('removeBookmark', '2 Bookmarks. Bookmarked') +
          '<a href="/Alice_A/status/1991507365458871279/analytics" aria-label="2310 views. View post analytics"></a>',
      }),
      ctxEn(),
    );
    expect(read?.metrics).toMatchObject({
      comments: { value: 4, min: 4, max: 4 },
      shares: { value: 7 },
      likes: { value: 89, raw: '89 Likes' },
      bookmarks: { value: 2 },
      views: { value: 2310 },
    });
  });
});

describe('unknown is not zero', () => {
  it('leaves every count of a post with hidden counts unknown', () => {
    const misses: string[] = [];
    const read = readXPost(
      article({
        buttons:
          button('reply', 'Reply') +
          button('retweet', 'Repost') +
          button('like', 'Like') +
          button('bookmark', 'Bookmark'),
      }),
      ctxEn(misses),
    );
    expect(read?.postId).toBe('1991507365458871279');
    expect(read?.metrics).toEqual({});
    expect(misses).toContain('x.post.groupLabel');
    expect(misses).toContain('x.post.likesCount');
  });

  it('falls back to the visible abbreviated figure with its bounds', () => {
    const read = readXPost(article({ buttons: button('like', 'Like', '2.5K') }), ctxEn());
    expect(read?.metrics.likes).toMatchObject({ raw: '2.5K', value: 2500 });
    expect(read?.metrics.likes?.min).toBeLessThan(read?.metrics.likes?.max ?? 0);
  });
});

describe('ids and times', () => {
  it('takes the id from another link of the post and the time from the id when the time link is missing', () => {
    const misses: string[] = [];
    const read = readXPost(
      article({
        time: false,
        label: '1 like',
        buttons:
          '<a href="/Alice_A/status/1981398750557065646/analytics" aria-label="View post analytics"></a>',
      }),
      ctxEn(misses),
    );
    expect(read?.postId).toBe('1981398750557065646');
    expect(read?.publishedAt?.slice(0, 19)).toBe('2025-10-23T16:34:09');
    expect(misses).toContain('x.post.timeLink');
  });
});

describe('unfamiliar markup', () => {
  it('returns null, says which hook failed, and never throws', () => {
    const misses: string[] = [];
    const doc = new DOMParser().parseFromString(
      '<article data-testid="tweet"><p>Something else</p></article>',
      'text/html',
    );
    const root = doc.querySelector('article') as Element;
    expect(() => readXPost(root, ctxEn(misses))).not.toThrow();
    expect(readXPost(root, ctxEn(misses))).toBeNull();
    expect(misses).toContain('x.post.statusLink');
    expect(readXPost(doc.body, ctxEn(misses))).toBeNull();
  });

  it('turns an exception inside the reader into null', () => {
    const misses: string[] = [];
    const root = article({ label: '1 like' });
    root.querySelectorAll = () => {
      throw new Error('detached');
    };
    expect(readXPost(root, ctxEn(misses))).toBeNull();
    expect(misses).toContain('x.post.error');
  });
});
