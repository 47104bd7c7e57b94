import { isolate } from '../../lib/ui/bidi';
import { useState } from 'react';
import { getKpi, OBJECTIVES } from '../../lib/kpi';
import type { Translator } from '../../lib/i18n/translate';
import type { Objective } from '../../lib/model/objectives';
import { NETWORK_LABEL } from '../../lib/ui/labels';

/** The saved objectives, each with its KPIs and targets: edit, pause or resume, delete. */
export function ObjectiveList({
  objectives,
  tr,
  onEdit,
  onActive,
  onDelete,
}: {
  objectives: readonly Objective[];
  tr: Translator;
  onEdit: (o: Objective) => void;
  onActive: (o: Objective, active: boolean) => void;
  onDelete: (o: Objective) => void;
}) {
  if (objectives.length === 0) return <p className="hint">{tr.t('noObjectiveYet')}</p>;
  return (
    <ul className="rows" aria-label={tr.t('savedObjectives')}>
      {objectives.map((o) => (
        <ObjectiveRow
          key={o.id}
          objective={o}
          tr={tr}
          onEdit={onEdit}
          onActive={onActive}
          onDelete={onDelete}
        />
      ))}
    </ul>
  );
}

function ObjectiveRow({
  objective,
  tr,
  onEdit,
  onActive,
  onDelete,
}: {
  objective: Objective;
  tr: Translator;
  onEdit: (o: Objective) => void;
  onActive: (o: Objective, active: boolean) => void;
  onDelete: (o: Objective) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const name = objective.title?.trim() || tr.pick(OBJECTIVES[objective.kind].label);
  return (
    <li className="row objective-row">
      <div>
        <strong>{name}</strong>{' '}
        <span className={objective.active ? 'tag' : 'tag paused'}>
          {tr.t(objective.active ? 'activeState' : 'pausedState')}
        </span>
        <p className="muted small">
          {objective.accounts
            .map((a) => `@${isolate(a.handle)} (${tr.t(NETWORK_LABEL[a.network])})`)
            .join(', ')}
        </p>
        <ul className="plain">
          {objective.kpis.map((k, i) => {
            const def = getKpi(k.kpi);
            return (
              <li key={`${k.kpi}-${i}`}>
                {tr.t('kpiSummary', {
                  kpi: def ? tr.pick(def.label) : k.kpi,
                  target: tr.figure(k.target, def?.unit ?? 'count'),
                  deadline: tr.date(k.deadline),
                })}
              </li>
            );
          })}
        </ul>
      </div>
      <div className="row-actions">
        <button type="button" aria-label={tr.t('editNamed', { name })} onClick={() => onEdit(objective)}>
          {tr.t('edit')}
        </button>
        <button
          type="button"
          aria-label={tr.t(objective.active ? 'pauseNamed' : 'resumeNamed', { name })}
          onClick={() => onActive(objective, !objective.active)}
        >
          {tr.t(objective.active ? 'pause' : 'resume')}
        </button>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => onDelete(objective)}>
              {tr.t('confirmDeleteNamed', { name })}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {tr.t('cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            aria-label={tr.t('deleteNamed', { name })}
            onClick={() => setConfirming(true)}
          >
            {tr.t('delete')}
          </button>
        )}
      </div>
    </li>
  );
}
