/**
 * A small seeded generator for the fuzz suites: the same seed gives the same cases on every run and
 * every machine, so a failure names the seed that reproduces it. Not for anything but tests.
 *
 * State is one 32-bit word stepped by xorshift (shifts 13, 17, 5), whose output is passed through an
 * integer mix so that neighbouring seeds (case seeds are `base + index`) do not start alike.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // xorshift never leaves 0; any other start is fine. Mix the seed so that 1, 2, 3… diverge at once.
    this.state = mix32((seed ^ 0x2545f491) >>> 0) || 0x6d2b79f5;
  }

  /** An unsigned 32-bit integer. */
  nextUint32(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return mix32(x);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.nextUint32() / 0x1_0000_0000;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor(this.float() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** A weighted pick: `[weight, value]` pairs. */
  weighted<T>(entries: readonly (readonly [number, T])[]): T {
    const total = entries.reduce((sum, [w]) => sum + w, 0);
    let at = this.float() * total;
    for (const [w, value] of entries) {
      at -= w;
      if (at < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [number, T])[1];
  }

  /** A new array in random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** An integer finaliser: every input bit affects every output bit. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The base seed of a suite: fixed by default (the seeds in docs/RELIABILITY.md); FUZZ_SEED from the
 * environment moves every suite to other cases (each still its own). Case `i` uses `base + i`, and a
 * failure prints that case seed.
 */
export function baseSeed(fixed: number): number {
  const fromEnv = typeof process !== 'undefined' ? process.env.FUZZ_SEED : undefined;
  const parsed = fromEnv ? Number(fromEnv) : Number.NaN;
  return Number.isFinite(parsed) ? (fixed ^ Math.imul(parsed >>> 0, 0x9e3779b1)) >>> 0 : fixed >>> 0;
}

/** Scales a suite's case count (FUZZ_SCALE=4 for a longer run); at least 1 case. */
export function scaled(count: number): number {
  const fromEnv = typeof process !== 'undefined' ? process.env.FUZZ_SCALE : undefined;
  const factor = fromEnv ? Number(fromEnv) : 1;
  return Math.max(1, Math.round(count * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}
