import { MetricReadingSchema, PostSchema } from '../../../../lib/model/records';
import { linkedinAdapter } from '../../../../lib/networks/linkedin';
import type { PostRead, ProfileRead } from '../../../../lib/networks/types';
import { LINKEDIN_FIXTURES, type LinkedInFixture } from '../../../fixtures/linkedin/expectations';
import { contextFor, loadFixture } from './load';

/** Everything the adapter reads on a page, as the collector would ask for it. */
function readAll(fixture: LinkedInFixture) {
  const doc = loadFixture(fixture.file);
  const ctx = contextFor(doc, fixture.url);
  const posts = new Map<string, PostRead[]>();
  const nulls: Element[] = [];
  for (const root of doc.querySelectorAll(linkedinAdapter.postSelector)) {
    const read = linkedinAdapter.readPost(root, ctx);
    if (!read) nulls.push(root);
    else posts.set(read.postId, [...(posts.get(read.postId) ?? []), read]);
  }
  const profiles = new Map<string, ProfileRead[]>();
  const add = (read: ProfileRead) => profiles.set(read.handle, [...(profiles.get(read.handle) ?? []), read]);
  for (const root of doc.querySelectorAll(linkedinAdapter.profileSelector ?? ':not(*)')) {
    const read = linkedinAdapter.readProfile?.(root, ctx);
    if (read) add(read);
  }
  for (const read of linkedinAdapter.readPage?.(doc, ctx) ?? []) {
    if (read.kind === 'post') posts.set(read.postId, [...(posts.get(read.postId) ?? []), read]);
    else add(read);
  }
  return { doc, ctx, posts, profiles, nulls };
}

const figures = (metrics: Record<string, { value: number; min: number; max: number | null } | undefined>) =>
  Object.fromEntries(
    Object.entries(metrics)
      .filter(([, m]) => m !== undefined)
      .map(([name, m]) => [name, { value: m?.value, min: m?.min, max: m?.max }]),
  );

describe.each(Object.entries(LINKEDIN_FIXTURES))('fixture %s', (_name, fixture: LinkedInFixture) => {
  const { doc, posts, profiles, nulls } = readAll(fixture);

  it('is a whole page in the stated language, with no external resources', () => {
    expect(doc.documentElement.getAttribute('lang') || 'en').toBe(fixture.locale);
    if (!fixture.file.startsWith('real/')) {
      for (const el of doc.querySelectorAll('[src]')) expect(el.getAttribute('src')).toMatch(/^data:/);
      expect(doc.querySelector('link[rel="stylesheet"], script[src]')).toBeNull();
    }
  });

  it.each(fixture.posts.map((p) => [p.postId, p] as const))(
    'reads update %s as the page shows it',
    (id, want) => {
      const reads = posts.get(id);
      expect(reads, `no reading for ${id}`).toBeDefined();
      for (const read of reads ?? []) {
        expect(read.network).toBe('linkedin');
        expect(read.url).toBe(want.url);
        expect(read.publishedAt).toBe(want.publishedAt);
        if (want.author) expect(read.author).toBe(want.author);
        if (want.hashtags) expect(read.hashtags).toEqual(want.hashtags);
        if (want.mentions) expect(read.mentions).toEqual(want.mentions);
        // Every figure the page shows, and nothing else: an absent count stays unknown.
        expect(figures(read.metrics)).toEqual(figures(want.metrics));
        for (const reading of Object.values(read.metrics))
          expect(MetricReadingSchema.safeParse(reading).success).toBe(true);
      }
      // Two roots of one update (the 2025 wrapper and its classic card) must agree.
      for (const read of reads ?? []) expect(read).toEqual(reads?.[0]);
    },
  );

  it.each(fixture.profiles.map((p) => [p.handle, p] as const))('reads profile %s', (handle, want) => {
    const reads = profiles.get(handle);
    expect(reads, `no reading for ${handle}`).toBeDefined();
    const merged = Object.assign({}, ...(reads ?? []).map((r) => r.metrics));
    expect(figures(merged)).toEqual(figures(want.metrics));
    if (want.displayName) expect(reads?.some((r) => r.displayName === want.displayName)).toBe(true);
  });

  it('yields nothing for emptied shells and nothing it was not meant to', () => {
    for (const id of fixture.unreadable) expect(posts.has(id)).toBe(false);
    expect(nulls.length).toBe(fixture.unreadable.length);
    if (fixture.complete) {
      expect([...posts.keys()].sort()).toEqual(fixture.posts.map((p) => p.postId).sort());
      expect([...profiles.keys()].sort()).toEqual(fixture.profiles.map((p) => p.handle).sort());
    }
  });

  it('gives readings the database accepts', () => {
    for (const [, reads] of posts) {
      for (const read of reads) {
        const { kind: _kind, metrics, ...rest } = read;
        const row = {
          ...rest,
          firstSeenAt: '2026-11-26T10:00:00.000Z',
          lastSeenAt: '2026-11-26T10:00:00.000Z',
          latestMetrics: metrics,
        };
        expect(PostSchema.safeParse(row).error).toBeUndefined();
      }
    }
  });
});
