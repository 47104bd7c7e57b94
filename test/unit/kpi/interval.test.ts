import {
  decrease,
  divide,
  exactly,
  mean,
  percent,
  relativeChange,
  subtract,
  sum,
} from '../../../lib/kpi/interval';

const k12 = { value: 1200, min: 1150, max: 1249 }; // "1,2 k"
const plus500 = { value: 500, min: 500, max: null }; // "500+"

describe('interval arithmetic on rounded figures', () => {
  it('adds bounds, an open upper bound staying open', () => {
    expect(sum([k12, exactly(30)])).toEqual({ value: 1230, min: 1180, max: 1279 });
    expect(sum([k12, plus500])).toEqual({ value: 1700, min: 1650, max: null });
  });

  it('divides the smallest numerator by the largest divisor and the reverse', () => {
    const r = divide(k12, { value: 10000, min: 9500, max: 10499 });
    expect(r?.value).toBeCloseTo(0.12, 10);
    expect(r?.min).toBeCloseTo(1150 / 10499, 10);
    expect(r?.max).toBeCloseTo(1249 / 9500, 10);
  });

  it('leaves the ratio open above when the divisor has no upper bound or may be 0', () => {
    expect(divide(k12, plus500)).toEqual({ value: 2.4, min: 0, max: 1249 / 500 });
    expect(divide(plus500, { value: 2, min: 0, max: 4 })).toEqual({ value: 250, min: 125, max: null });
  });

  it('has no ratio when the divisor is 0, and 0 over anything is exactly 0', () => {
    expect(divide(k12, exactly(0))).toBeNull();
    expect(divide(exactly(0), { value: 3, min: 0, max: 5 })).toEqual({ value: 0, min: 0, max: 0 });
  });

  it('subtracts with the widest pair, an open reading leaving no lower bound', () => {
    expect(subtract(k12, exactly(1000))).toEqual({ value: 200, min: 150, max: 249 });
    expect(subtract(plus500, plus500)).toEqual({ value: 0, min: null, max: null });
  });

  it('measures a fall as a non-negative range', () => {
    expect(decrease(exactly(1200), { value: 1100, min: 1050, max: 1149 })).toEqual({
      value: 100,
      min: 51,
      max: 150,
    });
    expect(decrease(k12, k12)).toEqual({ value: 0, min: 0, max: 99 });
    expect(decrease(exactly(10), exactly(20))).toEqual({ value: 0, min: 0, max: 0 });
  });

  it('computes a relative change from the extreme ratios', () => {
    const r = relativeChange({ value: 1000, min: 950, max: 1049 }, k12);
    expect(r?.value).toBeCloseTo(20, 10);
    expect(r?.min).toBeCloseTo((1150 / 1049 - 1) * 100, 10);
    expect(r?.max).toBeCloseTo((1249 / 950 - 1) * 100, 10);
    expect(relativeChange(exactly(0), k12)).toBeNull();
  });

  it('averages bounds and percentages', () => {
    expect(mean([])).toBeNull();
    expect(mean([exactly(1), { value: 3, min: 2, max: null }])).toEqual({ value: 2, min: 1.5, max: null });
    expect(percent(exactly(3), exactly(4))).toEqual({ value: 75, min: 75, max: 75 });
  });
});
