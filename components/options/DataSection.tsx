import { useState } from 'react';
import type { KpiLensDatabase } from '../../lib/db/database';
import { csvFileName, exportPostCsv, exportProfileCsv } from '../../lib/export/export-csv';
import type { Translator } from '../../lib/i18n/translate';
import { downloadBlob } from '../../lib/ui/download';
import { ExportJsonButton } from '../ExportJsonButton';
import { DeleteAllButton } from './DeleteAllButton';
import { DeleteAccountForm, DeleteNetworkForm } from './DeleteScopedForms';
import { ImportForm } from './ImportForm';

/** Export (JSON, CSV), import, and deletion of everything, one network or one account. */
export function DataSection({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  return (
    <section id="data" className="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{tr.t('dataTitle')}</h2>
      <p className="muted">{tr.t('dataIntro')}</p>
      <div className="buttons">
        <ExportJsonButton db={db} tr={tr} />
        <ExportCsvButton db={db} tr={tr} />
      </div>
      <h3>{tr.t('importTitle')}</h3>
      <ImportForm db={db} tr={tr} />
      <h3>{tr.t('deleteTitle')}</h3>
      <DeleteAllButton db={db} tr={tr} />
      <h4>{tr.t('deleteNetworkTitle')}</h4>
      <DeleteNetworkForm db={db} tr={tr} />
      <h4>{tr.t('deleteAccountTitle')}</h4>
      <DeleteAccountForm db={db} tr={tr} />
    </section>
  );
}

/** Two spreadsheets: post figures and profile figures, one row per reading, headers in the UI language. */
function ExportCsvButton({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const now = new Date();
      const [posts, profiles] = await Promise.all([
        exportPostCsv(db, tr.language),
        exportProfileCsv(db, tr.language),
      ]);
      const names = [csvFileName('posts', now), csvFileName('profiles', now)] as const;
      downloadBlob(posts, names[0]);
      downloadBlob(profiles, names[1]);
      setMessage({ ok: true, text: tr.t('exportDone', { name: names.join(', ') }) });
    } catch (error) {
      setMessage({ ok: false, text: tr.t('exportFailed', { reason: String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export">
      <button type="button" disabled={busy} aria-busy={busy} onClick={() => void run()}>
        {tr.t('exportCsv')}
      </button>
      <span role="status" className={message?.ok === false ? 'error small' : 'muted small'}>
        {message?.text}
      </span>
    </span>
  );
}
