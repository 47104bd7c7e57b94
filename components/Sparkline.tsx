import type { KpiUnit, SeriesPoint } from '../lib/kpi';
import type { Translator } from '../lib/i18n/translate';

const WIDTH = 120;
const HEIGHT = 28;
const PAD = 2;

/** A small trend line in plain SVG: one point per bucket that has a value; gaps are skipped. */
export function Sparkline({
  points,
  unit,
  target,
  tr,
}: {
  points: readonly SeriesPoint[];
  unit: KpiUnit;
  target?: number;
  tr: Translator;
}) {
  const known = points
    .map((p, i) => ({ i, p, v: p.value?.value }))
    .filter((x): x is { i: number; p: SeriesPoint; v: number } => x.v !== undefined);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last || known.length < 2) return null;
  const values = known.map((k) => k.v);
  const low = Math.min(...values, target ?? Infinity);
  const high = Math.max(...values, target ?? -Infinity);
  const spread = high - low || 1;
  const x = (i: number) => PAD + (i / Math.max(1, points.length - 1)) * (WIDTH - 2 * PAD);
  const y = (v: number) => HEIGHT - PAD - ((v - low) / spread) * (HEIGHT - 2 * PAD);
  const line = known.map((k) => `${x(k.i).toFixed(1)},${y(k.v).toFixed(1)}`).join(' ');
  const label = tr.t('trendLabel', {
    from: tr.figure(first.v, unit),
    fromDate: tr.date(first.p.end),
    to: tr.figure(last.v, unit),
    toDate: tr.date(last.p.end),
  });
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      <title>{label}</title>
      {target !== undefined && target >= low && target <= high && (
        <line className="sparkline-target" x1={0} x2={WIDTH} y1={y(target)} y2={y(target)} />
      )}
      <polyline className="sparkline-line" points={line} fill="none" />
      <circle className="sparkline-dot" cx={x(last.i)} cy={y(last.v)} r={2} />
    </svg>
  );
}
