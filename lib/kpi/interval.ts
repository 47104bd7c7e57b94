import type { MetricReading } from '../model/records';

/**
 * Interval arithmetic for figures read from pages. A rounded "1,2 k" is any count in
 * 1150..1249, so every KPI built on it is a range too: each operation returns the bounds
 * that hold whatever the true inputs are. `value` follows the same formula on the best
 * estimates.
 */

/** A non-negative quantity in `min..max`; `max` null: no upper bound. */
export interface Bounds {
  value: number;
  min: number;
  max: number | null;
}

/** A quantity that may be negative; `min` null: no lower bound. */
export interface SignedBounds {
  value: number;
  min: number | null;
  max: number | null;
}

export const exactly = (n: number): Bounds => ({ value: n, min: n, max: n });

export const fromReading = (r: MetricReading): Bounds => ({ value: r.value, min: r.min, max: r.max });

export function add(a: Bounds, b: Bounds): Bounds {
  return {
    value: a.value + b.value,
    min: a.min + b.min,
    max: a.max === null || b.max === null ? null : a.max + b.max,
  };
}

export function sum(xs: readonly Bounds[]): Bounds {
  return xs.reduce(add, exactly(0));
}

export function addSigned(a: SignedBounds, b: SignedBounds): SignedBounds {
  return {
    value: a.value + b.value,
    min: a.min === null || b.min === null ? null : a.min + b.min,
    max: a.max === null || b.max === null ? null : a.max + b.max,
  };
}

/** a − b: the smallest a minus the largest b, the largest a minus the smallest b. */
export function subtract(a: Bounds, b: Bounds): SignedBounds {
  return {
    value: a.value - b.value,
    min: b.max === null ? null : a.min - b.max,
    max: a.max === null ? null : a.max - b.min,
  };
}

/** How much `to` fell below `from`: max(0, from − to), as a range. */
export function decrease(from: Bounds, to: Bounds): Bounds {
  return {
    value: Math.max(0, from.value - to.value),
    min: to.max === null ? 0 : Math.max(0, from.min - to.max),
    max: from.max === null ? null : Math.max(0, from.max - to.min),
  };
}

/** k × a for a non-negative constant k. */
export function scale(a: Bounds, k: number): Bounds {
  return { value: a.value * k, min: a.min * k, max: a.max === null ? null : a.max * k };
}

/**
 * a ÷ b: min = a.min ÷ b.max, max = a.max ÷ b.min. Null when the best estimate of b is 0
 * (the ratio is undefined). An unbounded or possibly-zero divisor leaves `max` open.
 */
export function divide(a: Bounds, b: Bounds): Bounds | null {
  if (b.value <= 0) return null;
  const min = b.max === null ? 0 : a.min / b.max;
  let max: number | null;
  if (a.max === 0) max = 0;
  else if (a.max === null || b.min <= 0) max = null;
  else max = a.max / b.min;
  return { value: a.value / b.value, min, max };
}

/** a ÷ b × 100. */
export function percent(a: Bounds, b: Bounds): Bounds | null {
  const ratio = divide(a, b);
  return ratio && scale(ratio, 100);
}

/** Arithmetic mean of ranges: the mean of the lower bounds and of the upper bounds. Null for none. */
export function mean(xs: readonly Bounds[]): Bounds | null {
  if (xs.length === 0) return null;
  return scale(sum(xs), 1 / xs.length);
}

/**
 * (to − from) ÷ from × 100, computed as (to ÷ from − 1) × 100 so that each bound uses the
 * extreme ratio (to.min ÷ from.max, to.max ÷ from.min) rather than a looser difference.
 */
export function relativeChange(from: Bounds, to: Bounds): SignedBounds | null {
  const ratio = divide(to, from);
  if (!ratio) return null;
  return {
    value: (ratio.value - 1) * 100,
    min: (ratio.min - 1) * 100,
    max: ratio.max === null ? null : (ratio.max - 1) * 100,
  };
}

export function isExact(b: SignedBounds): boolean {
  return b.min === b.value && b.max === b.value;
}
