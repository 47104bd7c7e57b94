import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '../lib/db/database';
import { pruneReceivedBatches } from '../lib/db/ingest';
import { receiveMessage } from '../lib/db/receive';
import { applyRetention } from '../lib/settings/retention';
import { loadSettings } from '../lib/settings/store';

// The sole writer of the database. Content scripts cannot open it (their IndexedDB belongs to
// the page's origin), so they send readings here.
export default defineBackground(() => {
  const db = getDatabase();

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's own scripts and pages; there is no externally_connectable.
    if (sender.id !== browser.runtime.id) return false;
    void receiveMessage(db, message, loadSettings).then((response) => {
      sendResponse(response);
      // The user's retention ("keep N months"), at most once a day, after the reading is stored.
      void applyRetention(db);
    });
    return true; // the answer comes asynchronously
  });

  void pruneReceivedBatches(db, new Date()).catch(() => undefined);
  void applyRetention(db, { force: true });
});
