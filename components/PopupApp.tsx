import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import type { KpiLensDatabase } from '../lib/db/database';
import { storeSummary } from '../lib/db/queries';
import { NETWORKS } from '../lib/model/records';
import { useSettingsSync, useTranslator } from '../lib/ui/use-translator';
import { NetworkSection } from './NetworkSection';

export function PopupApp({ db }: { db: KpiLensDatabase }) {
  useSettingsSync();
  const tr = useTranslator();
  const summary = useLiveQuery(() => storeSummary(db), [db]);
  return (
    <main className="popup" lang={tr.language}>
      <header className="top">
        <h1>{tr.t('appName')}</h1>
        <p className="tagline">{tr.t('tagline')}</p>
      </header>
      {summary && summary.posts + summary.profileSnapshots === 0 ? (
        <section className="empty">
          <h2>{tr.t('noDataTitle')}</h2>
          <p>{tr.t('noDataBody')}</p>
        </section>
      ) : (
        summary && (
          <p className="summary">
            {tr.t('postsTracked', { count: summary.posts })} · {tr.t('snapshotsStored', { count: summary.postSnapshots + summary.profileSnapshots })}
            {summary.lastCapturedAt && (
              <>
                <br />
                {tr.t('lastReading', { time: tr.dateTime(summary.lastCapturedAt) })}
              </>
            )}
          </p>
        )
      )}
      {summary &&
        summary.posts + summary.profileSnapshots > 0 &&
        NETWORKS.map((network) => <NetworkSection key={network} db={db} network={network} tr={tr} />)}
      <footer>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {tr.t('options')}
        </button>
        <span className="privacy">{tr.t('privacy')}</span>
      </footer>
    </main>
  );
}
