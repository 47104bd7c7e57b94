import type { KpiLensDatabase } from '../lib/db/database';
import { exportFileName, exportJson } from '../lib/export/export-json';
import type { Translator } from '../lib/i18n/translate';
import { loadSettings } from '../lib/settings/store';
import { DownloadButton } from './DownloadButton';

/** Downloads the whole history as the export document (PRODUCT.md's public format). */
export function ExportJsonButton({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  return (
    <DownloadButton
      label={tr.t('exportJson')}
      tr={tr}
      build={async (now) => [
        { blob: await exportJson(db, await loadSettings(), { now }), name: exportFileName(now) },
      ]}
    />
  );
}
