import { renderHook, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../../components/PopupApp';
import type { KpiLensDatabase } from '../../../lib/db/database';
import type { Objective } from '../../../lib/model/objectives';
import { startObjectivesFeed, useObjectiveViews } from '../../../lib/ui/objective-views';
import type { Post, PostSnapshot } from '../../../lib/model/records';
import {
  account,
  countingDatabase,
  daysBefore,
  exact,
  freshDatabase,
  interactions,
  post,
  postSnapshot,
  profileSnapshot,
  rounded,
} from './fixtures';
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

function objective(over: Partial<Objective> = {}): Objective {
  return {
    id: 'o1',
    kind: 'growth',
    accounts: [{ network: 'x', handle: 'acme' }],
    kpis: [{ kpi: 'followerNetChange', network: 'x', target: 50, deadline: daysBefore(NOW, -60) }],
    active: true,
    createdAt: daysBefore(NOW, 20),
    ...over,
  };
}

describe('the popup, empty', () => {
  it('teaches what to do when nothing has been read yet (French)', async () => {
    await withSettings({ language: 'fr' });
    renderUi(<PopupApp db={db} clock={clock} />);
    expect(await screen.findByRole('heading', { name: 'Aucune donnée pour l’instant' })).toBeTruthy();
    expect(screen.getByText(/Ouvrez votre profil sur X, Instagram, Facebook ou LinkedIn/)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Pas encore d’objectif' })).toBeTruthy();
    expect(screen.getByText(/Visitez d’abord votre profil sur un site pris en charge/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Créer un objectif de départ' })).toBeNull();
    // The page's own language, not only the inner element's: assistive tools read <html lang>.
    expect(document.documentElement.lang).toBe('fr');
  });

  it('creates and saves a starter objective in one click, for the account seen most', async () => {
    await withSettings({ language: 'fr' });
    await db.profileSnapshots.bulkAdd([
      profileSnapshot('acme', daysBefore(NOW, 3), 1000, 'instagram'),
      profileSnapshot('acme', daysBefore(NOW, 2), 1010, 'instagram'),
      profileSnapshot('someone', daysBefore(NOW, 2), 50, 'x'),
    ]);
    renderUi(<PopupApp db={db} clock={clock} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Créer un objectif de départ' }));
    expect(await screen.findByRole('heading', { name: 'Croissance de la communauté' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: /Variation nette des abonnés/ })).toBeTruthy();
    // Both KPIs computed, and the account now counts as the user's own on its network.
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Voir le calcul' })).toHaveLength(2));
    expect(await screen.findByRole('list', { name: 'Abonnés sur Instagram' })).toBeTruthy();

    const [saved, ...others] = await db.objectives.toArray();
    expect(others).toEqual([]);
    expect(saved?.kind).toBe('growth');
    expect(saved?.accounts).toEqual([{ network: 'instagram', handle: 'acme' }]);
    expect(saved?.kpis.map((k) => k.kpi)).toEqual(['followerNetChange', 'followerGrowthRate']);
    expect(await db.accounts.get(['instagram', 'acme'])).toMatchObject({ owned: true });
  });

  it('names the sites never visited', async () => {
    await withSettings({ language: 'fr' });
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(NOW, 2), 1000, 'x'));
    renderUi(<PopupApp db={db} clock={clock} />);
    expect(await screen.findByText(/Jamais visité : Facebook, Instagram, LinkedIn/)).toBeTruthy();
  });
});

describe('storage full', () => {
  it('says collection is paused and how to resume it, in the user’s language', async () => {
    await withSettings({ language: 'en' });
    await browser.storage.local.set({ status: { storageFullSince: '2026-06-30T10:00:00.000Z' } });
    renderUi(<PopupApp db={db} clock={clock} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Storage full since .*: collection is paused\. Free some space/);
    await browser.storage.local.set({ status: {} });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('an objective with data', () => {
  it('shows value, target, progress, change and status, and the formula on demand (French)', async () => {
    await withSettings({ language: 'fr' });
    await db.objectives.add(objective());
    await db.profileSnapshots.bulkAdd([
      profileSnapshot('acme', daysBefore(NOW, 45), 980),
      profileSnapshot('acme', daysBefore(NOW, 25), 1000),
      profileSnapshot('acme', daysBefore(NOW, 10), 1040),
      profileSnapshot('acme', daysBefore(NOW, 1), 1060),
    ]);
    renderUi(<PopupApp db={db} clock={clock} />);
    const card = await screen.findByRole('article', { name: /Variation nette des abonnés/ });
    const kpi = within(card);
    await waitFor(() => expect(kpi.getByText('60')).toBeTruthy());
    expect(kpi.getByText('Cible')).toBeTruthy();
    expect(kpi.getByText('50')).toBeTruthy();
    expect(kpi.getByText('atteint')).toBeTruthy();
    const bar = kpi.getByRole('progressbar', { name: /Variation nette des abonnés : progression/ });
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
    expect(bar.getAttribute('aria-valuetext')).toMatch(/120\s?%\s+de la cible/);
    // Previous period (40 → 20 days ago): 980 → 1000, so +20; now +60: +40 vs before.
    expect(kpi.getByText('+40')).toBeTruthy();
    expect(kpi.getByRole('img', { name: /Tendance/ })).toBeTruthy();

    const disclosure = kpi.getByRole('button', { name: 'Voir le calcul' });
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(
      kpi.getByText(/Abonnés à la fin − abonnés au début de la période/).closest('[hidden]'),
    ).not.toBeNull();
    await userEvent.click(disclosure);
    expect(kpi.getByRole('button', { name: 'Masquer le calcul' }).getAttribute('aria-expanded')).toBe('true');
    expect(kpi.getByText(/Abonnés à la fin − abonnés au début de la période/).closest('[hidden]')).toBeNull();
  });

  it('shows a range, not a made-up figure, when the site rounded the counts (English)', async () => {
    await withSettings({ language: 'en' });
    await db.objectives.add(
      objective({
        kpis: [{ kpi: 'followers', network: 'x', target: 2000, deadline: daysBefore(NOW, -60) }],
      }),
    );
    await db.profileSnapshots.add(
      profileSnapshot('acme', daysBefore(NOW, 1), rounded('1.2K', 1200, 1150, 1249)),
    );
    renderUi(<PopupApp db={db} clock={clock} />);
    const card = await screen.findByRole('article', { name: /^Followers/ });
    await waitFor(() => expect(within(card).getByText('1,150–1,249')).toBeTruthy());
    expect(within(card).getByText(/best estimate 1,200/)).toBeTruthy();
    expect(within(card).getByText('Target')).toBeTruthy();
    expect(within(card).getByText('2,000')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Show the calculation' })).toBeTruthy();
  });

  it('says "no data yet" with colour and text when nothing was read in the period', async () => {
    await withSettings({ language: 'en' });
    await db.objectives.add(objective());
    await db.profileSnapshots.add(profileSnapshot('someone-else', daysBefore(NOW, 1), 10));
    renderUi(<PopupApp db={db} clock={clock} />);
    const card = await screen.findByRole('article', { name: /Net follower change/ });
    const status = await within(card).findByText('no data yet');
    expect(status.closest('.status-noData')).not.toBeNull();
    expect(within(card).getByText(/visit the account’s profile or posts/)).toBeTruthy();
  });

  it('shows every KPI of every objective at once, and follows new readings while it is open', async () => {
    await withSettings({ language: 'en' });
    await db.accounts.add(account('acme', true));
    await db.objectives.bulkAdd([
      objective({
        kpis: [
          { kpi: 'followers', network: 'x', target: 2000, deadline: daysBefore(NOW, -60) },
          { kpi: 'followerNetChange', network: 'x', target: 50, deadline: daysBefore(NOW, -60) },
        ],
      }),
      objective({
        id: 'o2',
        title: 'Instagram',
        accounts: [{ network: 'instagram', handle: 'acme' }],
        kpis: [{ kpi: 'followers', network: 'instagram', target: 900, deadline: daysBefore(NOW, -60) }],
      }),
    ]);
    await db.profileSnapshots.bulkAdd([
      profileSnapshot('acme', daysBefore(NOW, 25), 1000),
      profileSnapshot('acme', daysBefore(NOW, 1), 1060),
      profileSnapshot('acme', daysBefore(NOW, 2), 800, 'instagram'),
    ]);
    renderUi(<PopupApp db={db} clock={clock} />);
    const main = await screen.findByRole('main');
    await waitFor(() => expect(main.getAttribute('data-objectives')).toBe('loaded'));
    // When the objectives say "loaded", each of their KPIs has its figures: none is still loading.
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(3);
    for (const card of cards) expect(card.getAttribute('data-state')).toBe('ready');
    const followers = within(screen.getByRole('article', { name: /^Followers · X/ }));
    expect(followers.getByText('1,060')).toBeTruthy();
    expect(
      within(screen.getByRole('article', { name: /^Followers · Instagram/ })).getByText('800'),
    ).toBeTruthy();
    // The account's network section comes once the objectives' figures are in.
    expect(await screen.findByRole('heading', { name: 'X', level: 2 })).toBeTruthy();

    // A profile visit while the popup is open: its figures follow.
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(NOW, 0.01), 1111));
    await waitFor(() => expect(followers.getByText('1,111')).toBeTruthy());
    expect(
      within(screen.getByRole('article', { name: /^Net follower change/ })).getByText('111'),
    ).toBeTruthy();
  });

  it('hides paused objectives', async () => {
    await withSettings({ language: 'en' });
    await db.objectives.add(objective({ active: false }));
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(NOW, 1), 10));
    renderUi(<PopupApp db={db} clock={clock} />);
    expect(await screen.findByText(/Your 1 objectives are paused/)).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });
});

describe('the objectives’ query started before the first render (main.tsx)', () => {
  /** One objective on X followers (target 2,000) and one reading of 1,060 followers yesterday. */
  async function followersObjective() {
    await withSettings({ language: 'en' });
    await db.objectives.add(
      objective({ kpis: [{ kpi: 'followers', network: 'x', target: 2000, deadline: daysBefore(NOW, -60) }] }),
    );
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(NOW, 1), 1060));
  }

  it('shows the figures it read and follows new readings, with no query of its own for the same time', async () => {
    await followersObjective();
    const feed = startObjectivesFeed(db, NOW, clock);
    const stop = vi.spyOn(feed, 'stop');
    const objectivesRead = vi.spyOn(db.objectives, 'orderBy');
    renderUi(<PopupApp db={db} clock={clock} feed={feed} />);
    const card = await screen.findByRole('article', { name: /^Followers/ });
    await waitFor(() => expect(within(card).getByText('1,060')).toBeTruthy());
    // The popup's time is the feed's: one query for the first figures (the feed's), none from the hook.
    expect(objectivesRead).toHaveBeenCalledTimes(1);
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(NOW, 0.01), 1111));
    await waitFor(() => expect(within(card).getByText('1,111')).toBeTruthy());
    expect(stop).not.toHaveBeenCalled();
    feed.stop();
  });

  it('hands over to the hook’s own query when the clock moves on, keeping the figures on screen meanwhile', async () => {
    await followersObjective();
    const feed = startObjectivesFeed(db, NOW, clock);
    const stop = vi.spyOn(feed, 'stop');
    const later = daysBefore(NOW, -0.5);
    const { result, rerender } = renderHook(({ now }) => useObjectiveViews(db, now, [], feed), {
      initialProps: { now: NOW },
    });
    await waitFor(() => expect(result.current?.views.get('o1')?.[0]?.progress.current?.value).toBe(1060));
    // A reading the feed would not see once stopped: the hook's own query must bring it.
    rerender({ now: later });
    expect(result.current?.views.get('o1')?.[0]?.progress.current?.value).toBe(1060);
    await waitFor(() => expect(stop).toHaveBeenCalled());
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(later, 0.01), 1234));
    await waitFor(() => expect(result.current?.views.get('o1')?.[0]?.progress.current?.value).toBe(1234));
    // Asked for the feed's time again, the hook keeps its own query: a stopped feed follows nothing.
    rerender({ now: NOW });
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(later, 0.005), 1300));
    await waitFor(() => expect(result.current?.views.get('o1')?.[0]?.progress.current?.value).toBe(1300));
  });

  it('leaves the figures to the hook’s own query when it fails', async () => {
    await followersObjective();
    const broken = startObjectivesFeed(db, NOW, () => {
      throw new Error('clock broken');
    });
    renderUi(<PopupApp db={db} clock={clock} feed={broken} />);
    const card = await screen.findByRole('article', { name: /^Followers/ });
    await waitFor(() => expect(within(card).getByText('1,060')).toBeTruthy());
  });
});

