import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/PopupApp';
import { getDatabase } from '../../lib/db/database';
import '../../components/styles.css';

const db = getDatabase();
// Open the database now, while React renders the first frame, rather than on the first query.
// A failure surfaces again in the queries, which report it.
db.open().catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp db={db} />
    </StrictMode>,
  );
}
