import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { exportJson } from '../../../lib/export/export-json';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
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
let downloads: { name: string; blob: Blob }[];

beforeEach(async () => {
  db = await freshDatabase();
  downloads = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test-${next++}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});
afterEach(async () => {
  await settle();
  db.close();
  await db.delete();
});

async function seed(target: KpiLensDatabase) {
  await target.accounts.add(account('acme', true));
  await target.posts.add(post({ postId: 'p1', publishedAt: daysBefore(NOW, 2) }));
  await target.postSnapshots.add(postSnapshot('p1', daysBefore(NOW, 1), interactions(3, 2, 1)));
  await target.profileSnapshots.add(profileSnapshot('acme', daysBefore(NOW, 1), 100));
}

async function openData(language: 'fr' | 'en') {
  await withSettings({ language });
  renderUi(<OptionsApp db={db} clock={clock} />);
  await screen.findByRole('heading', { name: language === 'fr' ? 'Nouvel objectif' : 'New objective' });
  // Everything the page reads at start has arrived.
  await waitFor(() => expect(screen.queryByText(/^(Chargement|Loading)…$/)).toBeNull());
  return screen.getByRole('region', { name: language === 'fr' ? 'Données' : 'Data' });
}

describe('data: export, import, delete', () => {
  it('exports JSON and CSV as downloads', async () => {
    await seed(db);
    const user = userEvent.setup();
    const section = await openData('fr');
    await user.click(within(section).getByRole('button', { name: 'Exporter en JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^kpi-lens-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(await (downloads[0]?.blob as Blob).text()) as Record<string, unknown[]>;
    expect(document.posts).toHaveLength(1);

    await user.click(within(section).getByRole('button', { name: 'Exporter en CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(downloads.slice(1).map((d) => d.name.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).toEqual([
      'kpi-lens-posts-DATE.csv',
      'kpi-lens-profiles-DATE.csv',
    ]);
    // Headers follow the UI language.
    expect(await (downloads[2]?.blob as Blob).text()).toMatch(/Abonnés/);
  });

  it('imports a file and shows what it added, in the user’s language', async () => {
    const source = await freshDatabase();
    await seed(source);
    const file = new File([await exportJson(source, DEFAULT_SETTINGS)], 'kpi-lens.json', {
      type: 'application/json',
    });
    source.close();
    await source.delete();

    const user = userEvent.setup();
    const section = await openData('en');
    await user.upload(within(section).getByLabelText('Import a JSON file'), file);
    expect(await within(section).findByText('Import complete.')).toBeTruthy();
    const table = within(section).getByRole('table', { name: 'What the import changed' });
    const row = within(table).getByRole('row', { name: /Post readings/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0', '0']);
    // The page follows the imported data at once: the account appears among the user's accounts.
    expect(await screen.findByRole('group', { name: '@acme (X)' })).toBeTruthy();
    expect(await db.postSnapshots.count()).toBe(1);
    expect(await db.accounts.get(['x', 'acme'])).toMatchObject({ owned: true });
  });

  it('refuses a broken file and says why in French', async () => {
    const user = userEvent.setup();
    const section = await openData('fr');
    const file = new File(['{"format": "kpi-lens", '], 'cassé.json', { type: 'application/json' });
    await user.upload(within(section).getByLabelText('Importer un fichier JSON'), file);
    const alert = await within(section).findByText(/^Import refusé : /);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(alert.textContent).toMatch(/Le fichier est incomplet ou n’est pas du JSON valide/);
    expect(await db.posts.count()).toBe(0);
  });

  it('deletes everything only after a confirmation', async () => {
    await seed(db);
    const user = userEvent.setup();
    const section = await openData('fr');
    await user.click(within(section).getByRole('button', { name: 'Tout effacer' }));
    expect(within(section).getByText(/seront effacés de cet appareil/)).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Annuler' }));
    expect(await db.posts.count()).toBe(1);

    await user.click(within(section).getByRole('button', { name: 'Tout effacer' }));
    await user.click(within(section).getByRole('button', { name: 'Oui, tout effacer définitivement' }));
    expect(await within(section).findByText('Toutes les données ont été effacées.')).toBeTruthy();
    expect(await db.posts.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
  });
});
