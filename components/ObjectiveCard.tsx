import { isolate } from '../lib/ui/bidi';
import { useId } from 'react';
import type { KpiLensDatabase } from '../lib/db/database';
import { OBJECTIVES } from '../lib/kpi';
import type { Translator } from '../lib/i18n/translate';
import type { Objective } from '../lib/model/objectives';
import { NETWORK_LABEL } from '../lib/ui/labels';
import { KpiTargetCard } from './KpiTargetCard';

/** An active objective and its one or two KPIs. */
export function ObjectiveCard({
  db,
  objective,
  now,
  trackedHashtags,
  tr,
}: {
  db: KpiLensDatabase;
  objective: Objective;
  now: string;
  trackedHashtags: readonly string[];
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
        <KpiTargetCard
          key={`${target.kpi}-${i}`}
          db={db}
          objective={objective}
          target={target}
          now={now}
          trackedHashtags={trackedHashtags}
          tr={tr}
        />
      ))}
    </section>
  );
}
