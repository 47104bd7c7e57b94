import type { KpiTarget } from '../../../lib/model/objectives';
import {
  AT_RISK_TOLERANCE,
  kpiProgress,
  leastSquaresAt,
  measuredPeriod,
  previousPeriod,
  series,
  splitPeriod,
  statusOf,
} from '../../../lib/kpi/progress';
import type { KpiData } from '../../../lib/kpi/types';
import { followersAt, kpiInput, mar, post, rounded } from './fixtures';

const data = (over: Partial<KpiData> = {}): KpiData => {
  const { network: _n, period: _p, ...rest } = kpiInput(over);
  return rest;
};

const target = (over: Partial<KpiTarget>): KpiTarget => ({
  kpi: 'followers',
  network: 'x',
  target: 1500,
  start: mar(1),
  deadline: mar(61), // 30 April
  ...over,
});

const inMarch = { now: mar(31), objectiveCreatedAt: mar(1) };

// Followers rising by 100 every ten days: 10 a day.
const rising = data({
  profileSnapshots: [
    followersAt('acme', mar(1), 1000),
    followersAt('acme', mar(11), 1100),
    followersAt('acme', mar(21), 1200),
    followersAt('acme', mar(31), 1300),
  ],
});

describe('periods', () => {
  it('measures from the target’s start, else the objective’s creation, to now or the deadline', () => {
    expect(measuredPeriod(target({}), mar(-5), mar(31))).toEqual({ start: mar(1), end: mar(31) });
    expect(measuredPeriod(target({ start: undefined }), mar(-5), mar(31))).toEqual({
      start: mar(-5),
      end: mar(31),
    });
    expect(measuredPeriod(target({ deadline: mar(21) }), mar(-5), mar(31))).toEqual({
      start: mar(1),
      end: mar(21),
    });
    expect(measuredPeriod(target({ start: mar(40) }), mar(-5), mar(31))).toEqual({
      start: mar(40),
      end: mar(40),
    });
  });

  it('takes the previous period of the same length, ending where this one starts', () => {
    expect(previousPeriod({ start: mar(1), end: mar(31) })).toEqual({ start: mar(-29), end: mar(1) });
  });
});

describe('progress of a follower target', () => {
  it('gives the value, its share of the target, the previous period and a least-squares projection', () => {
    const p = kpiProgress(target({}), rising, inMarch);
    expect(p.current?.value).toBe(1300);
    expect(p.percentOfTarget).toBeCloseTo(86.6667, 3);
    expect(p.previousPeriod).toEqual({ start: mar(-29), end: mar(1) });
    expect(p.previous?.value).toBe(1000); // the reading at 1 March is the value at the previous period's end
    expect(p.change).toBe(300);
    expect(p.projection).toMatchObject({ at: mar(61), points: 4, method: 'leastSquares' });
    expect(p.projection?.value).toBeCloseTo(1600, 6); // 1300 + 10 a day × 30 days
    expect(p.status).toBe('onTrack');
    expect(p.deadlinePassed).toBe(false);
  });

  it('is at risk when the projection falls short by at most 10 % of the target, behind beyond', () => {
    expect(AT_RISK_TOLERANCE).toBe(0.1);
    expect(kpiProgress(target({ target: 1700 }), rising, inMarch).status).toBe('atRisk'); // 1600 ≥ 1530
    expect(kpiProgress(target({ target: 1800 }), rising, inMarch).status).toBe('behind'); // 1600 < 1620
  });

  it('is reached once the target is met, before the deadline', () => {
    const p = kpiProgress(target({ target: 1200 }), rising, inMarch);
    expect(p.status).toBe('reached');
    expect(p.percentOfTarget).toBeCloseTo(108.3333, 3);
  });

  it('judges a passed deadline on the value at the deadline, with no projection', () => {
    const met = kpiProgress(target({ deadline: mar(21), target: 1200 }), rising, inMarch);
    expect(met).toMatchObject({
      deadlinePassed: true,
      status: 'reached',
      projection: null,
      period: { end: mar(21) },
    });
    expect(met.current?.value).toBe(1200);
    expect(kpiProgress(target({ deadline: mar(21), target: 1250 }), rising, inMarch).status).toBe('behind');
  });

  it('has no projection from a single point and then calls an unmet target at risk', () => {
    const once = data({ profileSnapshots: [followersAt('acme', mar(31), 1300)] });
    const p = kpiProgress(target({}), once, inMarch);
    expect(p.projection).toBeNull();
    expect(p.status).toBe('atRisk');
    expect(p.previous).toBeNull();
    expect(p.change).toBeNull();
  });

  it('says when a rounded value could lie on either side of the target', () => {
    const roundedData = data({
      profileSnapshots: [followersAt('acme', mar(20), rounded('1,2 k', 1200, 1150, 1249))],
    });
    expect(kpiProgress(target({ target: 1200 }), roundedData, inMarch)).toMatchObject({
      status: 'reached',
      straddlesTarget: true,
    });
    expect(kpiProgress(target({ target: 1100 }), roundedData, inMarch).straddlesTarget).toBe(false);
  });

  it('is noData without readings, for an unknown KPI, and before the period starts', () => {
    expect(kpiProgress(target({}), data(), inMarch)).toMatchObject({
      status: 'noData',
      current: null,
      percentOfTarget: null,
      projection: null,
    });
    expect(kpiProgress(target({ kpi: 'retiredKpi' }), rising, inMarch).status).toBe('noData');
    expect(kpiProgress(target({ start: mar(40) }), rising, inMarch).status).toBe('noData');
  });
});

