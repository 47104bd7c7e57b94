import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { SETTINGS_KEY } from '../../../lib/settings/store';
import {
  account,
  daysBefore,
  freshDatabase,
  interactions,
  post,
  postSnapshot,
  profileSnapshot,
} from './fixtures';
import { renderUi, settle, withSettings } from './render';

const NOW = '2026-06-30T12:00:00.000Z';
const clock = () => NOW;
let db: KpiLensDatabase;

beforeEach(async () => {
  db = await freshDatabase();
  // acme on X: 2 posts, 3 readings, 2 profile readings; rival on X: 1 post, 1 reading;
  // acme on Instagram: 1 profile reading.
  await db.accounts.bulkAdd([
    account('acme', true),
    account('rival', false),
    account('acme', true, 'instagram'),
  ]);
  await db.posts.bulkAdd([
    post({ postId: 'p1', publishedAt: daysBefore(NOW, 3) }),
    post({ postId: 'p2', publishedAt: daysBefore(NOW, 2) }),
    post({ postId: 'r1', author: 'rival', publishedAt: daysBefore(NOW, 2) }),
  ]);
  await db.postSnapshots.bulkAdd([
    postSnapshot('p1', daysBefore(NOW, 3), interactions(1, 1, 1)),
    postSnapshot('p1', daysBefore(NOW, 2), interactions(2, 1, 1)),
    postSnapshot('p2', daysBefore(NOW, 1), interactions(5, 0, 0)),
    postSnapshot('r1', daysBefore(NOW, 1), interactions(9, 9, 9), 'rival'),
  ]);
  await db.profileSnapshots.bulkAdd([
    profileSnapshot('acme', daysBefore(NOW, 2), 100),
    profileSnapshot('acme', daysBefore(NOW, 1), 110),
    profileSnapshot('acme', daysBefore(NOW, 1), 50, 'instagram'),
  ]);
});
afterEach(async () => {
  await settle();
  db.close();
  await db.delete();
});

async function openData(language: 'fr' | 'en') {
  await withSettings({ language });
  renderUi(<OptionsApp db={db} clock={clock} />);
  await screen.findByRole('heading', { name: language === 'fr' ? 'Nouvel objectif' : 'New objective' });
  await waitFor(() => expect(screen.queryByText(/^(Chargement|Loading)…$/)).toBeNull());
  return screen.getByRole('region', { name: language === 'fr' ? 'Données' : 'Data' });
}

describe('deleting one account, one network, everything', () => {
  it('deletes one account after a confirmation that says what will go (fr)', async () => {
    const user = userEvent.setup();
    const section = await openData('fr');
    await user.selectOptions(within(section).getByLabelText('Compte'), '["x","acme"]');
    await user.click(within(section).getByRole('button', { name: 'Effacer ce compte…' }));
    const confirm = within(section).getByRole('button', { name: 'Oui, effacer @acme (X)' });
    await waitFor(() =>
      expect(document.getElementById(confirm.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
        'Seront effacés de cet appareil pour @acme (X) : 2 publications, 3 relevés, 2 relevés de profil, 1 compte. Les objectifs sont conservés.',
      ),
    );
    // Cancel deletes nothing.
    await user.click(within(section).getByRole('button', { name: 'Annuler' }));
    expect(await db.posts.count()).toBe(3);

    await user.click(within(section).getByRole('button', { name: 'Effacer ce compte…' }));
    await user.click(within(section).getByRole('button', { name: 'Oui, effacer @acme (X)' }));
    expect(
      await within(section).findByText(
        '@acme (X) effacé : 2 publications, 3 relevés, 2 relevés de profil, 1 compte.',
      ),
    ).toBeTruthy();
    expect((await db.posts.toArray()).map((p) => p.postId)).toEqual(['r1']);
    expect(await db.postSnapshots.count()).toBe(1);
    expect((await db.profileSnapshots.toArray()).map((s) => s.network)).toEqual(['instagram']);
    expect((await db.accounts.toArray()).map((a) => `${a.network}/${a.handle}`).sort()).toEqual([
      'instagram/acme',
      'x/rival',
    ]);
    // The account is gone from the list.
    await waitFor(() =>
      expect(
        within(within(section).getByLabelText('Compte')).queryByRole('option', { name: '@acme (X)' }),
      ).toBeNull(),
    );
  });

  it('deletes one network after a confirmation that counts it (en)', async () => {
    const user = userEvent.setup();
    const section = await openData('en');
    await user.selectOptions(within(section).getByLabelText('Network'), 'x');
    await user.click(within(section).getByRole('button', { name: 'Delete this network…' }));
    expect(
      await within(section).findByText(
        'This will delete from this device for X: 3 posts, 4 readings, 2 profile readings, 2 accounts. Objectives are kept.',
      ),
    ).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Yes, delete the data of X' }));
    expect(
      await within(section).findByText(
        'Data of X deleted: 3 posts, 4 readings, 2 profile readings, 2 accounts.',
      ),
    ).toBeTruthy();
    expect(await db.posts.count()).toBe(0);
    expect(await db.profileSnapshots.count()).toBe(1);
    expect(await db.accounts.count()).toBe(1);
  });

  it('counts everything before deleting everything', async () => {
    const user = userEvent.setup();
    const section = await openData('en');
    await user.click(within(section).getByRole('button', { name: 'Delete everything' }));
    expect(
      await within(section).findByText(
        /^This will delete: 3 posts, 4 readings, 3 profile readings, 3 accounts\. Every post/,
      ),
    ).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Yes, delete everything for good' }));
    expect(await within(section).findByText('All data has been deleted.')).toBeTruthy();
    expect(await db.postSnapshots.count()).toBe(0);
  });

  it('says 1 in the singular', async () => {
    const user = userEvent.setup();
    const section = await openData('fr');
    await user.selectOptions(within(section).getByLabelText('Compte'), '["x","rival"]');
    await user.click(within(section).getByRole('button', { name: 'Effacer ce compte…' }));
    expect(
      await within(section).findByText(
        'Seront effacés de cet appareil pour @rival (X) : 1 publication, 1 relevé, 0 relevé de profil, 1 compte. Les objectifs sont conservés.',
      ),
    ).toBeTruthy();
  });
});

describe('retention setting', () => {
  it('keeps everything by default, and saves "keep N months" (fr)', async () => {
    const user = userEvent.setup();
    await openData('fr');
    const section = screen.getByRole('region', { name: 'Réglages' });
    const field = within(section).getByLabelText('Conserver les relevés pendant (mois)');
    expect(field).toHaveProperty('value', '0');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /^0 : tout garder/,
    );
    await user.clear(field);
    await user.type(field, '6');
    await user.click(within(section).getByRole('button', { name: 'Enregistrer les réglages' }));
    await waitFor(async () => {
      const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
      expect(stored).toMatchObject({ version: 2, retentionMonths: 6, language: 'fr' });
    });
  });

  it('refuses a retention out of range (en)', async () => {
    const user = userEvent.setup();
    await openData('en');
    const section = screen.getByRole('region', { name: 'Settings' });
    const field = within(section).getByLabelText('Keep readings for (months)');
    await user.clear(field);
    await user.type(field, '2.5');
    await user.click(within(section).getByRole('button', { name: 'Save the settings' }));
    expect(await within(section).findByText(/whole number of months between 0 and 120/)).toBeTruthy();
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toMatchObject({ retentionMonths: 0 });
  });
});
