import { useId, useState, type ChangeEvent } from 'react';
import type { KpiLensDatabase } from '../../lib/db/database';
import { importDocument, type ImportCounts, type ImportSection } from '../../lib/export/import';
import type { MessageKey } from '../../lib/i18n/messages';
import type { Translator } from '../../lib/i18n/translate';

const SECTION_LABEL: Record<ImportSection, MessageKey> = {
  posts: 'sectionPosts',
  postSnapshots: 'sectionPostSnapshots',
  profileSnapshots: 'sectionProfileSnapshots',
  objectives: 'objectives',
  accounts: 'accountsTitle',
  manualFigures: 'manualTitle',
  settings: 'settingsTitle',
};

type Outcome =
  | { ok: true; added: ImportCounts; updated: ImportCounts; skipped: ImportCounts }
  | { ok: false; message: string; path?: string };

/** Imports an export document; says in the user's language what was added, or why the file was refused. */
export function ImportForm({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  const [busy, setBusy] = useState(false);
  const [includeSettings, setIncludeSettings] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const ids = { file: useId(), hint: useId() };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await importDocument(db, file, { includeSettings });
      setOutcome(
        result.ok ? result : { ok: false, message: tr.pick(result.error.message), path: result.error.path },
      );
    } catch (error) {
      setOutcome({ ok: false, message: String(error) });
    } finally {
      setBusy(false);
      // The same file can be chosen again (after fixing it, or to check that nothing is duplicated).
      input.value = '';
    }
  };

  const sections = outcome?.ok
    ? (Object.keys(SECTION_LABEL) as ImportSection[]).filter(
        (s) => outcome.added[s] + outcome.updated[s] + outcome.skipped[s] > 0,
      )
    : [];

  return (
    <div className="stack">
      <div className="field-row">
        <label htmlFor={ids.file}>{tr.t('importLabel')}</label>
        <input
          id={ids.file}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          aria-describedby={ids.hint}
          onChange={(e) => void onFile(e)}
        />
        <span id={ids.hint} className="muted small">
          {tr.t('importHint')}
        </span>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={includeSettings}
          onChange={(e) => setIncludeSettings(e.target.checked)}
        />{' '}
        {tr.t('importSettings')}
      </label>
      <div role="status" className="ok">
        {outcome?.ok && tr.t('importDone')}
      </div>
      <div role="alert" className="error">
        {outcome && !outcome.ok && tr.t('importFailed', { message: outcome.message })}
        {outcome && !outcome.ok && outcome.path && (
          <span className="muted small"> {tr.t('importPath', { path: outcome.path })}</span>
        )}
      </div>
      {outcome?.ok && (
        <table className="figures-table">
          <caption>{tr.t('importCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('importSection')}</th>
              <th scope="col">{tr.t('importAdded')}</th>
              <th scope="col">{tr.t('importUpdated')}</th>
              <th scope="col">{tr.t('importSkipped')}</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s}>
                <th scope="row">{tr.t(SECTION_LABEL[s])}</th>
                <td>{tr.number(outcome.added[s])}</td>
                <td>{tr.number(outcome.updated[s])}</td>
                <td>{tr.number(outcome.skipped[s])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
