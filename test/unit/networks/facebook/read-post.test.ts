import { describe, expect, it } from 'vitest';
import { facebookAdapter, postSignature } from '../../../../lib/networks/facebook';
import {
  DIALOG_FR,
  FEED_EN,
  FEED_FR,
  GROUP_EN,
  SINGLE_POST_EN,
} from '../../../fixtures/facebook/expectations';
import { contextFor, loadPage, pageWith, readPage } from './helpers';

const read = facebookAdapter.readPost;

function feedPost(doc: Document, posinset: number): Element {
  const root = doc.querySelector(`div[role="feed"] div[aria-posinset="${posinset}"]`);
  if (!root) throw new Error(`no post ${posinset}`);
  return root;
}

describe('reactions', () => {
  const doc = loadPage(FEED_EN.file);
  const ctx = contextFor(doc, FEED_EN.url);

  it('counts the viewer in "You and 676 others": 677', () => {
    const post = read(feedPost(doc, 2), ctx);
    expect(post?.metrics.likes).toEqual({ value: 677, min: 677, max: 677, raw: 'You and 676 others' });
  });

  it('prefers the exact "1,234 reactions; see who reacted to this" label over the visible "1.2K"', () => {
    const post = read(feedPost(doc, 6), ctx);
    expect(post?.metrics.likes).toMatchObject({ value: 1234, min: 1234, max: 1234 });
  });

  it('keeps the rounding of "1.2K" as bounds', () => {
    const likes = read(feedPost(doc, 1), ctx)?.metrics.likes;
    expect(likes?.value).toBe(1200);
    expect(likes?.min).toBeLessThanOrEqual(1150);
    expect(likes?.max).toBeGreaterThanOrEqual(1249);
  });
});

describe('the French feed', () => {
  const doc = loadPage(FEED_FR.file);
  const ctx = contextFor(doc, FEED_FR.url);

  it('stores "Toutes les réactions : 1,2 k" as 1150–1249 or wider, with the text as shown', () => {
    const likes = read(feedPost(doc, 1), ctx)?.metrics.likes;
    expect(likes).toMatchObject({ value: 1200, raw: '1,2\u00a0k' });
    expect(likes?.min).toBe(1150);
    expect(likes?.max).toBeGreaterThanOrEqual(1249);
  });

  it('counts "Vous et 676 autres personnes" as 677 and "Pierre Curie et 3 autres personnes" as 4', () => {
    expect(read(feedPost(doc, 2), ctx)?.metrics.likes?.value).toBe(677);
    expect(read(feedPost(doc, 7), ctx)?.metrics.likes?.value).toBe(4);
  });

  it('splits "114 réactions · 17 partages" into likes and shares', () => {
    const post = read(feedPost(doc, 6), ctx);
    expect(post?.metrics.likes).toMatchObject({ value: 114, raw: '114 réactions' });
    expect(post?.metrics.shares).toMatchObject({ value: 17, raw: '17 partages' });
  });

  it('reads "1,2 k vues" on a video and "1,1 k partages"', () => {
    const post = read(feedPost(doc, 4), ctx);
    expect(post?.metrics.views).toMatchObject({ value: 1200, min: 1150 });
    expect(post?.metrics.shares).toMatchObject({ value: 1100, min: 1050 });
  });
});

describe('a count the page leaves out', () => {
  const doc = loadPage(FEED_EN.file);
  const ctx = contextFor(doc, FEED_EN.url);

  it('is 0 on a fully rendered post (action bar markers present): no comments, no shares', () => {
    const post = read(feedPost(doc, 3), ctx);
    expect(post?.metrics.comments).toEqual({ value: 0, min: 0, max: 0, raw: '' });
    expect(post?.metrics.shares).toEqual({ value: 0, min: 0, max: 0, raw: '' });
  });

  it('is 0 for reactions only when no reactions toolbar shows either', () => {
    expect(read(feedPost(doc, 8), ctx)?.metrics.likes?.value).toBe(0);
  });

  it('is unknown on a post whose footer is still loading: no false zero', () => {
    const post = read(feedPost(doc, 5), ctx);
    expect(post?.metrics.likes?.value).toBe(56);
    expect(post?.metrics).not.toHaveProperty('comments');
    expect(post?.metrics).not.toHaveProperty('shares');
  });

  it('is unknown when the action-bar markers are missing (older markup)', () => {
    const root = feedPost(doc, 3).cloneNode(true) as Element;
    root
      .querySelectorAll('[data-ad-rendering-role="like_button"]')
      .forEach((el) => el.removeAttribute('data-ad-rendering-role'));
    const post = read(root, ctx);
    expect(post?.metrics.likes?.value).toBe(18);
    expect(post?.metrics).not.toHaveProperty('comments');
    expect(post?.metrics).not.toHaveProperty('shares');
  });

  it('leaves views unknown on posts that are not videos', () => {
    expect(read(feedPost(doc, 8), ctx)?.metrics).not.toHaveProperty('views');
  });

  it('leaves shares unknown in a group without a Share button, while comments fall to 0', () => {
    const group = loadPage(GROUP_EN.file);
    const post = read(feedPost(group, 3), contextFor(group, GROUP_EN.url));
    expect(post?.metrics.comments?.value).toBe(0);
    expect(post?.metrics).not.toHaveProperty('shares');
  });
});

