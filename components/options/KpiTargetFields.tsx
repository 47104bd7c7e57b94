import { useId } from 'react';
import { formulaOf, getKpi, type Denominator } from '../../lib/kpi';
import type { Translator } from '../../lib/i18n/translate';
import { hasDenominator, type DraftProblem, type TargetDraft } from '../../lib/ui/objective-draft';

/** One KPI of the objective: target, optional start, deadline, denominator, and its formula in words. */
export function KpiTargetFields({
  target,
  problems,
  tr,
  onChange,
}: {
  target: TargetDraft;
  problems: readonly DraftProblem[];
  tr: Translator;
  onChange: (patch: Partial<TargetDraft>) => void;
}) {
  const def = getKpi(target.kpi);
  const ids = {
    target: useId(),
    targetError: useId(),
    start: useId(),
    startError: useId(),
    deadline: useId(),
    deadlineError: useId(),
    formula: useId(),
  };
  const label = def ? tr.pick(def.label) : target.kpi;
  const problem = (field: DraftProblem['field']) => problems.find((p) => p.field === field)?.message;
  const lower = def?.direction === 'lowerIsBetter';
  const targetLabel = tr.t(def?.unit === 'percent' ? 'targetPercent' : 'targetCount', { kpi: label });
  return (
    <fieldset className="kpi-target" aria-describedby={ids.formula}>
      <legend>{label}</legend>
      <p id={ids.formula} className="formula">
        <span className="formula-label">{tr.t('formula')} </span>
        {def ? tr.pick(formulaOf(def.id, hasDenominator(target.kpi) ? target.denominator : undefined)) : ''}
      </p>
      {lower && <p className="muted small">{tr.t('lowerIsBetter')}</p>}
      <div className="field-row">
        <label htmlFor={ids.target}>{targetLabel}</label>
        <input
          id={ids.target}
          type="text"
          inputMode="decimal"
          value={target.target}
          aria-invalid={problem('target') !== undefined}
          aria-describedby={problem('target') ? ids.targetError : undefined}
          onChange={(e) => onChange({ target: e.target.value })}
        />
        {problem('target') && (
          <span id={ids.targetError} className="error">
            {tr.t('problemTarget')}
          </span>
        )}
      </div>
      <div className="field-row">
        <label htmlFor={ids.start}>{tr.t('startOptional', { kpi: label })}</label>
        <input
          id={ids.start}
          type="date"
          value={target.start}
          aria-invalid={problem('start') !== undefined}
          aria-describedby={problem('start') ? ids.startError : undefined}
          onChange={(e) => onChange({ start: e.target.value })}
        />
        {problem('start') && (
          <span id={ids.startError} className="error">
            {tr.t(problem('start') ?? 'problemStart')}
          </span>
        )}
      </div>
      <div className="field-row">
        <label htmlFor={ids.deadline}>{tr.t('deadlineFor', { kpi: label })}</label>
        <input
          id={ids.deadline}
          type="date"
          required
          value={target.deadline}
          aria-invalid={problem('deadline') !== undefined}
          aria-describedby={problem('deadline') ? ids.deadlineError : undefined}
          onChange={(e) => onChange({ deadline: e.target.value })}
        />
        {problem('deadline') && (
          <span id={ids.deadlineError} className="error">
            {tr.t('problemDeadline')}
          </span>
        )}
      </div>
      {hasDenominator(target.kpi) && (
        <fieldset className="inline">
          <legend>{tr.t('denominator')}</legend>
          {(['followers', 'views'] as const).map((d: Denominator) => (
            <label key={d}>
              <input
                type="radio"
                name={`${ids.formula}-denominator`}
                checked={target.denominator === d}
                onChange={() => onChange({ denominator: d })}
              />{' '}
              {tr.t(d === 'followers' ? 'denominatorFollowers' : 'denominatorViews')}
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
