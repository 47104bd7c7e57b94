import type { KpiLensDatabase } from '../../lib/db/database';
import { ClockContext, systemClock, useNow, type Clock } from '../../lib/ui/use-now';
import { useDocumentLanguage, useSettingsSync, useTranslator } from '../../lib/ui/use-translator';
import { AccountsSection } from './AccountsSection';
import { DataSection } from './DataSection';
import { ManualFiguresSection } from './ManualFiguresSection';
import { ObjectivesSection } from './ObjectivesSection';
import { SettingsSection } from './SettingsSection';

/** The options page: accounts, objectives and their KPIs, hand-entered figures, settings, data. */
export function OptionsApp({ db, clock = systemClock }: { db: KpiLensDatabase; clock?: Clock }) {
  return (
    <ClockContext.Provider value={clock}>
      <Options db={db} />
    </ClockContext.Provider>
  );
}

function Options({ db }: { db: KpiLensDatabase }) {
  useSettingsSync();
  const tr = useTranslator();
  useDocumentLanguage(tr.language);
  const now = useNow();
  return (
    <main className="options" lang={tr.language}>
      <header className="top">
        <h1>{tr.t('optionsTitle')}</h1>
        <p className="tagline">{tr.t('optionsIntro')}</p>
        <nav aria-label={tr.t('sections')}>
          <ul className="toc">
            <li>
              <a href="#accounts">{tr.t('accountsTitle')}</a>
            </li>
            <li>
              <a href="#objectives">{tr.t('objectives')}</a>
            </li>
            <li>
              <a href="#manual">{tr.t('manualTitle')}</a>
            </li>
            <li>
              <a href="#settings">{tr.t('settingsTitle')}</a>
            </li>
            <li>
              <a href="#data">{tr.t('dataTitle')}</a>
            </li>
          </ul>
        </nav>
      </header>
      <AccountsSection db={db} now={now} tr={tr} />
      <ObjectivesSection db={db} now={now} tr={tr} />
      <ManualFiguresSection db={db} tr={tr} />
      <SettingsSection tr={tr} />
      <DataSection db={db} tr={tr} />
      <footer>
        <p className="privacy">{tr.t('privacy')}</p>
      </footer>
    </main>
  );
}
