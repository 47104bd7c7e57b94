import type { MetricReading } from '../lib/model/records';
import type { Translator } from '../lib/i18n/translate';

/** A figure as read: exact, or a range with its reason when the site rounded it. */
export function MetricValue({ reading, tr }: { reading: MetricReading | undefined; tr: Translator }) {
  if (!reading) return <span className="metric unknown">{tr.t('unknown')}</span>;
  const rounded = reading.min !== reading.max;
  return (
    <span
      className={rounded ? 'metric range' : 'metric'}
      title={rounded ? `${tr.t('rangeHint')} (“${reading.raw}”)` : reading.raw}
    >
      {tr.reading(reading)}
    </span>
  );
}
