import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/PopupApp';
import { getDatabase } from '../../lib/db/database';
import { readFirstFrameSettings, type FirstFrameSettings } from '../../lib/settings/first-frame';
import { startObjectivesFeed } from '../../lib/ui/objective-views';
import { systemClock } from '../../lib/ui/use-now';
import { useSettingsStore } from '../../lib/ui/use-translator';
import '../../components/styles.css';

// The language and tracked hashtags the first frame needs, read without Zod (the full settings
// load once the figures are on screen, components/PopupApp.tsx). One storage.local message, sent
// alongside the database's query.
const firstFrame = readFirstFrameSettings();

const db = getDatabase();
// The objectives' figures are what the popup is opened for: their query starts now, while React
// renders the first frame, rather than after that frame's effects. (It opens the database; a
// failure surfaces again in the other queries, which report it.)
const feed = startObjectivesFeed(db, systemClock(), systemClock);

/**
 * How long the first render waits for the first frame's settings. storage.local answers in a few
 * milliseconds, well before the objectives' IndexedDB query, which the wait does not hold back
 * (it is already running): waiting costs the figures nothing and spares a first frame in the
 * browser's language, and figures computed without the hashtags then again with them. Rendering at
 * once and applying the fields when they come would show that wrong frame whenever React renders
 * before storage answers. The cap is for a storage that is slow: the popup must never stay blank for
 * it, so it renders with the defaults and takes the fields when they come.
 */
const FIRST_FRAME_WAIT_MS = 50;

function firstFrameInTime(): Promise<FirstFrameSettings | undefined> {
  const cap = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_FRAME_WAIT_MS));
  return Promise.race([firstFrame, cap]);
}

void firstFrameInTime().then((fields) => {
  const { applyFirstFrame } = useSettingsStore.getState();
  if (fields) applyFirstFrame(fields);
  // Too late for the first frame: as soon as they come (unless the full settings came first).
  else void firstFrame.then(applyFirstFrame);
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <PopupApp db={db} feed={feed} />
      </StrictMode>,
    );
  }
});
