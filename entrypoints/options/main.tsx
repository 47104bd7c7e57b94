import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import { getDatabase } from '../../lib/db/database';
import '../../components/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsApp db={getDatabase()} />
    </StrictMode>,
  );
}