describe('progress of a lower-is-better target (follower losses)', () => {
  // Losses: 10 by the 11th, still 10 on the 21st, 20 on the 31st.
  const wobbling = data({
    profileSnapshots: [
      followersAt('acme', mar(1), 1000),
      followersAt('acme', mar(11), 990),
      followersAt('acme', mar(21), 1000),
      followersAt('acme', mar(31), 990),
    ],
  });
  const losses = (t: number, deadline = mar(61)) => target({ kpi: 'followerLosses', target: t, deadline });

  it('projects the losses and compares them with the ceiling', () => {
    const p = kpiProgress(losses(35), wobbling, inMarch);
    expect(p.current?.value).toBe(20);
    // Fit through (10, 10), (20, 10), (30, 20): slope 0,5 a day, 13,33 at day 20 → 33,33 at day 60.
    expect(p.projection?.value).toBeCloseTo(33.3333, 3);
    expect(p.projection?.points).toBe(3);
    expect(p.status).toBe('onTrack'); // under its ceiling but not "reached": losses can still rise
    expect(kpiProgress(losses(31), wobbling, inMarch).status).toBe('atRisk'); // 33,33 ≤ 34,1
    expect(kpiProgress(losses(30), wobbling, inMarch).status).toBe('behind'); // 33,33 > 33
    expect(kpiProgress(losses(15), wobbling, inMarch).status).toBe('behind');
  });

  it('is reached when the deadline passed under the ceiling', () => {
    expect(kpiProgress(losses(15, mar(21)), wobbling, inMarch).status).toBe('reached'); // 10 losses
    expect(kpiProgress(losses(5, mar(21)), wobbling, inMarch).status).toBe('behind');
  });

  it('says when rounded readings leave losses on both sides of the ceiling', () => {
    // 1200 then "1,1 k": 100 losses, between 51 and 150.
    const roundedLosses = data({
      profileSnapshots: [
        followersAt('acme', mar(1), 1200),
        followersAt('acme', mar(11), rounded('1,1 k', 1100, 1050, 1149)),
      ],
    });
    const p = kpiProgress(losses(120), roundedLosses, inMarch);
    expect(p.current).toMatchObject({ value: 100, min: 51, max: 150 });
    expect(p.straddlesTarget).toBe(true);
    expect(kpiProgress(losses(200), roundedLosses, inMarch).straddlesTarget).toBe(false);
  });
});

