import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import type { KpiLensDatabase } from '../lib/db/database';
import { storeSummary } from '../lib/db/queries';
import { NETWORKS, type Network } from '../lib/model/networks';
import { NETWORK_LABEL } from '../lib/ui/labels';
import { useObjectiveViews, type ObjectivesFeed } from '../lib/ui/objective-views';
import { useAfterPaint } from '../lib/ui/use-after-paint';
import { networkSeen } from '../lib/ui/seen-handles';
import { ClockContext, systemClock, useNow, type Clock } from '../lib/ui/use-now';
import { useCollectionStatus } from '../lib/ui/use-collection-status';
import {
  useDocumentLanguage,
  useSettingsStore,
  useSettingsSync,
  useTranslator,
} from '../lib/ui/use-translator';
import { ExportJsonButton } from './ExportJsonButton';
import { NetworkSection } from './NetworkSection';
import { ObjectiveCard } from './ObjectiveCard';
import { StarterObjective } from './StarterObjective';

/**
 * The toolbar popup: each active objective against its targets, then the user's accounts per
 * network. Every figure is computed from index ranges of the period, so it opens fast with a
 * year of history; live queries refresh it while pages are being read. The objectives come
 * first: the network overviews and the footer's summary are fetched once their figures are in.
 */
export function PopupApp({
  db,
  clock = systemClock,
  feed,
}: {
  db: KpiLensDatabase;
  clock?: Clock;
  /** The objectives' query, already started (main.tsx): its time is the popup's first "now". */
  feed?: ObjectivesFeed;
}) {
  return (
    <ClockContext.Provider value={clock}>
      <Popup db={db} feed={feed} />
    </ClockContext.Provider>
  );
}

function Popup({ db, feed }: { db: KpiLensDatabase; feed: ObjectivesFeed | undefined }) {
  const tr = useTranslator();
  useDocumentLanguage(tr.language);
  const now = useNow(60_000, feed?.now);
  const trackedHashtags = useSettingsStore((s) => s.settings.trackedHashtags);
  // Whether anything is stored: two one-row probes. The full summary counts every snapshot, which
  // IndexedDB does row by row (≈ 0.2 s for a year), so it fills the footer later instead of
  // holding back the figures.
  const anyData = useLiveQuery(
    async () => (await db.posts.limit(1).count()) + (await db.profileSnapshots.limit(1).count()) > 0,
    [db],
  );
  const figures = useObjectiveViews(db, now, trackedHashtags, feed);
  const objectives = figures?.objectives;
  // Secondary: fetched once the objectives' figures are on screen, so they do not compete with them.
  const figuresShown = useAfterPaint(figures !== undefined);
  // The full settings (Zod schemas and migrations, a chunk of their own) wait for the figures too:
  // the first frame already has the language and hashtags it needs (main.tsx).
  useSettingsSync(figuresShown);
  const summary = useLiveQuery(() => (figuresShown ? storeSummary(db) : undefined), [db, figuresShown]);
  const accounts = useLiveQuery(() => db.accounts.toArray(), [db]);
  const seen = useLiveQuery(async () => {
    if (!figuresShown) return undefined;
    const flags = await Promise.all(NETWORKS.map((n) => networkSeen(db, n)));
    return NETWORKS.filter((_, i) => flags[i]);
  }, [db, figuresShown]);
  const hasData = anyData ?? false;
  const active = figures?.active ?? [];
  // One array per network, kept while the accounts do not change, so each section recomputes only when needed.
  const ownedByNetwork = useMemo(() => {
    const owned = (accounts ?? []).filter((a) => a.owned);
    return NETWORKS.map((network) => ({
      network,
      accounts: owned.filter((a) => a.network === network),
    })).filter((g) => g.accounts.length > 0);
  }, [accounts]);
  const neverVisited = seen ? NETWORKS.filter((n) => !seen.includes(n)) : [];
  const openOptions = () => void browser.runtime.openOptionsPage();
  const status = useCollectionStatus();

  return (
    <main
      className="popup"
      lang={tr.language}
      data-objectives={objectives && anyData !== undefined ? 'loaded' : 'loading'}
      // The network overviews start once the objectives' figures are painted.
      data-overviews={figuresShown ? 'started' : 'waiting'}
    >
      <header className="top">
        <div>
          <h1>{tr.t('appName')}</h1>
          <p className="tagline">{tr.t('tagline')}</p>
        </div>
        <div className="top-actions">
          <ExportJsonButton db={db} tr={tr} />
          <button type="button" className="link" onClick={openOptions}>
            {tr.t('options')}
          </button>
        </div>
      </header>

      {status.storageFullSince && (
        <p className="alert" role="alert">
          {tr.t('storageFull', { date: tr.dateTime(status.storageFullSince) })}
        </p>
      )}

      {anyData === false && (
        <section className="empty" aria-labelledby="no-data">
          <h2 id="no-data">{tr.t('noDataTitle')}</h2>
          <p>{tr.t('noDataBody')}</p>
        </section>
      )}

      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{tr.t('objectives')}</h2>
        {objectives && anyData !== undefined && active.length === 0 && (
          <>
            {objectives.length > 0 && (
              <p className="hint">{tr.t('allPaused', { count: objectives.length })}</p>
            )}
            <StarterObjective db={db} hasData={hasData} tr={tr} />
          </>
        )}
        {active.map((objective) => (
          <ObjectiveCard
            key={objective.id}
            objective={objective}
            views={figures?.views.get(objective.id)}
            tr={tr}
          />
        ))}
      </section>

      {hasData && accounts && ownedByNetwork.length === 0 && (
        <p className="hint">
          {tr.t('noOwnedAccount')}{' '}
          <button type="button" className="link" onClick={openOptions}>
            {tr.t('chooseAccounts')}
          </button>
        </p>
      )}
      {figuresShown &&
        ownedByNetwork.map(({ network, accounts: ofNetwork }) => (
          <NetworkSection key={network} db={db} network={network} accounts={ofNetwork} now={now} tr={tr} />
        ))}

      {hasData && neverVisited.length > 0 && (
        <p className="hint never-visited">
          {tr.t('neverVisited', {
            networks: neverVisited.map((n: Network) => tr.t(NETWORK_LABEL[n])).join(', '),
          })}
        </p>
      )}

      <footer>
        {summary && hasData && (
          <p className="summary">
            {tr.t('postsTracked', { count: summary.posts })}
            {summary.lastCapturedAt && (
              <>
                <br />
                {tr.t('lastReading', { time: tr.dateTime(summary.lastCapturedAt) })}
              </>
            )}
            {summary.rejectedMessages > 0 && (
              <>
                <br />
                {tr.t('rejectedMessages', { count: summary.rejectedMessages })}
              </>
            )}
          </p>
        )}
        <p className="privacy">{tr.t('privacy')}</p>
      </footer>
    </main>
  );
}