describe('comments', () => {
  it('are never read as posts, and their figures do not leak into the post', () => {
    const doc = loadPage(SINGLE_POST_EN.file);
    const ctx = contextFor(doc, SINGLE_POST_EN.url);
    const comments = Array.from(doc.querySelectorAll('div[role="article"][aria-label^="Comment by"]'));
    expect(comments).toHaveLength(3);
    for (const comment of comments) expect(read(comment, ctx)).toBeNull();
    expect(ctx.misses).toEqual([]);
    // A comment says "12 comments and counting!" and "2 shots": the post keeps its own figures.
    const { posts } = readPage(doc, ctx);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.metrics).toMatchObject({ comments: { value: 318 }, shares: { value: 56 } });
    expect(posts[0]?.hashtags).toEqual(['GrandOpening', 'Seattle']);
  });

  it('"View 3 more comments" is not a comment count', () => {
    const doc = loadPage(DIALOG_FR.file);
    const dialog = doc.querySelector('div[role="dialog"]');
    expect(dialog?.textContent).toContain('Voir 3 autres commentaires');
    expect(read(dialog as Element, contextFor(doc, DIALOG_FR.url))?.metrics.comments?.value).toBe(5);
  });

  it('a labelled comment on its own is not a post either', () => {
    const doc = pageWith(
      '<div role="main"><ul><li><div role="article" aria-label="Comment by Jane Doe 2 hours ago"><h4><a href="https://www.facebook.com/jane.doe">Jane Doe</a></h4><a href="https://www.facebook.com/page/posts/123456789?comment_id=1">2h</a></div></li></ul></div>',
    );
    expect(
      read(doc.querySelector('[role="article"]') as Element, contextFor(doc, 'https://www.facebook.com/')),
    ).toBeNull();
  });
});

describe('a post open in a dialog', () => {
  const levainId = DIALOG_FR.posts[0]?.postId ?? '';

  it('is read from the dialog, not from the stale copy in the feed beneath', () => {
    const doc = loadPage(DIALOG_FR.file);
    const ctx = contextFor(doc, DIALOG_FR.url);
    const staleCopy = feedPost(doc, 2);
    expect(staleCopy.textContent).toContain('3 commentaires');
    expect(read(staleCopy, ctx)).toBeNull();
    const fromDialog = read(doc.querySelector('div[role="dialog"]') as Element, ctx);
    expect(fromDialog?.postId).toBe(levainId);
    expect(fromDialog?.metrics).toMatchObject({
      likes: { value: 45 },
      comments: { value: 5 },
      shares: { value: 2 },
    });
    const { posts } = readPage(doc, ctx);
    expect(posts.filter((p) => p.postId === levainId)).toHaveLength(1);
  });

  it('once closed, the feed copy is read again', () => {
    const doc = loadPage(DIALOG_FR.file);
    doc.querySelector('div[role="dialog"]')?.remove();
    const post = read(feedPost(doc, 2), contextFor(doc, DIALOG_FR.url));
    expect(post?.postId).toBe(levainId);
    expect(post?.metrics).toMatchObject({
      likes: { value: 40 },
      comments: { value: 3 },
      shares: { value: 1 },
    });
  });
});

