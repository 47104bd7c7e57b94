import { act, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { account, daysBefore, freshDatabase, profileSnapshot } from './fixtures';
import { renderUi, settle, withSettings } from './render';

const NOW = '2026-06-30T12:00:00.000Z';
const clock = () => NOW;
let db: KpiLensDatabase;

beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await settle();
  db.close();
  await db.delete();
});

async function openOptions(language: 'fr' | 'en') {
  await withSettings({ language });
  renderUi(<OptionsApp db={db} clock={clock} />);
  await screen.findByRole('heading', { name: language === 'fr' ? 'Nouvel objectif' : 'New objective' });
  await waitFor(() => expect(screen.queryByText(/^(Chargement|Loading)…$/)).toBeNull());
  return screen.getByRole('region', { name: language === 'fr' ? 'Comptes' : 'Accounts' });
}

describe('the logged-in account the pages showed', () => {
  it('is suggested first with its reason, and one click saves it as mine (French)', async () => {
    await browser.storage.local.set({
      viewers: { x: { handle: 'camille_cm', displayName: 'Camille · CM', seenAt: daysBefore(NOW, 1) } },
    });
    await db.profileSnapshots.add(profileSnapshot('rival', daysBefore(NOW, 2), 5000));
    const user = userEvent.setup();
    const section = await openOptions('fr');

    const detected = await within(section).findByRole('list', { name: 'Compte connecté détecté' });
    expect(detected.textContent).toContain('Vous semblez connecté·e en tant que @camille_cm sur X');
    expect(within(detected).getByText('@camille_cm').tagName).toBe('BDI');
    expect(within(detected).getByText('Camille · CM').tagName).toBe('BDI');
    // Before the handles merely seen.
    const seen = await within(section).findByRole('list', { name: 'Déjà vus par KPI Lens' });
    expect(detected.compareDocumentPosition(seen) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(within(detected).getByRole('button', { name: 'C’est mon compte : @camille_cm (X)' }));
    await waitFor(async () =>
      expect(await db.accounts.get(['x', 'camille_cm'])).toMatchObject({
        owned: true,
        displayName: 'Camille · CM',
        addedAt: NOW,
      }),
    );
    // Now an account: no longer suggested.
    await waitFor(() =>
      expect(within(section).queryByRole('list', { name: 'Compte connecté détecté' })).toBeNull(),
    );
  });

  it('appears when a page records it while the options are open, and reads in English', async () => {
    const user = userEvent.setup();
    const section = await openOptions('en');
    expect(within(section).queryByRole('list', { name: 'Logged-in account detected' })).toBeNull();

    // A LinkedIn tab records the account while the options page is open.
    await act(async () => {
      await browser.storage.local.set({
        viewers: { linkedin: { handle: 'camille-durand-cm', seenAt: NOW } },
      });
    });
    const detected = await within(section).findByRole('list', { name: 'Logged-in account detected' });
    expect(detected.textContent).toContain('You appear to be logged in as @camille-durand-cm on LinkedIn');
    await user.click(
      within(detected).getByRole('button', { name: 'This is my account: @camille-durand-cm (LinkedIn)' }),
    );
    await waitFor(async () =>
      expect(await db.accounts.get(['linkedin', 'camille-durand-cm'])).toMatchObject({ owned: true }),
    );
  });

  it('is not offered when already an account, nor when the stored value is malformed', async () => {
    await db.accounts.add(account('acme', false));
    await browser.storage.local.set({
      viewers: {
        x: { handle: 'acme', seenAt: NOW },
        instagram: { handle: '<img src=x onerror=alert(1)>', seenAt: NOW },
        facebook: { handle: 'UPPER', seenAt: NOW },
        linkedin: 'camille',
      },
    });
    const section = await openOptions('en');
    await settle();
    expect(within(section).queryByRole('list', { name: 'Logged-in account detected' })).toBeNull();
    expect(within(section).queryByText(/You appear to be logged in/)).toBeNull();
  });
});
