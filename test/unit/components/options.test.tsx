import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { KpiLensDatabase } from '../../../lib/db/database';
import { ObjectiveSchema } from '../../../lib/model/objectives';
import { SETTINGS_KEY } from '../../../lib/settings/store';
import { account, daysBefore, freshDatabase, post, profileSnapshot } from './fixtures';
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

async function openOptions(language: 'fr' | 'en' = 'fr') {
  await withSettings({ language });
  renderUi(<OptionsApp db={db} clock={clock} />);
  await screen.findByRole('heading', { name: language === 'fr' ? 'Nouvel objectif' : 'New objective' });
  // Everything the page reads at start has arrived.
  await waitFor(() => expect(screen.queryByText(/^(Chargement|Loading)…$/)).toBeNull());
}

const objectivesSection = () => screen.getByRole('region', { name: /^Objecti/ });

describe('objectives', () => {
  beforeEach(async () => {
    await db.accounts.bulkAdd([account('acme', true), account('rival', false)]);
  });

  it('creates an objective: objective first, the suggested pair ticked, then targets and deadlines', async () => {
    const user = userEvent.setup();
    await openOptions('fr');
    const section = objectivesSection();
    expect(within(section).getByText(/les KPI qui le mesurent s’afficheront ici/)).toBeTruthy();
    await user.click(within(section).getByRole('radio', { name: 'Communauté engagée' }));
    expect(
      within(section).getByText('Faire réagir : J’aime, partages, hashtags (interactions)'),
    ).toBeTruthy();

    // The suggested pair for X is ticked; the network defaults to the user's own account's.
    expect((within(section).getByRole('combobox', { name: 'Réseau' }) as HTMLSelectElement).value).toBe('x');
    expect(within(section).getByRole('checkbox', { name: /^Taux d’engagement/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(section).getByRole('checkbox', { name: /^Taux d’amplification/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(section).getByRole('checkbox', { name: '@acme' })).toHaveProperty('checked', true);
    expect(within(section).getByRole('checkbox', { name: '@rival (Suivi)' })).toHaveProperty(
      'checked',
      false,
    );

    // Each KPI shows its formula in words; the engagement rate offers its denominator.
    const engagement = within(section).getByRole('group', { name: 'Taux d’engagement' });
    expect(within(engagement).getByText(/\(J’aime \+ commentaires \+ partages\) ÷ vues × 100/)).toBeTruthy();
    await user.click(within(engagement).getByRole('radio', { name: /les abonnés/ }));
    expect(within(engagement).getByText(/÷ abonnés de l’auteur au moment de la publication/)).toBeTruthy();

    await user.type(within(section).getByLabelText('Cible pour Taux d’engagement (en %)'), '2,5');
    await user.type(within(section).getByLabelText('Cible pour Taux d’amplification (en %)'), '0.4');
    const deadline = within(section).getByLabelText('Échéance pour Taux d’engagement');
    await user.clear(deadline);
    await user.type(deadline, '2026-09-30');
    await user.type(within(section).getByLabelText('Nom de l’objectif (facultatif)'), 'Rentrée');
    await user.click(within(section).getByRole('button', { name: 'Enregistrer l’objectif' }));

    await waitFor(async () => expect(await db.objectives.count()).toBe(1));
    const [saved] = await db.objectives.toArray();
    expect(ObjectiveSchema.safeParse(saved).success).toBe(true);
    expect(saved).toMatchObject({
      kind: 'engagement',
      title: 'Rentrée',
      active: true,
      createdAt: NOW,
      accounts: [{ network: 'x', handle: 'acme' }],
    });
    expect(saved?.kpis).toMatchObject([
      { kpi: 'engagementRate', network: 'x', target: 2.5, denominator: 'followers' },
      { kpi: 'amplification', network: 'x', target: 0.4 },
    ]);
    expect(new Date(saved?.kpis[0]?.deadline ?? '').getDate()).toBe(30);
    expect(await within(section).findByText('Objectif enregistré.')).toBeTruthy();
    const list = within(section).getByRole('list', { name: 'Objectifs enregistrés' });
    expect(within(list).getByText('Rentrée')).toBeTruthy();
  });

  it('refuses a third KPI and says why, then lets one replace another', async () => {
    const user = userEvent.setup();
    await openOptions('fr');
    const section = objectivesSection();
    await user.click(within(section).getByRole('radio', { name: 'Croissance de la communauté' }));
    expect(within(section).getByText(/Au plus 2 KPI par objectif : trop de KPI tue le KPI/)).toBeTruthy();
    const third = within(section).getByRole('checkbox', { name: 'Abonnés' });
    await user.click(third);
    expect(third).toHaveProperty('checked', false);
    const alert = within(section).getByText(
      /« Abonnés » n’a pas été ajouté : deux KPI au plus par objectif, car trop de KPI tue le KPI/,
    );
    expect(alert.getAttribute('role')).toBe('alert');
    expect(third.getAttribute('aria-describedby')).toBe(alert.id);

    await user.click(within(section).getByRole('checkbox', { name: /^Variation nette des abonnés/ }));
    await user.click(third);
    expect(third).toHaveProperty('checked', true);
    expect(
      within(section).getAllByRole('group', { name: /^Abonnés$|^Taux de croissance des abonnés$/ }),
    ).toHaveLength(2);
  });

  it('does not save an objective without a numeric target, and says what to fix', async () => {
    const user = userEvent.setup();
    await openOptions('fr');
    const section = objectivesSection();
    await user.click(within(section).getByRole('radio', { name: 'Notoriété' }));
    await user.type(within(section).getByLabelText('Cible pour Vues par publication'), 'beaucoup');
    await user.click(within(section).getByRole('button', { name: 'Enregistrer l’objectif' }));
    expect(await within(section).findByText(/points à corriger avant d’enregistrer/)).toBeTruthy();
    expect(within(section).getAllByText(/Indiquez une cible chiffrée/).length).toBe(2);
    expect(
      within(section).getByLabelText('Cible pour Vues par publication').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await db.objectives.count()).toBe(0);
  });

  it('edits, pauses and deletes an objective', async () => {
    await db.objectives.add({
      id: 'o1',
      kind: 'growth',
      title: 'Abonnés 2026',
      accounts: [{ network: 'x', handle: 'acme' }],
      kpis: [{ kpi: 'followerNetChange', network: 'x', target: 100, deadline: daysBefore(NOW, -30) }],
      active: true,
      createdAt: daysBefore(NOW, 10),
    });
    const user = userEvent.setup();
    await openOptions('en');
    const section = objectivesSection();
    await user.click(await within(section).findByRole('button', { name: 'Pause Abonnés 2026' }));
    await waitFor(async () => expect((await db.objectives.get('o1'))?.active).toBe(false));
    expect(await within(section).findByText('paused')).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Edit Abonnés 2026' }));
    expect(within(section).getByRole('heading', { name: 'Edit the objective' })).toBeTruthy();
    const target = within(section).getByLabelText('Target for Net follower change');
    expect((target as HTMLInputElement).value).toBe('100');
    await user.clear(target);
    await user.type(target, '150');
    await user.click(within(section).getByRole('button', { name: 'Save the objective' }));
    await waitFor(async () => expect((await db.objectives.get('o1'))?.kpis[0]?.target).toBe(150));
    expect((await db.objectives.get('o1'))?.createdAt).toBe(daysBefore(NOW, 10));

    await user.click(within(section).getByRole('button', { name: 'Delete Abonnés 2026' }));
    expect(await db.objectives.count()).toBe(1);
    await user.click(within(section).getByRole('button', { name: 'Confirm deleting Abonnés 2026' }));
    await waitFor(async () => expect(await db.objectives.count()).toBe(0));
  });

  it('refuses a third KPI in English too, with the reason', async () => {
    const user = userEvent.setup();
    await openOptions('en');
    const section = objectivesSection();
    await user.click(within(section).getByRole('radio', { name: 'Brand awareness' }));
    const third = within(section).getByRole('checkbox', { name: 'Virality rate' });
    await user.click(third);
    expect(third).toHaveProperty('checked', false);
    expect(
      within(section).getByText(
        /“Virality rate” was not added: two KPIs at most per objective, because too many KPIs kills the KPI/,
      ),
    ).toBeTruthy();
  });
});

describe('accounts', () => {
  it('suggests handles already seen and records them as owned or watched', async () => {
    await db.profileSnapshots.bulkAdd([
      profileSnapshot('acme', daysBefore(NOW, 3), 100),
      profileSnapshot('acme', daysBefore(NOW, 2), 110),
      profileSnapshot('rival', daysBefore(NOW, 2), 5000, 'instagram'),
    ]);
    await db.posts.add(post({ postId: 'p1', author: 'fan', publishedAt: daysBefore(NOW, 1) }));
    const user = userEvent.setup();
    await openOptions('fr');
    const section = screen.getByRole('region', { name: 'Comptes' });
    const suggestions = await within(section).findByRole('list', { name: 'Déjà vus par KPI Lens' });
    expect(await within(suggestions).findByText(/@fan \(X\)/)).toBeTruthy();
    await user.click(within(suggestions).getByRole('button', { name: 'Ajouter @acme (X) comme mon compte' }));
    await user.click(await within(section).findByRole('button', { name: 'Suivre @rival (Instagram)' }));
    await waitFor(async () => expect(await db.accounts.count()).toBe(2));
    expect(await db.accounts.get(['x', 'acme'])).toMatchObject({ owned: true, addedAt: NOW });
    expect(await db.accounts.get(['instagram', 'rival'])).toMatchObject({ owned: false });

    // Switch a watched account to owned.
    const yours = within(section).getByRole('list', { name: 'Vos comptes' });
    const rival = within(yours).getByRole('group', { name: '@rival (Instagram)' });
    await user.click(within(rival).getByRole('radio', { name: 'À moi' }));
    await waitFor(async () => expect((await db.accounts.get(['instagram', 'rival']))?.owned).toBe(true));
  });

  it('adds an account by hand, stored lower-case without @, and rejects invalid handles', async () => {
    const user = userEvent.setup();
    await openOptions('fr');
    const section = screen.getByRole('region', { name: 'Comptes' });
    await user.selectOptions(within(section).getByLabelText('Réseau'), 'linkedin');
    const handle = within(section).getByLabelText('Identifiant (@…)');
    await user.type(handle, 'pas valide!');
    await user.click(within(section).getByRole('button', { name: 'Ajouter le compte' }));
    expect(await within(section).findByText(/Identifiant invalide/)).toBeTruthy();
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(await db.accounts.count()).toBe(0);

    await user.clear(handle);
    await user.type(handle, '@Ma-Marque');
    await user.click(within(section).getByRole('checkbox', { name: 'C’est mon compte' }));
    await user.click(within(section).getByRole('button', { name: 'Ajouter le compte' }));
    await waitFor(async () =>
      expect(await db.accounts.get(['linkedin', 'ma-marque'])).toMatchObject({ owned: false }),
    );
    expect(await within(section).findByText('Compte @ma-marque ajouté.')).toBeTruthy();

    await user.type(handle, 'MA-MARQUE');
    await user.click(within(section).getByRole('button', { name: 'Ajouter le compte' }));
    expect(await within(section).findByText('Ce compte est déjà dans la liste.')).toBeTruthy();
  });
});

describe('settings', () => {
  it('has LinkedIn badges off by default and says why next to the switch', async () => {
    await openOptions('fr');
    const section = screen.getByRole('region', { name: 'Réglages' });
    const linkedin = within(section).getByRole('switch', { name: 'Afficher les badges sur LinkedIn' });
    expect(linkedin).toHaveProperty('checked', false);
    const reason = document.getElementById(linkedin.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toMatch(
      /conditions d’utilisation de LinkedIn interdisent les extensions qui modifient ses pages/,
    );
    expect(within(section).getByRole('switch', { name: 'Afficher les badges sur X' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(section).getByRole('switch', { name: 'Relever les chiffres sur LinkedIn' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('saves switches, interval, hashtags and language through the settings store', async () => {
    const user = userEvent.setup();
    document.documentElement.removeAttribute('lang'); // not left over from an earlier test
    await openOptions('fr');
    expect(document.documentElement.lang).toBe('fr');
    const section = screen.getByRole('region', { name: 'Réglages' });
    await user.click(within(section).getByRole('switch', { name: 'Relever les chiffres sur Facebook' }));
    const interval = within(section).getByLabelText('Intervalle entre deux relevés identiques (minutes)');
    await user.clear(interval);
    await user.type(interval, '30');
    await user.type(within(section).getByLabelText('Hashtags suivis'), '#Rentrée, promo #rentrée');
    await user.selectOptions(within(section).getByLabelText('Langue'), 'en');
    await user.click(within(section).getByRole('button', { name: 'Enregistrer les réglages' }));
    await waitFor(async () => {
      const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown>;
      expect(stored).toMatchObject({
        snapshotIntervalMinutes: 30,
        trackedHashtags: ['Rentrée', 'promo'],
        language: 'en',
        collect: { facebook: false, x: true },
        overlays: { linkedin: false },
      });
    });
    // The page follows the new language at once, <html lang> included.
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('refuses an interval out of range', async () => {
    const user = userEvent.setup();
    await openOptions('en');
    const section = screen.getByRole('region', { name: 'Settings' });
    const interval = within(section).getByLabelText('Interval between two identical readings (minutes)');
    await user.clear(interval);
    await user.type(interval, '0');
    await user.click(within(section).getByRole('button', { name: 'Save the settings' }));
    expect(await within(section).findByText(/whole number of minutes between 1 and 10,080/)).toBeTruthy();
  });
});

describe('figures entered by hand', () => {
  it('saves clicks for an account and a period, and refuses an overlapping entry', async () => {
    await db.accounts.add(account('acme', true, 'instagram'));
    const user = userEvent.setup();
    await openOptions('fr');
    const section = screen.getByRole('region', { name: 'Chiffres saisis à la main' });
    await user.selectOptions(within(section).getByLabelText('Réseau'), 'instagram');
    await user.selectOptions(within(section).getByLabelText('Compte'), 'acme');
    await user.selectOptions(within(section).getByLabelText('Chiffre'), 'clicks');
    await user.type(within(section).getByLabelText('Du'), '2026-06-01');
    await user.type(within(section).getByLabelText('Au'), '2026-06-30');
    await user.type(within(section).getByLabelText('Nombre'), '1 250');
    await user.click(within(section).getByRole('button', { name: 'Enregistrer le chiffre' }));
    await waitFor(async () => expect(await db.manualFigures.count()).toBe(1));
    const [figure] = await db.manualFigures.toArray();
    expect(figure).toMatchObject({ network: 'instagram', handle: 'acme', metric: 'clicks', value: 1250 });
    expect(new Date(figure?.periodStart ?? '').getDate()).toBe(1);
    expect(new Date(figure?.periodEnd ?? '').getDate()).toBe(30);
    expect(await within(section).findByRole('table', { name: 'Chiffres déjà saisis' })).toBeTruthy();

    await user.type(within(section).getByLabelText('Nombre'), '10');
    await user.click(within(section).getByRole('button', { name: 'Enregistrer le chiffre' }));
    expect(
      await within(section).findByText(/Une saisie couvre déjà une partie de cette période/),
    ).toBeTruthy();
    expect(await db.manualFigures.count()).toBe(1);

    await user.click(within(section).getByRole('button', { name: /Supprimer Clics sur les liens/ }));
    await waitFor(async () => expect(await db.manualFigures.count()).toBe(0));
  });
});
