import { KpiLensDatabase } from '../../../lib/db/database';
import { badgeFigures, MEDIAN_MIN_POSTS } from '../../../lib/db/badges';
import { ingestBatch } from '../../../lib/db/ingest';
import type { BadgeRequest } from '../../../lib/model/messages';
import { batch, postReading, profileReading } from '../../helpers/readings';

let db: KpiLensDatabase;
beforeEach(async () => {
  db = new KpiLensDatabase(`badges-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const exact = (n: number) => ({ value: n, raw: String(n), min: n, max: n });
const hourly = { snapshotIntervalMinutes: 60 };

function request(posts: BadgeRequest['posts'], profiles: string[] = []): BadgeRequest {
  return {
    type: 'badge-figures',
    network: 'x',
    display: { language: 'en', locale: 'en-US' },
    posts,
    profiles,
  };
}

describe('badgeFigures', () => {
  it('gives a post its engagement rate by views when the page shows views', async () => {
    const answer = await badgeFigures(
      db,
      request([
        {
          postId: '1',
          author: 'a',
          metrics: { likes: exact(553), comments: exact(48), shares: exact(152), views: exact(30142) },
        },
      ]),
    );
    const badge = answer.posts[0];
    expect(badge?.engagement?.basis).toBe('views');
    expect(badge?.engagement?.rate.value).toBeCloseTo(((553 + 48 + 152) / 30142) * 100, 6);
    expect(badge?.versusMedian).toBeUndefined(); // no history yet: nothing to compare with
  });

  it('uses the followers at the time of the post when there are no views, and says nothing without them', async () => {
    const metrics = { likes: exact(90), comments: exact(5), shares: exact(5) };
    const none = await badgeFigures(
      db,
      request([{ postId: '1', author: 'a', publishedAt: '2026-11-01T00:00:00.000Z', metrics }]),
    );
    expect(none.posts[0]?.engagement).toBeUndefined();
    await ingestBatch(
      db,
      batch([
        profileReading({
          handle: 'a',
          capturedAt: '2026-10-30T00:00:00.000Z',
          metrics: { followers: exact(2000) },
        }),
      ]),
      hourly,
    );
    const some = await badgeFigures(
      db,
      request([{ postId: '1', author: 'a', publishedAt: '2026-11-01T00:00:00.000Z', metrics }]),
    );
    expect(some.posts[0]?.engagement).toMatchObject({
      basis: 'followers',
      rate: { value: 5, min: 5, max: 5 },
    });
  });

  it('keeps a rounded count honest: the rate is a range', async () => {
    const answer = await badgeFigures(
      db,
      request([
        {
          postId: '1',
          author: 'a',
          metrics: {
            likes: { value: 1200, raw: '1,2 k', min: 1150, max: 1299 },
            comments: exact(0),
            shares: exact(0),
            views: exact(10000),
          },
        },
      ]),
    );
    const rate = answer.posts[0]?.engagement?.rate;
    expect(rate?.value).toBeCloseTo(12, 9);
    expect(rate?.min).toBeCloseTo(11.5, 9);
    expect(rate?.max).toBeCloseTo(12.99, 9);
  });

  it('compares with the median of the author’s earlier posts once there are enough of them', async () => {
    const rates = [1, 2, 3, 4, 5, 6];
    await ingestBatch(
      db,
      batch(
        rates.map((r, i) =>
          postReading({
            postId: `old${i}`,
            author: 'a',
            publishedAt: `2026-10-0${i + 1}T00:00:00.000Z`,
            metrics: { likes: exact(r * 10), comments: exact(0), shares: exact(0), views: exact(1000) },
          }),
        ),
      ),
      hourly,
    );
    expect(rates.length).toBeGreaterThanOrEqual(MEDIAN_MIN_POSTS);
    const answer = await badgeFigures(
      db,
      request([
        {
          postId: 'new',
          author: 'a',
          metrics: { likes: exact(70), comments: exact(0), shares: exact(0), views: exact(1000) },
        },
      ]),
    );
    // Rates 1..6 % → median 3.5 %; this post 7 % → ×2.
    const versus = answer.posts[0]?.versusMedian;
    expect(versus?.ratio).toBeCloseTo(2, 9);
    expect(versus?.median).toBeCloseTo(3.5, 9);
    expect(versus?.posts).toBe(6);
  });

  it('does not count an unknown figure as zero', async () => {
    const answer = await badgeFigures(
      db,
      request([{ postId: '1', author: 'a', metrics: { likes: exact(5), views: exact(100) } }]),
    );
    expect(answer.posts[0]?.engagement).toBeUndefined();
  });

  it('marks the user’s own accounts and gives a profile its follower changes', async () => {
    await db.accounts.put({ network: 'x', handle: 'me', owned: true, addedAt: '2026-01-01T00:00:00.000Z' });
    const at = (d: string, n: number) =>
      profileReading({ handle: 'me', capturedAt: d, metrics: { followers: exact(n) } });
    await ingestBatch(db, batch([at('2026-11-01T10:00:00.000Z', 1000)]), hourly);
    await ingestBatch(db, batch([at('2026-11-10T10:00:00.000Z', 1040)]), hourly);
    await ingestBatch(db, batch([at('2026-11-20T10:00:00.000Z', 1100)]), hourly);
    const answer = await badgeFigures(db, request([{ postId: '1', author: 'me', metrics: {} }], ['me']));
    expect(answer.posts[0]?.own).toBe(true);
    expect(answer.profiles[0]).toMatchObject({
      own: true,
      sinceFirst: { change: 100, at: '2026-11-01T10:00:00.000Z' },
      sincePrevious: { change: 60, at: '2026-11-10T10:00:00.000Z' },
    });
    expect(answer.profiles[0]?.objectiveGrowth).toBeUndefined();
    await db.objectives.put({
      id: 'o1',
      kind: 'growth',
      accounts: [{ network: 'x', handle: 'me' }],
      kpis: [
        {
          kpi: 'followerGrowthRate',
          network: 'x',
          target: 20,
          start: '2026-11-05T00:00:00.000Z',
          deadline: '2027-01-01T00:00:00.000Z',
        },
      ],
      active: true,
      createdAt: '2026-11-05T00:00:00.000Z',
    });
    const withObjective = await badgeFigures(db, request([], ['me']), new Date('2026-11-21T00:00:00.000Z'));
    // From 1000 (last reading at or before the start) to 1100: +10 %.
    expect(withObjective.profiles[0]?.objectiveGrowth?.rate.value).toBeCloseTo(10, 6);
  });
});

describe('badgeFigures on a network that never shows shares', () => {
  it('counts likes + comments on Instagram, and says so', async () => {
    const answer = await badgeFigures(db, {
      type: 'badge-figures',
      network: 'instagram',
      display: { language: 'en', locale: 'en-US' },
      posts: [
        { postId: 'C1', author: 'a', metrics: { likes: exact(90), comments: exact(10), views: exact(1000) } },
      ],
      profiles: [],
    });
    expect(answer.posts[0]?.engagement).toMatchObject({ withShares: false, rate: { value: 10 } });
  });
});
