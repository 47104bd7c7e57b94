import { useState } from 'react';
import type { KpiLensDatabase } from '../lib/db/database';
import { exportFileName, exportJson } from '../lib/export/export-json';
import type { Translator } from '../lib/i18n/translate';
import { loadSettings } from '../lib/settings/store';
import { downloadBlob } from '../lib/ui/download';

/** Downloads the whole history as the export document (PRODUCT.md's public format). */
export function ExportJsonButton({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const now = new Date();
      const blob = await exportJson(db, await loadSettings(), { now });
      const name = exportFileName(now);
      downloadBlob(blob, name);
      setMessage({ ok: true, text: tr.t('exportDone', { name }) });
    } catch (error) {
      setMessage({ ok: false, text: tr.t('exportFailed', { reason: String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export">
      <button type="button" disabled={busy} aria-busy={busy} onClick={() => void run()}>
        {tr.t('exportJson')}
      </button>
      <span role="status" className={message?.ok === false ? 'error small' : 'muted small'}>
        {message?.text}
      </span>
    </span>
  );
}
