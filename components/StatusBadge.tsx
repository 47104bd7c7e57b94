import type { KpiStatus } from '../lib/kpi';
import type { MessageKey } from '../lib/i18n/messages';
import type { Translator } from '../lib/i18n/translate';

const LABEL: Record<KpiStatus, MessageKey> = {
  reached: 'statusReached',
  onTrack: 'statusOnTrack',
  atRisk: 'statusAtRisk',
  behind: 'statusBehind',
  noData: 'statusNoData',
};

/** A sign beside the colour, so the status never rests on colour alone. */
const SIGN: Record<KpiStatus, string> = {
  reached: '✓',
  onTrack: '↗',
  atRisk: '!',
  behind: '↘',
  noData: '…',
};

export function StatusBadge({ status, tr }: { status: KpiStatus; tr: Translator }) {
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true">{SIGN[status]} </span>
      {tr.t(LABEL[status])}
    </span>
  );
}
