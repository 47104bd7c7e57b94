/**
 * The popup as main.tsx starts it: the first frame's settings read without Zod, before the first
 * render, and the full settings loaded once the figures are on screen. React runs here as in the
 * browser (no act()): each state of the page is recorded as it is committed.
 */
import type { Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { KpiLensDatabase } from '../../../lib/db/database';
import type { Settings } from '../../../lib/model/settings';
import { SETTINGS_KEY } from '../../../lib/settings/key';
import { daysBefore, post } from './fixtures';

const hoisted = vi.hoisted(() => ({
  roots: [] as Root[],
  /** For each call of the full loader, the popup's `data-overviews` at that moment. */
  fullLoads: [] as (string | null | undefined)[],
  /** The full loader returns once this settles. */
  fullLoadGate: Promise.resolve() as Promise<unknown>,
}));

vi.mock('react-dom/client', async (importOriginal) => {
  const real = await importOriginal<typeof import('react-dom/client')>();
  return {
    ...real,
    createRoot: (...args: Parameters<typeof real.createRoot>) => {
      const root = real.createRoot(...args);
      hoisted.roots.push(root);
      return root;
    },
  };
});

vi.mock('../../../lib/settings/store', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/settings/store')>();
  return {
    ...real,
    loadSettings: async (): Promise<Settings> => {
      hoisted.fullLoads.push(document.querySelector('main')?.getAttribute('data-overviews'));
      await hoisted.fullLoadGate;
      return real.loadSettings();
    },
  };
});

const NOW = new Date().toISOString();
let db: KpiLensDatabase;
let observer: MutationObserver | undefined;

interface Frame {
  lang: string | undefined;
  heading: string | null | undefined;
  /** The tracked-hashtag KPI's value, once its figures are computed. */
  hashtagUses: string | null | undefined;
}

beforeEach(async () => {
  vi.resetModules();
  hoisted.fullLoads.length = 0;
  hoisted.fullLoadGate = Promise.resolve();
  // The popup's own database, as main.tsx opens it: an awareness objective on tracked hashtags,
  // and two posts seen this week with #lyon.
  db = (await import('../../../lib/db/database')).getDatabase();
  await db.objectives.add({
    id: 'o1',
    kind: 'awareness',
    accounts: [{ network: 'x', handle: 'acme' }],
    kpis: [{ kpi: 'hashtagUses', network: 'x', target: 10, deadline: daysBefore(NOW, -60) }],
    active: true,
    createdAt: daysBefore(NOW, 20),
  });
  await db.posts.bulkAdd([
    post({ postId: 'a', author: 'someone', publishedAt: daysBefore(NOW, 2), hashtags: ['Lyon'] }),
    post({ postId: 'b', author: 'other', publishedAt: daysBefore(NOW, 1), hashtags: ['lyon', 'food'] }),
  ]);
});

afterEach(async () => {
  observer?.disconnect();
  for (const root of hoisted.roots.splice(0)) root.unmount();
  await new Promise((resolve) => setTimeout(resolve, 50));
  db.close();
  await db.delete();
  document.body.innerHTML = '';
});

/** Opens the popup as the browser does, recording every committed state of the page. */
async function openPopup(): Promise<Frame[]> {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root')!;
  const frames: Frame[] = [];
  observer = new MutationObserver(() => {
    const main = root.querySelector('main');
    if (!main) return;
    const card = root.querySelector('article.kpi[data-state="ready"]');
    frames.push({
      lang: main.lang,
      heading: root.querySelector('#objectives-heading')?.textContent,
      hashtagUses: card?.querySelector('dd.metric')?.textContent,
    });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  await import('../../../entrypoints/popup/main');
  return frames;
}

/** Generous: the first test also waits for the popup's modules to be transformed, on a busy machine. */
const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 5000, interval: 10 });

const storeSettings = (settings: Record<string, unknown>) =>
  browser.storage.local.set({ [SETTINGS_KEY]: settings });

const firstWithFigures = (frames: Frame[]) => frames.find((f) => f.hashtagUses != null);

