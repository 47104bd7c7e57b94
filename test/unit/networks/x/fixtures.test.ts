import { MetricReadingSchema, POST_METRICS, type PostMetricName } from '../../../../lib/model/records';
import { xAdapter } from '../../../../lib/networks/x';
import { timeFromStatusId } from '../../../../lib/networks/x/url';
import type { PostRead } from '../../../../lib/networks/types';
import { X_PAGES, figureMismatch, type ExpectedPage } from '../../../fixtures/x/expectations';
import { contextFor, loadFixture } from './load';

const pages = Object.entries(X_PAGES) as [string, ExpectedPage][];

function readPage(page: ExpectedPage) {
  const doc = loadFixture(page.file);
  const ctx = contextFor(doc, page.url);
  const roots = Array.from(doc.querySelectorAll(xAdapter.postSelector));
  const reads = roots.map((root) => xAdapter.readPost(root, ctx));
  return { doc, ctx, roots, reads };
}

describe.each(pages)('X fixture %s', (_name, page) => {
  const { doc, reads } = readPage(page);
  const byId = new Map(reads.filter((r): r is PostRead => r !== null).map((r) => [r.postId, r]));

  it(`is a ${page.locale} page with ${page.postCount} posts, every one read with an id`, () => {
    expect(doc.documentElement.lang).toBe(page.locale);
    expect(reads).toHaveLength(page.postCount);
    expect(reads.every((r) => r !== null)).toBe(true);
    expect(byId.size).toBe(page.postCount);
  });

  it('gives the primary column as the scope to observe', () => {
    const scopes = xAdapter.findScopes(doc);
    expect(scopes.map((s) => s.getAttribute('data-testid'))).toEqual(['primaryColumn']);
    const posts = doc.querySelectorAll(xAdapter.postSelector);
    expect(Array.from(posts).every((post) => scopes[0]?.contains(post))).toBe(true);
  });

  it.each(page.posts.map((p) => [p.what, p] as const))('reads %s', (_what, expected) => {
    const read = byId.get(expected.postId);
    expect(read).toBeDefined();
    if (!read) return;
    expect(read.author).toBe(expected.author);
    expect(read.url).toBe(expected.url);
    expect(read.publishedAt).toBe(expected.publishedAt);
    if (expected.authorName) expect(read.authorName).toBe(expected.authorName);
    if (expected.hashtags) expect(read.hashtags).toEqual(expected.hashtags);
    if (expected.mentions) expect(read.mentions).toEqual(expected.mentions);
    for (const [name, figure] of Object.entries(expected.metrics)) {
      expect(figureMismatch(read.metrics[name as PostMetricName], figure), name).toBeNull();
    }
    for (const name of expected.unknown) expect(read.metrics[name], name).toBeUndefined();
  });

  it('stores only readings the schema accepts, with the raw text they came from', () => {
    for (const read of byId.values()) {
      for (const name of Object.keys(read.metrics)) expect(POST_METRICS).toContain(name);
      for (const reading of Object.values(read.metrics)) {
        expect(MetricReadingSchema.safeParse(reading).success).toBe(true);
        expect(reading.raw.length).toBeGreaterThan(0);
      }
    }
  });

  it('dates every post as its <time> does, which agrees with its id', () => {
    for (const read of byId.values()) {
      expect(read.publishedAt?.slice(0, 19)).toBe(timeFromStatusId(read.postId)?.slice(0, 19));
    }
  });

  if (page.profile) {
    const expected = page.profile;
    it(`reads the profile header of @${expected.handle}`, () => {
      const ctx = contextFor(doc, page.url);
      const headers = Array.from(doc.querySelectorAll(xAdapter.profileSelector ?? 'none'));
      expect(headers).toHaveLength(1);
      const profile = headers[0] && xAdapter.readProfile?.(headers[0], ctx);
      expect(profile?.handle).toBe(expected.handle);
      expect(profile?.displayName).toBe(expected.displayName);
      for (const [name, figure] of Object.entries(expected.metrics)) {
        const reading = profile?.metrics[name as keyof typeof expected.metrics];
        expect(figureMismatch(reading, figure), name).toBeNull();
      }
    });
  }
});
