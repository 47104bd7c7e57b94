import { NetworkOptions } from './NetworkOptions';
import { useId, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { KpiLensDatabase } from '../../lib/db/database';
import type { MessageKey } from '../../lib/i18n/messages';
import type { Translator } from '../../lib/i18n/translate';
import { ManualFigureSchema, type ManualFigure, type Network } from '../../lib/model/records';
import { endOfDay, startOfDay } from '../../lib/ui/dates';
import { newId } from '../../lib/ui/handles';
import { NETWORK_LABEL } from '../../lib/ui/labels';
import { parseNumberInput } from '../../lib/ui/objective-draft';

type Metric = ManualFigure['metric'];

const METRIC_LABEL: Record<Metric, MessageKey> = { clicks: 'manualClicks', conversions: 'manualConversions' };

/** Two figures overlap when they count the same thing for the same account over shared days. */
function overlapping(a: ManualFigure, b: Omit<ManualFigure, 'id'>): boolean {
  return (
    a.network === b.network &&
    a.metric === b.metric &&
    (a.handle ?? '') === (b.handle ?? '') &&
    a.periodStart <= b.periodEnd &&
    b.periodStart <= a.periodEnd
  );
}

/** Clicks and conversions, which no page shows, entered by hand for a period. */
export function ManualFiguresSection({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  const figures = useLiveQuery(() => db.manualFigures.orderBy('periodStart').reverse().toArray(), [db]);
  const accounts = useLiveQuery(() => db.accounts.toArray(), [db]);
  const [network, setNetwork] = useState<Network>('instagram');
  const [handle, setHandle] = useState('');
  const [metric, setMetric] = useState<Metric>('clicks');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [saved, setSaved] = useState(false);
  const ids = {
    network: useId(),
    handle: useId(),
    metric: useId(),
    start: useId(),
    end: useId(),
    value: useId(),
    note: useId(),
  };
  const onNetwork = (accounts ?? []).filter((a) => a.network === network);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const periodStart = startOfDay(start);
    const periodEnd = endOfDay(end);
    const amount = parseNumberInput(value);
    if (!periodStart || !periodEnd) return setProblem('manualProblemDates');
    if (periodStart > periodEnd) return setProblem('manualProblemOrder');
    if (amount === null || amount < 0) return setProblem('manualProblemValue');
    const candidate = {
      network,
      ...(handle ? { handle } : {}),
      metric,
      periodStart,
      periodEnd,
      value: amount,
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    if ((figures ?? []).some((f) => overlapping(f, candidate))) return setProblem('manualProblemOverlap');
    const parsed = ManualFigureSchema.safeParse({ id: newId('figure'), ...candidate });
    if (!parsed.success) return setProblem('manualProblemValue');
    setProblem(null);
    await db.manualFigures.put(parsed.data);
    setValue('');
    setNote('');
    setSaved(true);
  };

  return (
    <section id="manual" className="card" aria-labelledby="manual-heading">
      <h2 id="manual-heading">{tr.t('manualTitle')}</h2>
      <p className="muted">{tr.t('manualIntro')}</p>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <div className="grid">
          <div className="field-row">
            <label htmlFor={ids.network}>{tr.t('network')}</label>
            <select
              id={ids.network}
              value={network}
              onChange={(e) => {
                setNetwork(e.target.value as Network);
                setHandle('');
              }}
            >
              <NetworkOptions tr={tr} />
            </select>
          </div>
          <div className="field-row">
            <label htmlFor={ids.handle}>{tr.t('account')}</label>
            <select id={ids.handle} value={handle} onChange={(e) => setHandle(e.target.value)}>
              <option value="">{tr.t('wholeNetwork')}</option>
              {onNetwork.map((a) => (
                <option key={a.handle} value={a.handle}>
                  @{a.handle}
                </option>
              ))}
            </select>
          </div>
          <div className="field-row">
            <label htmlFor={ids.metric}>{tr.t('manualMetric')}</label>
            <select id={ids.metric} value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
              <option value="clicks">{tr.t('manualClicks')}</option>
              <option value="conversions">{tr.t('manualConversions')}</option>
            </select>
          </div>
          <div className="field-row">
            <label htmlFor={ids.start}>{tr.t('periodFrom')}</label>
            <input id={ids.start} type="date" value={start} onChange={(e) => setStart(e.target.value)} />
          </div>
          <div className="field-row">
            <label htmlFor={ids.end}>{tr.t('periodTo')}</label>
            <input id={ids.end} type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          </div>
          <div className="field-row">
            <label htmlFor={ids.value}>{tr.t('manualValue')}</label>
            <input
              id={ids.value}
              type="text"
              inputMode="numeric"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </div>
          <div className="field-row wide">
            <label htmlFor={ids.note}>{tr.t('manualNote')}</label>
            <input
              id={ids.note}
              type="text"
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </div>
        <p role="alert" className="error">
          {problem && tr.t(problem)}
        </p>
        <div>
          <button type="submit" className="primary">
            {tr.t('manualSave')}
          </button>
        </div>
        <p role="status" className="ok">
          {saved && tr.t('manualSaved')}
        </p>
      </form>
      {figures && figures.length > 0 && (
        <table className="figures-table">
          <caption>{tr.t('manualListCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('network')}</th>
              <th scope="col">{tr.t('account')}</th>
              <th scope="col">{tr.t('manualMetric')}</th>
              <th scope="col">{tr.t('period')}</th>
              <th scope="col">{tr.t('manualValue')}</th>
              <th scope="col">
                <span className="visually-hidden">{tr.t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id}>
                <td>{tr.t(NETWORK_LABEL[f.network])}</td>
                <td>{f.handle ? `@${f.handle}` : tr.t('wholeNetwork')}</td>
                <td>{tr.t(METRIC_LABEL[f.metric])}</td>
                <td>{tr.t('periodRange', { start: tr.date(f.periodStart), end: tr.date(f.periodEnd) })}</td>
                <td>
                  {tr.number(f.value)}
                  {f.note && <span className="muted small"> — {f.note}</span>}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={tr.t('deleteFigureNamed', {
                      metric: tr.t(METRIC_LABEL[f.metric]),
                      start: tr.date(f.periodStart),
                    })}
                    onClick={() => void db.manualFigures.delete(f.id)}
                  >
                    {tr.t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
