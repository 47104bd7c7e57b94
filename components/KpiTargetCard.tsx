import { useId } from 'react';
import { formulaOf, getKpi, type KpiUnit } from '../lib/kpi';
import type { Translator } from '../lib/i18n/translate';
import type { KpiTarget } from '../lib/model/objectives';
import type { TargetView } from '../lib/ui/kpi-view';
import { FormulaDisclosure } from './FormulaDisclosure';
import { NETWORK_LABEL } from '../lib/ui/labels';
import { ProgressBar } from './ProgressBar';
import { Sparkline } from './Sparkline';
import { StatusBadge } from './StatusBadge';

/**
 * One KPI of an objective: where it stands against its target, and how it is computed. `view` is
 * undefined while its figures are being computed.
 */
export function KpiTargetCard({
  target,
  view,
  tr,
}: {
  target: KpiTarget;
  view: TargetView | undefined;
  tr: Translator;
}) {
  const headingId = useId();
  const definition = view?.definition ?? getKpi(target.kpi);
  const label = definition ? tr.pick(definition.label) : tr.t('unknownKpi', { id: target.kpi });
  const unit: KpiUnit = definition?.unit ?? 'count';
  return (
    <article className="kpi" aria-labelledby={headingId} data-state={view ? 'ready' : 'loading'}>
      <header className="kpi-head">
        <h4 id={headingId}>
          {label} <span className="muted">· {tr.t(NETWORK_LABEL[target.network])}</span>
        </h4>
        {view && <StatusBadge status={view.progress.status} tr={tr} />}
      </header>
      {!view ? (
        <p className="muted">{tr.t('loading')}</p>
      ) : (
        <TargetBody view={view} target={target} unit={unit} label={label} tr={tr} />
      )}
    </article>
  );
}

function TargetBody({
  view,
  target,
  unit,
  label,
  tr,
}: {
  view: TargetView;
  target: KpiTarget;
  unit: KpiUnit;
  label: string;
  tr: Translator;
}) {
  const { progress, definition } = view;
  const current = progress.current;
  const rounded = current !== null && !current.exact;
  const direction = definition?.direction ?? 'higherIsBetter';
  return (
    <>
      <dl className="kpi-figures">
        <div>
          <dt>{tr.t('currentValue')}</dt>
          <dd className={rounded ? 'metric range' : 'metric'} title={rounded ? tr.t('rangeHint') : undefined}>
            {tr.kpiValue(current, unit)}
          </dd>
        </div>
        <div>
          <dt>{tr.t(direction === 'lowerIsBetter' ? 'ceiling' : 'target')}</dt>
          <dd>{tr.figure(target.target, unit)}</dd>
        </div>
        <div>
          <dt>{tr.t('changeVsPrevious')}</dt>
          <dd>{progress.change === null ? tr.t('noComparison') : tr.signed(progress.change, unit)}</dd>
        </div>
        <div>
          <dt>{tr.t('deadline')}</dt>
          <dd>
            <time dateTime={target.deadline}>{tr.date(target.deadline)}</time>
            {progress.deadlinePassed && <span className="muted"> ({tr.t('deadlinePassed')})</span>}
          </dd>
        </div>
      </dl>
      {rounded && current && (
        <p className="muted small">{tr.t('bestEstimate', { value: tr.figure(current.value, unit) })}</p>
      )}
      <ProgressBar
        percent={progress.percentOfTarget}
        direction={direction}
        label={tr.t('progressLabel', { kpi: label })}
        tr={tr}
      />
      {progress.status === 'noData' && <p className="hint">{tr.t('noDataForKpi')}</p>}
      {progress.projection && (
        <p className="muted small">
          {tr.t('projection', {
            value: tr.figure(progress.projection.value, unit),
            date: tr.date(progress.projection.at),
          })}
        </p>
      )}
      {progress.straddlesTarget && <p className="muted small">{tr.t('straddles')}</p>}
      <Sparkline points={view.trend} unit={unit} target={target.target} tr={tr} />
      {definition && (
        <FormulaDisclosure
          formula={tr.pick(formulaOf(definition.id, target.denominator))}
          tr={tr}
          details={
            <ul className="formula-details">
              <li>
                {tr.t('measuredPeriod', {
                  start: tr.date(progress.period.start),
                  end: tr.date(progress.period.end),
                })}
              </li>
              <li>
                {tr.t('previousPeriod', {
                  start: tr.date(progress.previousPeriod.start),
                  end: tr.date(progress.previousPeriod.end),
                  value: tr.kpiValue(progress.previous, unit),
                })}
              </li>
              {current?.postsUsed !== undefined && (
                <li>{tr.t('postsUsed', { used: current.postsUsed, skipped: current.postsSkipped ?? 0 })}</li>
              )}
              {current?.accountsSkipped ? (
                <li>{tr.t('accountsSkipped', { count: current.accountsSkipped })}</li>
              ) : null}
              {current?.baselineAt && (
                <li>{tr.t('baselineAt', { date: tr.dateTime(current.baselineAt) })}</li>
              )}
              {current?.asOf && <li>{tr.t('asOf', { date: tr.dateTime(current.asOf) })}</li>}
              <li>{tr.t(view.bucket === 'day' ? 'trendPerDay' : 'trendPerWeek')}</li>
            </ul>
          }
        />
      )}
    </>
  );
}