describe('status thresholds', () => {
  const current = { value: 50, min: 50, max: 50, exact: true };
  it('puts the at-risk line at target minus 10 % for higher-is-better', () => {
    expect(statusOf(current, 100, 100, 'higherIsBetter', false)).toBe('onTrack');
    expect(statusOf(current, 90, 100, 'higherIsBetter', false)).toBe('atRisk');
    expect(statusOf(current, 89.9, 100, 'higherIsBetter', false)).toBe('behind');
  });
  it('puts it at target plus 10 % for lower-is-better', () => {
    expect(statusOf(current, 110, 100, 'lowerIsBetter', false)).toBe('atRisk');
    expect(statusOf(current, 110.1, 100, 'lowerIsBetter', false)).toBe('behind');
    expect(statusOf(current, null, 100, 'lowerIsBetter', false)).toBe('onTrack');
    expect(statusOf(current, null, 40, 'lowerIsBetter', false)).toBe('atRisk');
  });
  it('is noData without a current value, whatever the projection', () => {
    expect(statusOf(null, 120, 100, 'higherIsBetter', false)).toBe('noData');
  });
});

describe('projection of a count that accumulates', () => {
  it('fits the posts published so far, counted at each publication and now', () => {
    const posts = data({
      posts: [
        post({ postId: 'a', publishedAt: mar(2) }),
        post({ postId: 'b', publishedAt: mar(4) }),
        post({ postId: 'c', publishedAt: mar(6) }),
        post({ postId: 'feb', publishedAt: mar(-18) }),
      ],
    });
    const p = kpiProgress(target({ kpi: 'postsPublished', target: 10 }), posts, inMarch);
    expect(p.current?.value).toBe(3);
    expect(p.previous?.value).toBe(1);
    // Points (0, 0), (1, 1), (3, 2), (5, 3), (30, 3): slope 41,8 / 630,8, through (7,8 ; 1,8).
    expect(p.projection?.value).toBeCloseTo(1.8 + (41.8 / 630.8) * 52.2, 6);
    expect(p.projection?.value).toBeCloseTo(5.259, 3);
    expect(p.status).toBe('behind');
  });

  it('least squares: null without two distinct times', () => {
    expect(leastSquaresAt([{ x: 1, y: 1 }], 5)).toBeNull();
    expect(
      leastSquaresAt(
        [
          { x: 1, y: 1 },
          { x: 1, y: 3 },
        ],
        5,
      ),
    ).toBeNull();
    expect(
      leastSquaresAt(
        [
          { x: 0, y: 1 },
          { x: 2, y: 5 },
        ],
        3,
      ),
    ).toBeCloseTo(7, 10);
  });
});

describe('trend series', () => {
  it('gives followers at the end of each week, buckets aligned on the period’s end', () => {
    const points = series(
      'followers',
      { ...kpiInput(rising), period: { start: mar(3), end: mar(31) } },
      'week',
    );
    expect(points.map((p) => [p.start, p.end, p.value?.value])).toEqual([
      [mar(3), mar(10), 1000],
      [mar(10), mar(17), 1100],
      [mar(17), mar(24), 1200],
      [mar(24), mar(31), 1300],
    ]);
  });

  it('counts posts per day, the first bucket partial', () => {
    const input = kpiInput({
      period: { start: mar(1), end: mar(3, 12) },
      posts: [
        post({ postId: 'a', publishedAt: mar(1, 6) }),
        post({ postId: 'b', publishedAt: mar(2, 10) }),
        post({ postId: 'c', publishedAt: mar(2, 11) }),
        post({ postId: 'd', publishedAt: mar(3, 1) }),
      ],
    });
    const points = series('postsPublished', input, 'day');
    expect(points.map((p) => [p.start, p.end, p.value?.value])).toEqual([
      [mar(1), mar(1, 12), 1],
      [mar(1, 12), mar(2, 12), 2],
      [mar(2, 12), mar(3, 12), 1],
    ]);
  });

  it('accepts explicit buckets and gives no data where there is none', () => {
    const points = series('followers', kpiInput(rising), [{ start: mar(-10), end: mar(-5) }]);
    expect(points).toEqual([{ start: mar(-10), end: mar(-5), value: null }]);
    expect(splitPeriod({ start: mar(1), end: mar(1) }, 'day')).toEqual([]);
  });
});