describe('the user’s accounts per network', () => {
  it('lists followers, latest posts with engagement, and top posts linking to each post', async () => {
    await withSettings({ language: 'fr' });
    await db.accounts.add(account('acme', true));
    await db.profileSnapshots.bulkAdd([
      profileSnapshot('acme', daysBefore(NOW, 29), 1000),
      profileSnapshot('acme', daysBefore(NOW, 1), 1100),
    ]);
    const published = (days: number) => daysBefore(NOW, days);
    await db.posts.bulkAdd([
      post({
        postId: 'seen',
        publishedAt: published(10),
        lastSnapshotAt: published(9),
        latestMetrics: interactions(10, 0, 0, 9000),
      }),
      post({
        postId: 'loved',
        publishedAt: published(5),
        lastSnapshotAt: published(4),
        latestMetrics: interactions(300, 40, 10, 1000),
      }),
      post({
        postId: 'lookalike',
        url: 'https://x.com.evil.example/acme/status/1',
        publishedAt: published(4),
        lastSnapshotAt: published(3),
        latestMetrics: { views: exact(4) },
      }),
      post({
        postId: 'hostile',
        url: 'javascript:alert(1)',
        publishedAt: published(3),
        lastSnapshotAt: published(2),
        latestMetrics: { views: exact(5) },
      }),
    ]);
    renderUi(<PopupApp db={db} clock={clock} />);
    const x = await screen.findByRole('region', { name: 'X' });
    const followers = await within(x).findByRole('list', { name: 'Abonnés sur X' });
    expect(within(followers).getByText('1 100')).toBeTruthy();
    expect(within(followers).getByText('+100')).toBeTruthy();

    const mostSeen = await within(x).findByRole('list', { name: 'Les plus vues (30 jours)' });
    const seenLinks = within(mostSeen).getAllByRole('link');
    expect(seenLinks[0]?.getAttribute('href')).toBe('https://x.com/acme/status/seen');
    expect(seenLinks[0]?.getAttribute('rel')).toContain('noopener');
    expect(seenLinks[0]?.getAttribute('target')).toBe('_blank');
    const mostReacted = within(x).getByRole('list', { name: 'Les plus réactives (30 jours)' });
    expect(within(mostReacted).getAllByRole('link')[0]?.getAttribute('href')).toBe(
      'https://x.com/acme/status/loved',
    );
    // A post whose address is not a web address is listed, but never as a link.
    expect(screen.queryAllByRole('link').every((a) => a.getAttribute('href')?.startsWith('https:'))).toBe(
      true,
    );

    const latest = within(x).getByRole('list', { name: 'Dernières publications' });
    // X suggests views as the engagement denominator: (300 + 40 + 10) ÷ 1000 = 35 %.
    expect(within(latest).getAllByText('Engagement (÷ vues)').length).toBe(4);
    expect(within(latest).getByText(/35\s?%/)).toBeTruthy();
  });
});

