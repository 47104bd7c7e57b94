import { clickThroughRate, clicks, conversionRate, hashtagUses, mentions } from '../../../lib/kpi/formulas';
import { exact, kpiInput, manual, mar, post } from './fixtures';

describe('mentions of the accounts', () => {
  const seen = [
    post({ postId: 'm1', author: 'fan1', publishedAt: mar(3), mentions: ['acme'] }),
    // No publication time: counted when first seen. Several handles still make one post.
    post({
      postId: 'm2',
      author: 'fan2',
      firstSeenAt: mar(6),
      lastSeenAt: mar(6),
      mentions: ['ACME', 'other', 'acme'],
    }),
    post({ postId: 'm3', author: 'acme', publishedAt: mar(4), mentions: ['acme'] }), // the account itself
    post({ postId: 'm4', author: 'fan3', publishedAt: mar(-1), mentions: ['acme'] }), // February
    post({ postId: 'm5', network: 'instagram', author: 'fan', publishedAt: mar(4), mentions: ['acme'] }),
    post({ postId: 'm6', author: 'fan4', publishedAt: mar(7), mentions: ['acmeshop'] }),
    post({ postId: 'm7', author: 'fan5', publishedAt: mar(8), mentions: ['@Acme'] }),
  ];

  it('counts the posts seen in the period, by others, that mention one of the handles, any case', () => {
    expect(mentions(kpiInput({ posts: seen }))).toMatchObject({ value: 3, exact: true });
    expect(mentions(kpiInput({ posts: seen, accounts: [{ network: 'x', handle: '@ACME' }] }))?.value).toBe(3);
  });

  it('is 0 when none was seen, and no data without an account on the network', () => {
    expect(mentions(kpiInput())?.value).toBe(0);
    expect(
      mentions(kpiInput({ posts: seen, accounts: [{ network: 'linkedin', handle: 'acme' }] })),
    ).toBeNull();
  });
});

describe('uses of the tracked hashtags', () => {
  const seen = [
    post({ postId: 'h1', author: 'fan1', publishedAt: mar(3), hashtags: ['kpilens'] }),
    post({ postId: 'h2', author: 'acme', publishedAt: mar(4), hashtags: ['SOLDES', 'printemps'] }),
    post({ postId: 'h3', author: 'fan2', publishedAt: mar(5), hashtags: ['kpi'] }),
    post({ postId: 'h4', author: 'fan3', publishedAt: mar(32), hashtags: ['KpiLens'] }),
    post({ postId: 'h5', network: 'facebook', author: 'fan4', publishedAt: mar(5), hashtags: ['KpiLens'] }),
    post({ postId: 'h6', author: 'fan5', publishedAt: mar(6), hashtags: ['KpiLens', 'soldes'] }),
  ];

  it('counts posts by anyone that carry a tracked hashtag, any case, with or without #', () => {
    const input = kpiInput({ posts: seen, trackedHashtags: ['#KpiLens', 'Soldes'] });
    expect(hashtagUses(input)).toMatchObject({ value: 3, exact: true });
  });

  it('is no data when no hashtag is tracked', () => {
    expect(hashtagUses(kpiInput({ posts: seen }))).toBeNull();
  });
});

describe('figures entered by hand', () => {
  const entries = [
    manual('clicks', 100, mar(1), mar(15)), // inside: exact
    manual('clicks', 60, mar(21), mar(41)), // 10 of its 20 days inside: 30, between 0 and 60
    manual('clicks', 999, mar(-27), mar(0)), // February
    manual('clicks', 50, mar(2), mar(9), { network: 'instagram' }),
    manual('clicks', 40, mar(2), mar(9), { handle: 'rival' }),
    manual('clicks', 10, mar(2), mar(9), { handle: 'ACME' }),
    manual('conversions', 7, mar(2), mar(9)),
  ];
  const input = kpiInput({ manualFigures: entries });

  it('adds the clicks of the period, an entry overlapping its edge as a prorated range', () => {
    expect(clicks(input)).toMatchObject({ value: 140, min: 110, max: 170, exact: false });
  });

  it('counts an entry that merely touches the period’s start in the previous period only', () => {
    const touching = kpiInput({ manualFigures: [manual('clicks', 5, mar(-5), mar(1))] });
    expect(clicks(touching)).toBeNull();
    expect(clicks({ ...touching, period: { start: mar(-10), end: mar(1) } })?.value).toBe(5);
  });

  it('conversion rate = conversions ÷ clicks × 100, a range when clicks are', () => {
    const rate = conversionRate(input);
    expect(rate?.value).toBeCloseTo(5, 10); // 7 / 140
    expect(rate?.min).toBeCloseTo(4.117647, 5); // 7 / 170
    expect(rate?.max).toBeCloseTo(6.363636, 5); // 7 / 110
    const plain = kpiInput({
      manualFigures: [manual('clicks', 200, mar(2), mar(9)), manual('conversions', 10, mar(2), mar(9))],
    });
    expect(conversionRate(plain)).toMatchObject({ value: 5, exact: true });
  });

  it('is no data when nothing was entered, never 0', () => {
    expect(clicks(kpiInput())).toBeNull();
    expect(conversionRate(kpiInput({ manualFigures: [manual('clicks', 200, mar(2), mar(9))] }))).toBeNull();
  });

  describe('click-through rate = clicks ÷ views of the period’s posts × 100', () => {
    const withViews = [
      post({
        postId: 'a',
        publishedAt: mar(3),
        lastSnapshotAt: mar(4),
        latestMetrics: { views: exact(1000) },
      }),
      post({
        postId: 'b',
        publishedAt: mar(12),
        lastSnapshotAt: mar(13),
        latestMetrics: { views: exact(3000) },
      }),
    ];
    const clicks200 = [manual('clicks', 200, mar(1), mar(30))];

    it('divides the clicks by the total views', () => {
      expect(clickThroughRate(kpiInput({ posts: withViews, manualFigures: clicks200 }))).toMatchObject({
        value: 5,
        exact: true,
        postsUsed: 2,
        postsSkipped: 0,
      });
    });

    it('cannot bound it below when a post’s views are unknown', () => {
      const posts = [
        ...withViews,
        post({
          postId: 'c',
          publishedAt: mar(14),
          lastSnapshotAt: mar(15),
          latestMetrics: { likes: exact(3) },
        }),
      ];
      expect(clickThroughRate(kpiInput({ posts, manualFigures: clicks200 }))).toMatchObject({
        value: 5,
        min: 0,
        max: 5,
        postsUsed: 2,
        postsSkipped: 1,
      });
    });

    it('is no data without clicks or without views', () => {
      expect(clickThroughRate(kpiInput({ posts: withViews }))).toBeNull();
      expect(clickThroughRate(kpiInput({ manualFigures: clicks200 }))).toBeNull();
    });
  });
});
