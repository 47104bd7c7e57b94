import type { PostBadge } from '../../lib/model/messages';

const exact = (n: number) => ({ value: n, raw: String(n), min: n, max: n });

/** A post's badge figures as the background computes them: 2.5 % of its views, 1.8× the author's median. */
export function samplePostBadge(over: Partial<PostBadge> = {}): PostBadge {
  return {
    postId: '1',
    own: false,
    engagement: {
      basis: 'views',
      withShares: true,
      rate: { value: 2.5, min: 2.5, max: 2.5 },
      interactions: exact(753),
      denominator: exact(30142),
    },
    versusMedian: { ratio: 1.8, median: 1.4, posts: 30 },
    ...over,
  };
}
