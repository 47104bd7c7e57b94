import { instagramAdapter } from '../../../../lib/networks/instagram';
import { MetricReadingSchema, PostMetricsSchema } from '../../../../lib/model/records';
import type { PostRead } from '../../../../lib/networks/types';
import {
  INSTAGRAM_FIXTURES,
  type ExpectedPost,
  type InstagramFixture,
} from '../../../fixtures/instagram/expectations';
import { contextFor, htmlDocument, openFixture, type TestContext } from './load-fixture';

const { readPost, readPage, postSelector } = instagramAdapter;

function readPosts(doc: Document, ctx: TestContext): PostRead[] {
  return [...doc.querySelectorAll(postSelector)]
    .map((root) => readPost(root, ctx))
    .filter((read): read is PostRead => read !== null);
}

/** What the database would hold: the served meta's figures, then the rendered post's over them. */
function mergedPosts(fixture: InstagramFixture): PostRead[] {
  const { doc, ctx } = openFixture(fixture);
  const byId = new Map<string, PostRead>();
  for (const read of [...(readPage?.(doc, ctx) ?? []), ...readPosts(doc, ctx)]) {
    if (read.kind !== 'post') continue;
    const seen = byId.get(read.postId);
    byId.set(read.postId, seen ? { ...seen, ...read, metrics: { ...seen.metrics, ...read.metrics } } : read);
  }
  return [...byId.values()];
}

function expectPost(read: PostRead | undefined, expected: ExpectedPost): void {
  expect(read, expected.postId).toBeDefined();
  if (!read) return;
  expect(read.postId).toBe(expected.postId);
  expect(read.url).toBe(expected.url);
  expect(read.author).toBe(expected.author);
  expect(read.publishedAt).toBe(expected.publishedAt);
  for (const name of ['likes', 'comments', 'views'] as const) {
    const want = expected[name];
    const got = read.metrics[name];
    if (want === undefined) continue;
    if (want === 'unknown') expect(got, `${expected.postId} ${name}`).toBeUndefined();
    else
      expect(got && { value: got.value, min: got.min, max: got.max }, `${expected.postId} ${name}`).toEqual(
        want,
      );
  }
  if (expected.hashtags) expect(read.hashtags).toEqual(expected.hashtags);
  if (expected.mentions) expect(read.mentions).toEqual(expected.mentions);
}

describe('Instagram posts: every fixture yields its expected figures', () => {
  const fixtures = Object.entries(INSTAGRAM_FIXTURES).filter(([, f]) => f.posts.length > 0);
  it.each(fixtures)('%s', (_name, fixture) => {
    const reads = mergedPosts(fixture);
    expect(reads.map((r) => r.postId)).toEqual(fixture.posts.map((p) => p.postId));
    fixture.posts.forEach((expected, i) => expectPost(reads[i], expected));
    for (const read of reads) {
      expect(PostMetricsSchema.safeParse(read.metrics).success).toBe(true);
      for (const reading of Object.values(read.metrics)) {
        expect(MetricReadingSchema.safeParse(reading).success).toBe(true);
      }
    }
  });
});

describe('Instagram feed posts', () => {
  it('keeps the raw text of each figure, with its NBSP and U+2019, beside the value', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.feedFr);
    const first = readPosts(doc, ctx)[0];
    expect(first?.metrics.likes?.raw).toBe('1\u202f284\u00a0J’aime');
    expect(first?.metrics.comments?.raw).toBe('Afficher les 130 commentaires');
  });

  it('stores the French feed’s "1,2 k J’aime" as 1,150–1,299 likes, not 1 or 12', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.feedFr);
    const reel = readPosts(doc, ctx).find((r) => r.postId === 'C8aD3eFgH4i');
    expect(reel?.metrics.likes).toEqual({ value: 1200, raw: '1,2\u00a0k\u00a0J’aime', min: 1150, max: 1299 });
    expect(reel?.metrics.views).toMatchObject({ value: 12300, min: 12250, max: 12399 });
    expect(reel?.url).toBe('https://www.instagram.com/reel/C8aD3eFgH4i/');
  });

  it('counts "Liked by x and N others" as N + 1', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.feedEn);
    const post = readPosts(doc, ctx).find((r) => r.postId === 'C7yR8tKoP2c');
    expect(post?.metrics.likes).toEqual({
      value: 2418,
      raw: 'Liked by clara.voyage and 2,417 others',
      min: 2418,
      max: 2418,
    });
  });

  it('leaves hidden like counts unknown, never 0, and says why', () => {
    for (const fixture of [INSTAGRAM_FIXTURES.feedEn, INSTAGRAM_FIXTURES.feedFr]) {
      const { doc, ctx } = openFixture(fixture);
      const reads = readPosts(doc, ctx);
      const hidden = reads.filter((r) => r.author === 'studio.nord');
      expect(hidden).toHaveLength(1);
      expect(hidden[0]?.metrics.likes).toBeUndefined();
      expect(hidden[0]?.metrics.comments?.value).toBe(9);
      expect(reads.every((r) => r.metrics.likes?.value !== 0)).toBe(true);
      expect(ctx.misses).toContain('instagram.post.likes');
    }
  });

  it('reads "Liked by x and others" as hidden wherever the likers link sits', () => {
    const doc = htmlDocument(`<article>
      <a href="/owner/"><span>owner</span></a> <a href="/p/Cabcdef1234/"><time datetime="2026-05-01T10:00:00.000Z">1d</time></a>
      <section><span role="button">Like</span></section>
      <section><span>Liked by <a href="/friend/">friend</a> and <a href="/p/Cabcdef1234/liked_by/">others</a></span></section>
    </article>`);
    const ctx = contextFor('https://www.instagram.com/');
    const read = readPost(doc.querySelector('article')!, ctx);
    expect(read?.postId).toBe('Cabcdef1234');
    expect(read?.metrics).toEqual({});
  });
});

