import { isolate } from '../lib/ui/bidi';
import { memo, useId } from 'react';
import { OBJECTIVES } from '../lib/kpi';
import type { Translator } from '../lib/i18n/translate';
import type { Objective } from '../lib/model/objectives';
import type { TargetView } from '../lib/ui/kpi-view';
import { NETWORK_LABEL } from '../lib/ui/labels';
import { KpiTargetCard } from './KpiTargetCard';

/** An active objective and its one or two KPIs, with their figures (`views`, in the order of its KPIs). */
export const ObjectiveCard = memo(function ObjectiveCard({
  objective,
  views,
  tr,
}: {
  objective: Objective;
  views: readonly TargetView[] | undefined;
  tr: Translator;
}) {
  const headingId = useId();
  const kind = OBJECTIVES[objective.kind];
  return (
    <section className="objective" aria-labelledby={headingId}>
      <h3 id={headingId}>{objective.title?.trim() || tr.pick(kind.label)}</h3>
      <p className="muted small">
        {objective.title?.trim() ? `${tr.pick(kind.label)} · ` : ''}
        {objective.accounts.length === 0
          ? tr.t('noAccountInObjective')
          : objective.accounts
              .map((a) => `@${isolate(a.handle)} (${tr.t(NETWORK_LABEL[a.network])})`)
              .join(', ')}
      </p>
      {objective.kpis.map((target, i) => (
        <KpiTargetCard key={`${target.kpi}-${i}`} target={target} view={views?.[i]} tr={tr} />
      ))}
    </section>
  );
});
