import { useCallback } from 'react';
import type { KpiLensDatabase } from '../../lib/db/database';
import { countAllData } from '../../lib/export/counts';
import { deleteAllData } from '../../lib/export/delete';
import type { Translator } from '../../lib/i18n/translate';
import { ConfirmDelete } from './ConfirmDelete';

/** Erases every record from this device, after the user confirms. Settings are kept. */
export function DeleteAllButton({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  const count = useCallback(() => countAllData(db), [db]);
  return (
    <ConfirmDelete
      tr={tr}
      label={tr.t('deleteAll')}
      count={count}
      warning={(counts) =>
        counts === undefined
          ? tr.t('deleteAllWarning')
          : `${tr.t('deleteAllCounts', { counts })} ${tr.t('deleteAllWarning')}`
      }
      confirmLabel={tr.t('deleteAllConfirm')}
      erase={async () => {
        await deleteAllData(db);
      }}
      done={() => tr.t('deleteAllDone')}
    />
  );
}
