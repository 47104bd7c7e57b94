import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/PopupApp';
import { getDatabase } from '../../lib/db/database';
import '../../components/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp db={getDatabase()} />
    </StrictMode>,
  );
}
