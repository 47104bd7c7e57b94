import {
  FOLLOWERS_AFTER_POST_TOLERANCE_MS,
  amplification,
  applause,
  averageComments,
  averageInteractions,
  averageLikes,
  averageReach,
  averageShares,
  averageViews,
  conversation,
  engagementRate,
  engagementRateByFollowers,
  engagementRateByViews,
  followersAtPost,
  postsPublished,
  virality,
} from '../../../lib/kpi/formulas';
import { exact, followersAt, kpiInput, mar, post, postSnapshot, rounded } from './fixtures';

/*
 * March on X for @acme. Followers: 1000 from 1 March, 2000 from 9 March.
 * p1 (2 March): latest snapshot in March on the 4th: 20 likes, 4 comments, 6 shares, 1000 views.
 * p2 (10 March): only Post.latestMetrics, on the 11th: 40, 6, 4, 2500 views.
 * p3 (20 March): 12 likes, comments hidden, 0 shares, 300 views.
 * Left out: a February post, a rival's post, a post with no publication time.
 */
const e = exact;
const posts = [
  post({ postId: 'p1', publishedAt: mar(2, 10) }),
  post({
    postId: 'p2',
    publishedAt: mar(10),
    lastSnapshotAt: mar(11),
    latestMetrics: { likes: e(40), comments: e(6), shares: e(4), views: e(2500) },
  }),
  post({ postId: 'p3', publishedAt: mar(20) }),
  post({ postId: 'old', publishedAt: mar(-8), lastSnapshotAt: mar(2), latestMetrics: { likes: e(999) } }),
  post({
    postId: 'rival',
    author: 'rival',
    publishedAt: mar(5),
    lastSnapshotAt: mar(6),
    latestMetrics: { likes: e(999) },
  }),
  post({ postId: 'undated', lastSnapshotAt: mar(6), latestMetrics: { likes: e(999) } }),
];
const postSnapshots = [
  postSnapshot('p1', mar(2, 12), { likes: e(10), comments: e(2), shares: e(3), views: e(500) }),
  postSnapshot('p1', mar(4), { likes: e(20), comments: e(4), shares: e(6), views: e(1000) }),
  postSnapshot('p1', mar(33), { likes: e(50), comments: e(9), shares: e(9), views: e(9000) }),
  postSnapshot('p3', mar(21), { likes: e(12), shares: e(0), views: e(300) }),
];
const profileSnapshots = [followersAt('acme', mar(1), 1000), followersAt('acme', mar(9), 2000)];
const march = kpiInput({ posts, postSnapshots, profileSnapshots });

describe('per-post averages over the period', () => {
  it('counts the accounts’ posts published in the period', () => {
    expect(postsPublished(march)).toMatchObject({ value: 3, exact: true });
    expect(postsPublished(kpiInput())?.value).toBe(0);
  });

  it('uses each post’s latest snapshot within the period, not a later one', () => {
    expect(averageLikes(march)).toMatchObject({ value: 24, postsUsed: 3, postsSkipped: 0, exact: true }); // (20+40+12)/3
    expect(averageViews(march)?.value).toBeCloseTo(1266.6667, 3); // (1000+2500+300)/3
    expect(averageShares(march)?.value).toBeCloseTo(3.3333, 3); // (6+4+0)/3
  });

  it('skips a post whose figure is unknown instead of counting 0', () => {
    expect(averageComments(march)).toMatchObject({ value: 5, postsUsed: 2, postsSkipped: 1 }); // (4+6)/2
    expect(averageInteractions(march)).toMatchObject({ value: 40, postsUsed: 2, postsSkipped: 1 }); // (30+50)/2
  });

  it('is no data when no post of the period shows the figure', () => {
    expect(averageReach(march)).toBeNull();
    expect(averageLikes(kpiInput())).toBeNull();
  });

  it('takes each figure from the latest snapshot of the period that shows it', () => {
    const input = kpiInput({
      posts: [post({ postId: 'q', publishedAt: mar(2) })],
      postSnapshots: [
        postSnapshot('q', mar(3), { likes: e(5), views: e(800) }),
        postSnapshot('q', mar(4), { likes: e(7) }), // from the feed, where views are not shown
      ],
    });
    expect(averageLikes(input)?.value).toBe(7);
    expect(averageViews(input)?.value).toBe(800);
  });

  it('carries the range of a rounded count', () => {
    const input = kpiInput({
      posts: [
        post({
          postId: 'a',
          publishedAt: mar(2),
          lastSnapshotAt: mar(3),
          latestMetrics: { likes: rounded('1,2 k', 1200, 1150, 1249) },
        }),
        post({ postId: 'b', publishedAt: mar(2), lastSnapshotAt: mar(3), latestMetrics: { likes: e(800) } }),
      ],
    });
    expect(averageLikes(input)).toMatchObject({ value: 1000, min: 975, max: 1024.5, exact: false });
  });
});

