import type { KpiDirection } from '../lib/kpi';
import type { Translator } from '../lib/i18n/translate';

/** How far a KPI stands towards its target, for eyes (a bar) and for screen readers (aria values). */
export function ProgressBar({
  percent,
  direction,
  label,
  tr,
}: {
  percent: number | null;
  direction: KpiDirection;
  label: string;
  tr: Translator;
}) {
  const shown = percent === null ? null : Math.max(0, Math.min(100, percent));
  const text =
    percent === null
      ? tr.t('progressUnknown')
      : tr.t(direction === 'lowerIsBetter' ? 'progressOfCeiling' : 'progressOfTarget', {
          percent: tr.figure(percent, 'percent'),
        });
  return (
    <div className="progress-row">
      <div
        className={`progress ${direction === 'lowerIsBetter' ? 'ceiling' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown === null ? undefined : Math.round(shown)}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${shown ?? 0}%` }} />
      </div>
      <span className="progress-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
