import {
  connectionNetChange,
  connections,
  followerGrowthRate,
  followerLosses,
  followerNetChange,
  followers,
  profileViews,
} from '../../../lib/kpi/formulas';
import { exact, followersAt, kpiInput, mar, profile, rounded } from './fixtures';

const k1 = rounded('1 k', 1000, 950, 1049);
const k12 = rounded('1,2 k', 1200, 1150, 1249);

describe('followers at the end of the period', () => {
  it('is the last reading at or before the end, not a later one', () => {
    const input = kpiInput({
      profileSnapshots: [
        followersAt('acme', mar(5), 1000),
        followersAt('acme', mar(20), 1100),
        followersAt('acme', mar(32), 1200),
      ],
    });
    expect(followers(input)).toMatchObject({ value: 1100, min: 1100, max: 1100, exact: true, asOf: mar(20) });
  });

  it('takes a reading captured exactly at the end', () => {
    const input = kpiInput({
      profileSnapshots: [followersAt('acme', mar(20), 1100), followersAt('acme', mar(31), 1150)],
    });
    expect(followers(input)?.value).toBe(1150);
  });

  it('is no data without a reading, never 0', () => {
    expect(followers(kpiInput())).toBeNull();
    expect(followers(kpiInput({ profileSnapshots: [followersAt('acme', mar(32), 1200)] }))).toBeNull();
  });

  it('ignores snapshots where the follower count was not shown', () => {
    const input = kpiInput({
      profileSnapshots: [
        followersAt('acme', mar(5), 1000),
        profile('acme', mar(10), { following: exact(80) }),
      ],
    });
    expect(followers(input)).toMatchObject({ value: 1000, asOf: mar(5) });
  });

  it('sums the accounts of the objective on this network, matching handles in any case', () => {
    const input = kpiInput({
      accounts: [
        { network: 'x', handle: '@ACME' },
        { network: 'x', handle: 'acme_fr' },
        { network: 'x', handle: 'acme_de' },
        { network: 'instagram', handle: 'acme' },
      ],
      profileSnapshots: [
        followersAt('acme', mar(5), 1000),
        followersAt('acme_fr', mar(3), 500),
        followersAt('acme', mar(6), 9999, 'instagram'),
      ],
    });
    expect(followers(input)).toMatchObject({
      value: 1500,
      accountsUsed: 2,
      accountsSkipped: 1,
      asOf: mar(3),
    });
  });

  it('keeps the range of a rounded count', () => {
    expect(followers(kpiInput({ profileSnapshots: [followersAt('acme', mar(5), k12)] }))).toMatchObject({
      value: 1200,
      min: 1150,
      max: 1249,
      exact: false,
    });
  });
});

describe('net change and growth rate of followers', () => {
  const history = [
    followersAt('acme', mar(0), 1000),
    followersAt('acme', mar(10), 1050),
    followersAt('acme', mar(30), 1100),
    followersAt('acme', mar(33), 5000),
  ];

  it('measures from the last reading at or before the start to the last by the end', () => {
    const input = kpiInput({ profileSnapshots: history });
    expect(followerNetChange(input)).toMatchObject({ value: 100, min: 100, max: 100, exact: true });
    expect(followerGrowthRate(input)?.value).toBeCloseTo(10, 10);
    expect(followerGrowthRate(input)?.baselineAt).toBeUndefined();
  });

  it('can be negative', () => {
    const input = kpiInput({
      profileSnapshots: [followersAt('acme', mar(0), 1000), followersAt('acme', mar(15), 950)],
    });
    expect(followerNetChange(input)?.value).toBe(-50);
    expect(followerGrowthRate(input)?.value).toBeCloseTo(-5, 10);
  });

  it('turns a rounded end count into a growth range (1000 → "1,2 k" is 15 % to 24,9 %)', () => {
    const input = kpiInput({
      profileSnapshots: [followersAt('acme', mar(0), 1000), followersAt('acme', mar(20), k12)],
    });
    const rate = followerGrowthRate(input);
    expect(rate?.value).toBeCloseTo(20, 10);
    expect(rate?.min).toBeCloseTo(15, 10);
    expect(rate?.max).toBeCloseTo(24.9, 10);
    expect(rate?.exact).toBe(false);
    expect(followerNetChange(input)).toMatchObject({ value: 200, min: 150, max: 249, exact: false });
  });

  it('widens further when both ends are rounded ("1 k" → "1,2 k")', () => {
    const input = kpiInput({
      profileSnapshots: [followersAt('acme', mar(0), k1), followersAt('acme', mar(20), k12)],
    });
    const rate = followerGrowthRate(input);
    expect(rate?.value).toBeCloseTo(20, 10);
    expect(rate?.min).toBeCloseTo(9.628217, 5); // 1150 / 1049 − 1
    expect(rate?.max).toBeCloseTo(31.473684, 5); // 1249 / 950 − 1
    expect(followerNetChange(input)).toMatchObject({ value: 200, min: 101, max: 299 });
  });

  it('has no bound where an open-ended "500+" makes one impossible', () => {
    const plus = rounded('500+', 500, 500, null);
    const input = kpiInput({
      profileSnapshots: [followersAt('acme', mar(0), plus), followersAt('acme', mar(20), plus)],
    });
    expect(followerNetChange(input)).toMatchObject({ value: 0, min: null, max: null, exact: false });
    expect(followerGrowthRate(input)).toMatchObject({ value: 0, min: -100, max: null });
  });

  it('starts from the first reading inside the period when none precedes it, and says so', () => {
    const input = kpiInput({
      profileSnapshots: [followersAt('acme', mar(5), 1000), followersAt('acme', mar(25), 1100)],
    });
    expect(followerGrowthRate(input)).toMatchObject({ baselineAt: mar(5) });
    expect(followerGrowthRate(input)?.value).toBeCloseTo(10, 10);
  });

  it('is no data with a single reading, inside or before the period', () => {
    expect(followerNetChange(kpiInput({ profileSnapshots: [followersAt('acme', mar(5), 1000)] }))).toBeNull();
    expect(
      followerGrowthRate(kpiInput({ profileSnapshots: [followersAt('acme', mar(0), 1000)] })),
    ).toBeNull();
  });

  it('has no growth rate from zero followers', () => {
    const input = kpiInput({
      profileSnapshots: [followersAt('acme', mar(0), 0), followersAt('acme', mar(5), 10)],
    });
    expect(followerGrowthRate(input)).toBeNull();
    expect(followerNetChange(input)?.value).toBe(10);
  });

  it('computes the rate on the accounts’ totals', () => {
    const input = kpiInput({
      accounts: [
        { network: 'x', handle: 'acme' },
        { network: 'x', handle: 'acme_fr' },
      ],
      profileSnapshots: [
        followersAt('acme', mar(0), 1000),
        followersAt('acme', mar(9), 1300),
        followersAt('acme_fr', mar(0), 1000),
        followersAt('acme_fr', mar(9), 900),
      ],
    });
    expect(followerNetChange(input)?.value).toBe(200);
    expect(followerGrowthRate(input)?.value).toBeCloseTo(10, 10); // 2200 / 2000 − 1
  });
});

