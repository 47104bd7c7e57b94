import { useState } from 'react';
import type { KpiLensDatabase } from '../lib/db/database';
import type { Translator } from '../lib/i18n/translate';
import { useClock } from '../lib/ui/use-now';

/** The empty state of objectives: what an objective is, and one click to start with one. */
export function StarterObjective({
  db,
  hasData,
  tr,
}: {
  db: KpiLensDatabase;
  hasData: boolean;
  tr: Translator;
}) {
  const clock = useClock();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const create = async () => {
    setBusy(true);
    setFailed(false);
    try {
      // Fetched on click: the starter's code (objective schema, handle search) is not needed to open.
      const { createStarterObjective } = await import('../lib/ui/starter');
      const created = await createStarterObjective(db, clock());
      if (!created) setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="empty">
      <h3>{tr.t('noObjectiveTitle')}</h3>
      <p>{tr.t('noObjectiveBody')}</p>
      {hasData ? (
        <>
          <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
            {tr.t('createStarter')}
          </button>
          <p className="muted small">{tr.t('createStarterHint')}</p>
        </>
      ) : (
        <p className="hint">{tr.t('starterNeedsData')}</p>
      )}
      {failed && (
        <p role="alert" className="error">
          {tr.t('starterFailed')}
        </p>
      )}
    </div>
  );
}
