import { NetworkOptions } from './NetworkOptions';
import { useId, useState, type FormEvent } from 'react';
import { defaultKpis, OBJECTIVES } from '../../lib/kpi';
import type { Translator } from '../../lib/i18n/translate';
import { OBJECTIVE_KINDS, type Objective, type ObjectiveKind } from '../../lib/model/objectives';
import type { Account, Network } from '../../lib/model/records';
import { NETWORK_LABEL } from '../../lib/ui/labels';
import {
  buildObjective,
  MAX_KPIS_PER_OBJECTIVE,
  offeredKpis,
  toggleKpi,
  withKindAndNetwork,
  type DraftProblem,
  type ObjectiveDraft,
  type TargetDraft,
} from '../../lib/ui/objective-draft';
import { KpiTargetFields } from './KpiTargetFields';

/**
 * The objective form, in the brief's order: the objective, the accounts it is about, then one
 * or two KPIs with a target and a deadline each.
 */
export function ObjectiveEditor({
  initial,
  editing,
  accounts,
  now,
  tr,
  onSave,
  onCancel,
}: {
  initial: ObjectiveDraft;
  editing: boolean;
  accounts: readonly Account[];
  now: string;
  tr: Translator;
  onSave: (objective: Objective) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [refused, setRefused] = useState<string | null>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const ids = {
    heading: useId(),
    network: useId(),
    title: useId(),
    limit: useId(),
    refusal: useId(),
    problems: useId(),
  };
  const onNetwork = accounts
    .filter((a) => a.network === draft.network)
    .sort((a, b) => Number(b.owned) - Number(a.owned) || a.handle.localeCompare(b.handle));
  const offered = offeredKpis(draft);
  const problemOf = (kpi: string | null, field: DraftProblem['field']) =>
    problems.find((p) => p.kpi === kpi && p.field === field)?.message;

  const chooseKind = (kind: ObjectiveKind) => {
    setRefused(null);
    setDraft((d) => withKindAndNetwork(d, kind, d.network, now));
  };
  const chooseNetwork = (network: Network) => {
    setRefused(null);
    setDraft((d) => {
      const handles = accounts.filter((a) => a.network === network && a.owned).map((a) => a.handle);
      const moved = { ...d, network, handles };
      return d.kind ? withKindAndNetwork(moved, d.kind, network, now) : moved;
    });
  };
  const onToggle = (kpi: string) => {
    const result = toggleKpi(draft, kpi, now);
    setDraft(result.draft);
    setRefused(result.refused ? kpi : null);
  };
  const updateTarget = (kpi: string, patch: Partial<TargetDraft>) =>
    setDraft((d) => ({ ...d, targets: d.targets.map((t) => (t.kpi === kpi ? { ...t, ...patch } : t)) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = buildObjective(draft, now);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    await onSave(result.objective);
  };

  const refusedKpi = offered.find((d) => d.id === refused);

  return (
    <form className="stack editor" aria-labelledby={ids.heading} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={ids.heading}>{tr.t(editing ? 'editObjective' : 'newObjective')}</h3>

      <fieldset>
        <legend>{tr.t('stepObjective')}</legend>
        {OBJECTIVE_KINDS.map((kind) => (
          <KindChoice key={kind} kind={kind} checked={draft.kind === kind} tr={tr} onChoose={chooseKind} />
        ))}
        {problemOf(null, 'kind') && <p className="error">{tr.t(problemOf(null, 'kind') ?? 'problemKind')}</p>}
      </fieldset>

      <fieldset>
        <legend>{tr.t('stepAccounts')}</legend>
        <div className="field-row">
          <label htmlFor={ids.network}>{tr.t('network')}</label>
          <select
            id={ids.network}
            value={draft.network}
            onChange={(e) => chooseNetwork(e.target.value as Network)}
          >
            <NetworkOptions tr={tr} />
          </select>
        </div>
        {onNetwork.length === 0 ? (
          <p className="hint">
            {tr.t('noAccountOnNetwork', { network: tr.t(NETWORK_LABEL[draft.network]) })}
          </p>
        ) : (
          onNetwork.map((a) => (
            <label key={a.handle} className="check">
              <input
                type="checkbox"
                checked={draft.handles.includes(a.handle)}
                onChange={(e) =>
                  setDraft((d) => ({
                    ...d,
                    handles: e.target.checked
                      ? [...d.handles, a.handle]
                      : d.handles.filter((h) => h !== a.handle),
                  }))
                }
              />{' '}
              @{a.handle}
              {!a.owned && ' '}
              {!a.owned && <span className="muted">({tr.t('watched')})</span>}
            </label>
          ))
        )}
        {problemOf(null, 'accounts') && <p className="error">{tr.t('problemAccounts')}</p>}
      </fieldset>

      <fieldset aria-describedby={ids.limit}>
        <legend>{tr.t('stepKpis')}</legend>
        <p id={ids.limit} className="muted">
          {tr.t('kpiLimit', { max: MAX_KPIS_PER_OBJECTIVE })}
        </p>
        {!draft.kind ? (
          <p className="hint">{tr.t('chooseObjectiveFirst')}</p>
        ) : (
          <div className="kpi-choices">
            {offered.map((def) => (
              <label key={def.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.targets.some((t) => t.kpi === def.id)}
                  aria-describedby={refused === def.id ? ids.refusal : undefined}
                  onChange={() => onToggle(def.id)}
                />{' '}
                {tr.pick(def.label)}
                {draft.kind && defaultKpis(draft.kind, draft.network).includes(def.id) && (
                  <>
                    {' '}
                    <span className="tag">{tr.t('suggested')}</span>
                  </>
                )}
              </label>
            ))}
          </div>
        )}
        <p id={ids.refusal} role="alert" className="warning">
          {refusedKpi && tr.t('tooManyKpis', { kpi: tr.pick(refusedKpi.label) })}
        </p>
        {problemOf(null, 'kpis') && <p className="error">{tr.t('problemNoKpi')}</p>}
      </fieldset>

      {draft.targets.map((t) => (
        <KpiTargetFields
          key={t.kpi}
          target={t}
          tr={tr}
          problems={problems.filter((p) => p.kpi === t.kpi)}
          onChange={(patch) => updateTarget(t.kpi, patch)}
        />
      ))}

      <div className="field-row">
        <label htmlFor={ids.title}>{tr.t('objectiveTitle')}</label>
        <input
          id={ids.title}
          type="text"
          maxLength={200}
          value={draft.title}
          onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))}
        />
      </div>

      <div id={ids.problems} role="alert" className="error">
        {problems.length > 0 && tr.t('problemsSummary', { count: problems.length })}
        {problems.some((p) => p.field === 'schema') && ` ${tr.t('problemSchema')}`}
      </div>
      <div className="buttons">
        <button type="submit" className="primary">
          {tr.t('saveObjective')}
        </button>
        {editing && (
          <button type="button" onClick={onCancel}>
            {tr.t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function KindChoice({
  kind,
  checked,
  tr,
  onChoose,
}: {
  kind: ObjectiveKind;
  checked: boolean;
  tr: Translator;
  onChoose: (kind: ObjectiveKind) => void;
}) {
  const descriptionId = useId();
  const def = OBJECTIVES[kind];
  return (
    <div className="choice">
      <label>
        <input
          type="radio"
          name="objective-kind"
          value={kind}
          checked={checked}
          aria-describedby={descriptionId}
          onChange={() => onChoose(kind)}
        />{' '}
        <strong>{tr.pick(def.label)}</strong>
      </label>
      <p id={descriptionId} className="muted small">
        {tr.pick(def.description)}
      </p>
    </div>
  );
}
