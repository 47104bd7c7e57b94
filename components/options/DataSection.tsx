import type { KpiLensDatabase } from '../../lib/db/database';
import { csvFileName, exportPostCsv, exportProfileCsv } from '../../lib/export/export-csv';
import type { Translator } from '../../lib/i18n/translate';
import { DownloadButton } from '../DownloadButton';
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
  return (
    <DownloadButton
      label={tr.t('exportCsv')}
      tr={tr}
      build={async (now) => {
        const [posts, profiles] = await Promise.all([
          exportPostCsv(db, tr.language),
          exportProfileCsv(db, tr.language),
        ]);
        return [
          { blob: posts, name: csvFileName('posts', now) },
          { blob: profiles, name: csvFileName('profiles', now) },
        ];
      }}
    />
  );
}