describe('popup actions', () => {
  it('opens the options page', async () => {
    await withSettings({ language: 'en' });
    const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    renderUi(<PopupApp db={db} clock={clock} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Objectives and settings' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('downloads the JSON export', async () => {
    await withSettings({ language: 'fr' });
    await db.profileSnapshots.add(profileSnapshot('acme', daysBefore(NOW, 1), 10));
    const createObjectURL = vi.fn(() => 'blob:kpi-lens');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderUi(<PopupApp db={db} clock={clock} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Exporter en JSON' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]?.download).toMatch(/^kpi-lens-\d{4}-\d{2}-\d{2}\.json$/);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    const document = JSON.parse(await blob.text()) as { format: string; profileSnapshots: unknown[] };
    expect(document.format).toBe('kpi-lens');
    expect(document.profileSnapshots).toHaveLength(1);
  });
});

describe('a year of history', () => {
  it('opens with 100,000 post snapshots, reading only each objective’s period', async () => {
    await withSettings({ language: 'en' });
    const { db: big, reads } = await countingDatabase();
    const HOUR = 3600_000;
    const posts: Post[] = [];
    const snapshots: PostSnapshot[] = [];
    // 200 posts over a year, each read hourly for its first 500 hours: 100,000 snapshots.
    for (let i = 0; i < 200; i++) {
      const publishedAt = daysBefore(NOW, 365 - i * 1.8);
      posts.push(post({ postId: `p${i}`, publishedAt, latestMetrics: interactions(50, 5, 5, 1000) }));
      for (let h = 1; h <= 500; h++) {
        const at = new Date(Date.parse(publishedAt) + h * HOUR).toISOString();
        snapshots.push(postSnapshot(`p${i}`, at, interactions(h % 60, 5, 5, 1000 + h)));
      }
    }
    const profiles = Array.from({ length: 365 }, (_, d) =>
      profileSnapshot('acme', daysBefore(NOW, d), 10_000 - d),
    );
    await big.posts.bulkAdd(posts);
    await big.postSnapshots.bulkAdd(snapshots);
    await big.profileSnapshots.bulkAdd(profiles);
    await big.accounts.add(account('acme', true));
    await big.objectives.add(
      objective({
        kind: 'engagement',
        kpis: [
          {
            kpi: 'engagementRate',
            network: 'x',
            target: 5,
            deadline: daysBefore(NOW, -30),
            denominator: 'views',
          },
          { kpi: 'followerGrowthRate', network: 'x', target: 1, deadline: daysBefore(NOW, -30) },
        ],
      }),
    );
    reads.rows = {};
    reads.cursors = {};
    renderUi(<PopupApp db={big} clock={clock} />);
    const wait = { timeout: 30_000 };
    const card = await screen.findByRole('article', { name: /Engagement rate/ }, wait);
    await within(card).findByRole('button', { name: 'Show the calculation' }, wait);
    const growth = await screen.findByRole('article', { name: /Follower growth rate/ }, wait);
    await within(growth).findByRole('button', { name: 'Show the calculation' }, wait);
    await screen.findByRole('list', { name: 'Latest posts' }, wait);
    expect(within(card).queryByText('no data')).toBeNull();
    // The engagement KPI's window is its 20 days and the 20 before (the previous period), through
    // its deadline: about a tenth of the snapshots. Only those are read, by index range, and no
    // cursor walks the table.
    const inWindow = (days: number) => snapshots.filter((x) => x.capturedAt > daysBefore(NOW, days)).length;
    expect(reads.rows.postSnapshots).toBeGreaterThanOrEqual(inWindow(40));
    expect(reads.rows.postSnapshots).toBeLessThanOrEqual(inWindow(40.1));
    expect(inWindow(40.1)).toBeLessThan(snapshots.length / 7);
    expect(reads.cursors.postSnapshots ?? 0).toBe(0);
    big.close();
    await big.delete();
  }, 120_000);
});
