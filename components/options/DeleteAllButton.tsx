import { useId, useState } from 'react';
import type { KpiLensDatabase } from '../../lib/db/database';
import { deleteAllData } from '../../lib/export/delete';
import type { Translator } from '../../lib/i18n/translate';

/** Erases every record from this device, after the user confirms. Settings are kept. */
export function DeleteAllButton({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const warningId = useId();

  const erase = async () => {
    setBusy(true);
    try {
      await deleteAllData(db);
      setMessage({ ok: true, text: tr.t('deleteAllDone') });
    } catch (error) {
      setMessage({ ok: false, text: tr.t('deleteAllFailed', { reason: String(error) }) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div className="stack">
      {confirming ? (
        <div className="empty">
          <p id={warningId} className="warning">
            {tr.t('deleteAllWarning')}
          </p>
          <div className="buttons">
            <button
              type="button"
              className="danger"
              disabled={busy}
              aria-describedby={warningId}
              onClick={() => void erase()}
            >
              {tr.t('deleteAllConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {tr.t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setMessage(null);
              setConfirming(true);
            }}
          >
            {tr.t('deleteAll')}
          </button>
        </div>
      )}
      <p role="status" className={message?.ok === false ? 'error' : 'ok'}>
        {message?.text}
      </p>
    </div>
  );
}
