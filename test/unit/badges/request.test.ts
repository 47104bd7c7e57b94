import { MAX_BADGE_POSTS, MAX_BADGE_PROFILES, badgeRequestOf } from '../../../lib/badges/request';
import { BadgeRequestSchema } from '../../../lib/model/messages';

const exact = (n: number) => ({ value: n, raw: String(n), min: n, max: n });
const display = { language: 'fr', locale: 'fr-FR' } as const;

describe('badgeRequestOf', () => {
  it('asks once per post (its last read) and per header, with what the badge needs', () => {
    const request = badgeRequestOf('x', display, [
      { kind: 'post', postId: '1', metrics: { likes: exact(1) }, author: 'a' },
      { kind: 'profile', handle: 'a' },
      {
        kind: 'post',
        postId: '1',
        metrics: { likes: exact(2) },
        author: 'a',
        publishedAt: '2026-11-01T00:00:00.000Z',
      },
      { kind: 'profile', handle: 'a' },
    ]);
    expect(request.posts).toEqual([
      { postId: '1', metrics: { likes: exact(2) }, author: 'a', publishedAt: '2026-11-01T00:00:00.000Z' },
    ]);
    expect(request.profiles).toEqual(['a']);
    expect(BadgeRequestSchema.safeParse(request).success).toBe(true);
  });

  it('stays within the schema’s limits however many reads there are', () => {
    const request = badgeRequestOf('x', display, [
      ...Array.from({ length: 250 }, (_, i) => ({ kind: 'post' as const, postId: `p${i}`, metrics: {} })),
      ...Array.from({ length: 30 }, (_, i) => ({ kind: 'profile' as const, handle: `h${i}` })),
    ]);
    expect(request.posts).toHaveLength(MAX_BADGE_POSTS);
    expect(request.profiles).toHaveLength(MAX_BADGE_PROFILES);
    expect(BadgeRequestSchema.safeParse(request).success).toBe(true);
  });
});
