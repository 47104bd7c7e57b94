import { describe, expect, it } from 'vitest';
import { PostMetricsSchema, ProfileMetricsSchema } from '../../../../lib/model/records';
import { FACEBOOK_FIXTURES } from '../../../fixtures/facebook/expectations';
import { contextFor, loadPage, readPage } from './helpers';

// Every fixture read as the collector would, against the truth the end-to-end test also uses.
describe.each(FACEBOOK_FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
  const doc = loadPage(fixture.file);
  const ctx = contextFor(doc, fixture.url);
  const { posts, profiles } = readPage(doc, ctx);

  it('is in the language it claims', () => {
    expect(doc.documentElement.lang).toBe(fixture.locale);
  });

  it('yields each post once, and no comment or stale copy as a post', () => {
    const ids = posts.map((p) => p.postId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(posts).toHaveLength(fixture.postCount);
  });

  it('stores only well-formed figures, with the page text beside each', () => {
    for (const post of posts) {
      expect(PostMetricsSchema.safeParse(post.metrics).success).toBe(true);
      expect(post.url).not.toMatch(/__cft__|__tn__|[?&]ref=/);
    }
    for (const profile of profiles)
      expect(ProfileMetricsSchema.safeParse(profile.metrics).success).toBe(true);
  });

  it.each(fixture.posts.map((p) => [p.postId, p] as const))(
    'post %s has the figures the page shows',
    (_id, expected) => {
      const post = posts.find((p) => p.postId === expected.postId);
      expect(post, `post ${expected.postId}`).toBeDefined();
      expect(post?.url).toBe(expected.url);
      expect(post?.author).toBe(expected.author);
      for (const [name, figure] of Object.entries(expected.metrics)) {
        expect(post?.metrics[name as keyof typeof post.metrics], name).toMatchObject(figure);
      }
      for (const name of expected.unknown ?? [])
        expect(post?.metrics, `${name} unknown`).not.toHaveProperty(name);
      if (expected.hashtags) expect(post?.hashtags).toEqual(expected.hashtags);
      if (expected.mentions) expect(post?.mentions).toEqual(expected.mentions);
    },
  );

  it('reads the header figures the page shows', () => {
    expect(profiles).toHaveLength(fixture.profiles.length);
    for (const expected of fixture.profiles) {
      const profile = profiles.find((p) => p.handle === expected.handle);
      expect(profile).toBeDefined();
      if (expected.displayName) expect(profile?.displayName).toBe(expected.displayName);
      expect(profile?.metrics).toMatchObject(expected.metrics);
    }
  });
});
