import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/PopupApp';
import { getDatabase } from '../../lib/db/database';
import { startObjectivesFeed } from '../../lib/ui/objective-views';
import { systemClock } from '../../lib/ui/use-now';
import '../../components/styles.css';

const db = getDatabase();
// The objectives' figures are what the popup is opened for: their query starts now, while React
// renders the first frame, rather than after that frame's effects. (It opens the database; a
// failure surfaces again in the other queries, which report it.)
const feed = startObjectivesFeed(db, systemClock(), systemClock);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp db={db} feed={feed} />
    </StrictMode>,
  );
}