describe('a reused post node', () => {
  it('gives the figures of the post it shows now, and a new signature', () => {
    const doc = loadPage(FEED_EN.file);
    const ctx = contextFor(doc, FEED_EN.url);
    const root = feedPost(doc, 1);
    const first = read(root, ctx);
    const firstSignature = postSignature(root);
    expect(first?.metrics.comments?.value).toBe(87);

    // Facebook keeps the element and swaps its content for another post.
    const other = feedPost(doc, 2);
    root.replaceChildren(...Array.from(other.childNodes).map((n) => n.cloneNode(true)));
    for (const name of ['aria-describedby', 'aria-labelledby'])
      root.setAttribute(name, other.getAttribute(name) ?? '');

    const second = read(root, ctx);
    expect(second?.postId).toBe(FEED_EN.posts[1]?.postId);
    expect(second?.author).toBe('grace.hopper.906');
    expect(second?.metrics.likes?.value).toBe(677);
    expect(postSignature(root)).not.toBe(firstSignature);
  });

  it('gives a new signature when a count changes in place', () => {
    const doc = loadPage(FEED_EN.file);
    const root = feedPost(doc, 1);
    const before = postSignature(root);
    const count = Array.from(root.querySelectorAll('span')).find((s) => s.textContent === '87 comments');
    if (!count) throw new Error('no comment count');
    count.textContent = '88 comments';
    expect(postSignature(root)).not.toBe(before);
    expect(postSignature(root)).toContain(FEED_EN.posts[0]?.postId);
    expect(read(root, contextFor(doc, FEED_EN.url))?.metrics.comments?.value).toBe(88);
  });
});

describe('permalinks', () => {
  it('strip tracking parameters (__cft__, __tn__) from every post of every feed', () => {
    const doc = loadPage(FEED_EN.file);
    expect(doc.body.innerHTML).toContain('__cft__');
    const { posts } = readPage(doc, contextFor(doc, FEED_EN.url));
    for (const post of posts) {
      expect(post.url).toMatch(/^https:\/\/www\.facebook\.com\//);
      expect(post.url).not.toMatch(/__cft__|__tn__|comment_id/);
    }
  });

  it('come from the page address on a single-post page whose timestamp link is not yet filled in', () => {
    const doc = loadPage(SINGLE_POST_EN.file);
    const id = SINGLE_POST_EN.posts[0]?.postId ?? '';
    const ctx = contextFor(doc, `${SINGLE_POST_EN.url}?__cft__[0]=AZX3r8Qm0pLk&__tn__=%2CO%2CP-R&ref=notif`);
    const post = read(doc.querySelector('div[role="main"] div[role="article"]') as Element, ctx);
    expect(post?.postId).toBe(id);
    expect(post?.url).toBe(`https://www.facebook.com/northwindcoffee/posts/${id}`);
  });

  it('fall back to the photo link when the timestamp link is "#" in a feed', () => {
    const doc = loadPage(FEED_EN.file);
    const post = read(feedPost(doc, 9), contextFor(doc, FEED_EN.url));
    expect(post?.url).toBe('https://www.facebook.com/photo/?fbid=10160123456789012');
  });
});

describe('unknown markup', () => {
  const url = 'https://www.facebook.com/';

  it('gives null, without throwing, for an empty or foreign element', () => {
    const doc = pageWith(
      '<div role="article"></div><div role="dialog" aria-label="Menu"><div role="menuitem">Settings</div></div><p>hello</p>',
    );
    const ctx = contextFor(doc, url);
    for (const el of Array.from(doc.body.querySelectorAll('*'))) expect(read(el, ctx)).toBeNull();
    expect(ctx.misses).toEqual([]);
  });

  it('gives null and names the hook when a post has no permalink', () => {
    const doc = pageWith(
      '<div role="feed"><div aria-posinset="1"><div data-ad-rendering-role="profile_name"><h4><a href="https://www.facebook.com/foo">Foo</a></h4></div><div data-ad-rendering-role="story_message">Hello</div></div></div>',
    );
    const ctx = contextFor(doc, url);
    expect(read(doc.querySelector('[aria-posinset]') as Element, ctx)).toBeNull();
    expect(ctx.misses).toContain('facebook.post.permalink');
  });

  it('gives null and reports the failure when the DOM itself throws', () => {
    const doc = loadPage(FEED_EN.file);
    const root = feedPost(doc, 1);
    Object.defineProperty(root, 'ownerDocument', {
      get() {
        throw new Error('detached');
      },
    });
    const ctx = contextFor(doc, url);
    expect(() => read(root, ctx)).not.toThrow();
    expect(read(root, ctx)).toBeNull();
    expect(ctx.misses).toContain('facebook.post.error');
    expect(postSignature(root)).toBe('');
  });
});