describe('engagement rates', () => {
  it('by followers: mean of (likes+comments+shares) ÷ followers at the time of each post × 100', () => {
    // p1 30/1000 = 3 %, p2 50/2000 = 2,5 %, p3 skipped (comments unknown)
    const rate = engagementRateByFollowers(march);
    expect(rate?.value).toBeCloseTo(2.75, 10);
    expect(rate).toMatchObject({ postsUsed: 2, postsSkipped: 1, exact: true });
  });

  it('by views: mean of interactions ÷ views × 100', () => {
    // p1 30/1000 = 3 %, p2 50/2500 = 2 %
    expect(engagementRateByViews(march)?.value).toBeCloseTo(2.5, 10);
  });

  it('follows the denominator the user picked, followers by default', () => {
    expect(engagementRate(march)?.value).toBeCloseTo(2.75, 10);
    expect(engagementRate({ ...march, denominator: 'followers' })?.value).toBeCloseTo(2.75, 10);
    expect(engagementRate({ ...march, denominator: 'views' })?.value).toBeCloseTo(2.5, 10);
  });

  it('Kaushik’s amplification, applause and conversation per follower, averaged per post', () => {
    expect(amplification(march)?.value).toBeCloseTo((0.6 + 0.2 + 0) / 3, 10); // 6/1000, 4/2000, 0/2000
    expect(applause(march)?.value).toBeCloseTo((2 + 2 + 0.6) / 3, 10); // 20/1000, 40/2000, 12/2000
    expect(conversation(march)).toMatchObject({ postsUsed: 2, postsSkipped: 1 });
    expect(conversation(march)?.value).toBeCloseTo(0.35, 10); // 4/1000, 6/2000
  });

  it('virality: shares ÷ views × 100 per post, averaged', () => {
    expect(virality(march)?.value).toBeCloseTo((0.6 + 0.16 + 0) / 3, 10); // 6/1000, 4/2500, 0/300
  });

  it('becomes a range when likes and followers are rounded', () => {
    const input = kpiInput({
      posts: [
        post({
          postId: 'r',
          publishedAt: mar(5),
          lastSnapshotAt: mar(6),
          latestMetrics: { likes: rounded('1,2 k', 1200, 1150, 1249), comments: e(30), shares: e(20) },
        }),
      ],
      profileSnapshots: [followersAt('acme', mar(4), rounded('10 k', 10000, 9500, 10499))],
    });
    const rate = engagementRateByFollowers(input);
    expect(rate?.value).toBeCloseTo(12.5, 10); // 1250 / 10000
    expect(rate?.min).toBeCloseTo(11.42966, 5); // 1200 / 10499
    expect(rate?.max).toBeCloseTo(13.673684, 5); // 1299 / 9500
    expect(rate?.exact).toBe(false);
  });

  it('is open above when the views are open-ended, and skips posts with 0 views', () => {
    const input = kpiInput({
      posts: [
        post({
          postId: 'v',
          publishedAt: mar(5),
          lastSnapshotAt: mar(6),
          latestMetrics: {
            likes: e(200),
            comments: e(30),
            shares: e(20),
            views: rounded('500+', 500, 500, null),
          },
        }),
        post({
          postId: 'zero',
          publishedAt: mar(5),
          lastSnapshotAt: mar(6),
          latestMetrics: { likes: e(0), comments: e(0), shares: e(0), views: e(0) },
        }),
      ],
    });
    expect(engagementRateByViews(input)).toMatchObject({
      value: 50,
      min: 0,
      max: 50,
      postsUsed: 1,
      postsSkipped: 1,
    });
  });
});

describe('followers at the time of the post', () => {
  const p = post({ postId: 'p', publishedAt: mar(10, 12) });

  it('is the author’s last reading at or before publication', () => {
    const input = {
      profileSnapshots: [
        followersAt('acme', mar(9), 900),
        followersAt('acme', mar(10, 12), 950),
        followersAt('acme', mar(10, 13), 990),
      ],
    };
    expect(followersAtPost(p, input)?.value).toBe(950);
  });

  it('falls back to the first reading at most a day after, and no later', () => {
    expect(FOLLOWERS_AFTER_POST_TOLERANCE_MS).toBe(86_400_000);
    expect(followersAtPost(p, { profileSnapshots: [followersAt('acme', mar(11, 12), 990)] })?.value).toBe(
      990,
    );
    expect(followersAtPost(p, { profileSnapshots: [followersAt('acme', mar(11, 13), 990)] })).toBeNull();
  });

  it('leaves a post out of the rate when unknown, and says how many posts were used', () => {
    const input = kpiInput({
      posts: [
        post({
          postId: 'known',
          publishedAt: mar(10),
          lastSnapshotAt: mar(11),
          latestMetrics: { likes: e(8), comments: e(1), shares: e(1) },
        }),
        post({
          postId: 'early',
          publishedAt: mar(2),
          lastSnapshotAt: mar(3),
          latestMetrics: { likes: e(50), comments: e(0), shares: e(0) },
        }),
      ],
      profileSnapshots: [followersAt('acme', mar(8), 500)],
    });
    expect(engagementRateByFollowers(input)).toMatchObject({ value: 2, postsUsed: 1, postsSkipped: 1 });
    expect(
      engagementRateByFollowers({ ...input, posts: input.posts.filter((q) => q.postId === 'early') }),
    ).toBeNull();
  });
});
