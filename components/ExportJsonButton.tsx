import type { KpiLensDatabase } from '../lib/db/database';
import type { Translator } from '../lib/i18n/translate';
import { DownloadButton } from './DownloadButton';

/**
 * Downloads the whole history as the export document (PRODUCT.md's public format). The document's
 * code (its Zod schema, the settings' loader) is fetched on click: the popup does not load it to open.
 */
export function ExportJsonButton({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  return (
    <DownloadButton
      label={tr.t('exportJson')}
      tr={tr}
      build={async (now) => {
        const [{ exportFileName, exportJson }, { loadSettings }] = await Promise.all([
          import('../lib/export/export-json'),
          import('../lib/settings/store'),
        ]);
        return [{ blob: await exportJson(db, await loadSettings(), { now }), name: exportFileName(now) }];
      }}
    />
  );
}