describe('follower losses', () => {
  it('adds the falls between consecutive readings, ignoring the rises and readings outside', () => {
    const input = kpiInput({
      profileSnapshots: [
        followersAt('acme', mar(0), 1000),
        followersAt('acme', mar(5), 980), // −20
        followersAt('acme', mar(10), 1010), // +30
        followersAt('acme', mar(15), 990), // −20
        followersAt('acme', mar(20), 995), // +5
        followersAt('acme', mar(32), 900), // after the period
      ],
    });
    expect(followerLosses(input)).toMatchObject({ value: 40, min: 40, max: 40, exact: true });
    expect(followerNetChange(input)?.value).toBe(-5);
  });

  it('is 0 when the count only rose', () => {
    const input = kpiInput({
      profileSnapshots: [followersAt('acme', mar(0), 1000), followersAt('acme', mar(9), 1100)],
    });
    expect(followerLosses(input)).toMatchObject({ value: 0, exact: true });
  });

  it('is a range when readings are rounded: an unchanged "1,2 k" may hide up to 99 losses', () => {
    const input = kpiInput({
      profileSnapshots: [
        followersAt('acme', mar(0), 1200),
        followersAt('acme', mar(5), rounded('1,1 k', 1100, 1050, 1149)), // 100, 51..150
        followersAt('acme', mar(10), rounded('1,1 k', 1100, 1050, 1149)), // 0, 0..99
      ],
    });
    expect(followerLosses(input)).toMatchObject({ value: 100, min: 51, max: 249, exact: false });
  });

  it('is no data with fewer than two readings', () => {
    expect(followerLosses(kpiInput({ profileSnapshots: [followersAt('acme', mar(3), 1000)] }))).toBeNull();
  });
});

describe('LinkedIn network figures', () => {
  const li = { network: 'linkedin' as const, accounts: [{ network: 'linkedin' as const, handle: 'jeanne' }] };

  it('reads connections and their change, and profile visitors', () => {
    const input = kpiInput({
      ...li,
      profileSnapshots: [
        profile('jeanne', mar(0), { connections: exact(480), profileViews: exact(35) }, 'linkedin'),
        profile('jeanne', mar(20), { connections: exact(497), profileViews: exact(52) }, 'linkedin'),
      ],
    });
    expect(connections(input)?.value).toBe(497);
    expect(connectionNetChange(input)?.value).toBe(17);
    expect(profileViews(input)?.value).toBe(52);
  });

  it('keeps "500+" connections open-ended', () => {
    const input = kpiInput({
      ...li,
      profileSnapshots: [
        profile('jeanne', mar(20), { connections: rounded('500+', 500, 500, null) }, 'linkedin'),
      ],
    });
    expect(connections(input)).toMatchObject({ value: 500, min: 500, max: null, exact: false });
  });
});