describe('the popup’s first frame (main.tsx)', () => {
  it('is in the stored language, not the browser’s, and counts the stored hashtags from its first figures', async () => {
    expect(navigator.language).toMatch(/^en/);
    await storeSettings({ version: 2, language: 'fr', trackedHashtags: ['lyon'] });
    const frames = await openPopup();
    await until(() => expect(firstWithFigures(frames)).toBeDefined());
    expect(frames[0]).toMatchObject({ lang: 'fr', heading: 'Objectifs' });
    expect(frames.every((f) => f.lang === 'fr')).toBe(true);
    // Computed once, with the hashtags: never a first "no data" for want of them.
    expect(firstWithFigures(frames)?.hashtagUses).toBe('2');
  });

  it('reads v1 settings, stored without a version', async () => {
    await storeSettings({ language: 'fr', trackedHashtags: ['lyon'], debug: false });
    const frames = await openPopup();
    await until(() => expect(firstWithFigures(frames)).toBeDefined());
    expect(frames[0]?.lang).toBe('fr');
    expect(firstWithFigures(frames)?.hashtagUses).toBe('2');
  });

  it('falls back to the browser’s language on a bad stored language, keeping good hashtags', async () => {
    await storeSettings({ version: 2, language: 'de', trackedHashtags: ['lyon'] });
    const frames = await openPopup();
    await until(() => expect(firstWithFigures(frames)).toBeDefined());
    expect(frames[0]).toMatchObject({ lang: 'en', heading: 'Objectives' });
    expect(firstWithFigures(frames)?.hashtagUses).toBe('2');
  });

  it('tracks no hashtag on bad stored hashtags, keeping a good language', async () => {
    await storeSettings({ version: 2, language: 'fr', trackedHashtags: 'lyon' });
    const frames = await openPopup();
    await until(() => expect(firstWithFigures(frames)).toBeDefined());
    expect(frames[0]?.lang).toBe('fr');
    expect(firstWithFigures(frames)?.hashtagUses).not.toBe('2');
  });

  it('is not held back by a slow storage: it shows the defaults, then the stored settings when they come', async () => {
    await storeSettings({ version: 2, language: 'fr', trackedHashtags: ['lyon'] });
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(browser.storage.local, 'get').mockImplementationOnce(
      () => new Promise((resolve) => (answer = resolve)) as never,
    );
    // The full settings never come: what changes the language below is the first-frame read.
    hoisted.fullLoadGate = new Promise(() => undefined);
    const frames = await openPopup();
    await until(() => expect(frames.length).toBeGreaterThan(0));
    expect(frames[0]).toMatchObject({ lang: 'en', heading: 'Objectives' });
    answer({ [SETTINGS_KEY]: { version: 2, language: 'fr', trackedHashtags: ['lyon'] } });
    await until(() => expect(frames.at(-1)).toMatchObject({ lang: 'fr', hashtagUses: '2' }));
  });
});

describe('the popup’s full settings', () => {
  it('are loaded once the figures are on screen, and win over the first frame’s', async () => {
    // A version this popup does not know: the first frame takes the defaults, the full loader
    // salvages what it can (the language).
    await storeSettings({ version: 99, language: 'fr', trackedHashtags: ['lyon'] });
    const frames = await openPopup();
    await until(() => expect(frames.at(-1)).toMatchObject({ lang: 'fr', hashtagUses: '2' }));
    expect(frames[0]?.lang).toBe('en');
    expect(firstWithFigures(frames)?.hashtagUses).not.toBe('2');
    // The schemas' chunk did not compete with the first figures.
    expect(hoisted.fullLoads).toEqual(['started']);
  });

  it('follow changes made elsewhere', async () => {
    await storeSettings({ version: 2, language: 'fr', trackedHashtags: ['lyon'] });
    const frames = await openPopup();
    await until(() => expect(hoisted.fullLoads).toHaveLength(1));
    await until(() => expect(frames.at(-1)).toMatchObject({ lang: 'fr', hashtagUses: '2' }));
    // The options page saves English and no hashtags.
    await storeSettings({ version: 2, language: 'en', trackedHashtags: [] });
    await until(() => expect(frames.at(-1)?.lang).toBe('en'));
    await until(() => expect(frames.at(-1)?.hashtagUses).not.toBe('2'));
    expect(frames.at(-1)?.heading).toBe('Objectives');
  });
});