describe('Instagram post page, dialog and in-app navigation', () => {
  it('reads the post page’s likes, not its comments’ "12 likes"', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.postEn);
    const [read, ...others] = readPosts(doc, ctx);
    expect(others).toHaveLength(0);
    expect(read?.metrics.likes?.value).toBe(3517);
    // Commenters' hashtags (#pena) are not the post's.
    expect(read?.hashtags).toEqual(['sintra', 'Portugal']);
  });

  it('reads the French post page’s "1,2 k J’aime" with bounds, ignoring "24 J’aime" on a comment', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.postFr);
    const [read] = readPosts(doc, ctx);
    expect(read?.metrics.likes).toMatchObject({ value: 1200, min: 1150, max: 1299 });
  });

  it('reads the rendered post after in-app navigation, not the stale served one', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.postStaleMeta);
    expect(readPage?.(doc, ctx)).toEqual([]);
    expect(ctx.misses).toContain('instagram.page.staleMeta');
    const [read] = readPosts(doc, ctx);
    expect(read).toMatchObject({ postId: 'C8dQ6xYsT7u', author: 'joao.lens' });
    expect(read?.metrics.likes?.value).toBe(87);
    expect(read?.metrics.comments).toBeUndefined();
  });

  it('reads a post dialog opened over a profile as the post the address names', () => {
    const { doc, ctx } = openFixture(INSTAGRAM_FIXTURES.postDialog);
    const dialog = doc.querySelector('div[role="dialog"]');
    expect(dialog?.matches(postSelector)).toBe(true);
    const read = readPost(dialog!, ctx);
    expect(read).toMatchObject({ postId: 'C8eR7yZtU8v', author: 'atelier.mirabelle' });
    expect(read?.metrics.likes?.value).toBe(947);
  });

  it('takes the post code from the address for a dialog that shows no permalink', () => {
    const doc = htmlDocument(`<main role="main"></main><div role="dialog">
      <header><a href="/maker/">maker</a></header><h1>Hello #world</h1>
      <section><span role="button">Like</span></section><section><span role="button">42 likes</span></section>
    </div>`);
    const ctx = contextFor('https://www.instagram.com/reel/Czyxwvu9876/');
    const read = readPost(doc.querySelector('[role="dialog"]')!, ctx);
    expect(read).toMatchObject({ postId: 'Czyxwvu9876', author: 'maker', hashtags: ['world'] });
    expect(read?.url).toBe('https://www.instagram.com/reel/Czyxwvu9876/');
    expect(read?.metrics.likes?.value).toBe(42);
  });

  it('lets a dialog that holds an <article> be read through the article alone', () => {
    const doc = htmlDocument(`<div role="dialog"><article>
      <a href="/a/"><span>a</span></a><a href="/p/Cqwertyuiop/"><time datetime="2026-05-01T10:00:00.000Z">1d</time></a>
      <section></section><section><span role="button">5 likes</span></section></article></div>`);
    const ctx = contextFor('https://www.instagram.com/p/Cqwertyuiop/');
    const roots = [...doc.querySelectorAll(postSelector)];
    const reads = roots.map((r) => readPost(r, ctx)).filter(Boolean);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.metrics.likes?.value).toBe(5);
  });
});

describe('Instagram post reader on unfamiliar markup', () => {
  it('returns null without throwing, and names the hook that failed', () => {
    const doc = htmlDocument('<article><div>Something else entirely</div><span>12 likes</span></article>');
    const ctx = contextFor('https://www.instagram.com/');
    expect(readPost(doc.querySelector('article')!, ctx)).toBeNull();
    expect(ctx.misses).toContain('instagram.post.permalink');
  });

  it('reports an exception as a miss and returns null', () => {
    const doc = htmlDocument('<article></article>');
    const root = doc.querySelector('article')!;
    vi.spyOn(root, 'querySelectorAll').mockImplementation(() => {
      throw new Error('detached');
    });
    const ctx = contextFor('https://www.instagram.com/');
    expect(() => readPost(root, ctx)).not.toThrow();
    expect(readPost(root, ctx)).toBeNull();
    expect(ctx.misses).toContain('instagram.readPost');
  });

  it('does not read a number inside a caption or a handle as likes', () => {
    const doc = htmlDocument(`<article>
      <a href="/runner42/"><span>runner42</span></a><a href="/p/Cmnbvcxz123/"><time datetime="2026-05-01T10:00:00.000Z">1d</time></a>
      <section></section><span dir="auto">Thanks for 500 likes on the last one! #grateful</span>
    </article>`);
    const ctx = contextFor('https://www.instagram.com/');
    const read = readPost(doc.querySelector('article')!, ctx);
    expect(read?.author).toBe('runner42');
    expect(read?.metrics.likes).toBeUndefined();
    expect(read?.hashtags).toEqual(['grateful']);
  });
});
