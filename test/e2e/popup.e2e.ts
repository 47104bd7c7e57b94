import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_PAGES } from '../fixtures/x/expectations';
import { ROOT, dumpDatabase, launch, waitFor } from './harness.mjs';
import type { Harness } from './harness.mjs';

let h: Harness;
const shots = join(ROOT, 'test-results');
const DAY = 86_400_000;

/** Writes rows into the extension's database from one of its own pages (its origin). */
async function put(store: string, rows: object[]): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await page.evaluate(
    async ({ store, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('kpi-lens');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, rows },
  );
  await page.close();
}

async function openPopup(): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 420, height: 1400 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
  // Everything: the objectives' figures, then the network overviews that start after them.
  await popup.waitForFunction(
    () =>
      document.querySelector('main[data-objectives="loaded"][data-overviews="started"]') &&
      !document.querySelector('.kpi[data-state="loading"], .network[data-state="loading"]'),
  );
  return popup;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await launch({ locale: 'fr-FR' });
  h.serve({ [X_PAGES.profileFr.url]: X_PAGES.profileFr.file, [X_PAGES.homeFr.url]: X_PAGES.homeFr.file });
  for (const page of [X_PAGES.profileFr, X_PAGES.homeFr]) {
    const tab = await h.context.newPage();
    await tab.goto(page.url);
    await tab.waitForTimeout(1200);
    await tab.close();
  }
  await waitFor(
    () => dumpDatabase(h),
    (d) => (d.profileSnapshots ?? []).some((s) => s.handle === 'cafe_lumiere'),
  );
  const now = Date.now();
  await put('accounts', [
    { network: 'x', handle: 'cafe_lumiere', owned: true, addedAt: new Date(now).toISOString() },
  ]);
  await put('objectives', [
    {
      id: 'e2e-growth',
      kind: 'growth',
      accounts: [{ network: 'x', handle: 'cafe_lumiere' }],
      kpis: [
        { kpi: 'followers', network: 'x', target: 2000, deadline: new Date(now + 90 * DAY).toISOString() },
      ],
      active: true,
      createdAt: new Date(now - DAY).toISOString(),
    },
  ]);
});
afterAll(async () => {
  await h?.close();
});

describe('the popup in real Chromium, after browsing fixture pages', () => {
  it('says, in French, where the objective stands with the figure the page showed (a range: "1,2 k")', async () => {
    const popup = await openPopup();
    const text = (await popup.textContent('main')) ?? '';
    expect(text).toContain('Croissance de la communauté');
    expect(text).toContain('@cafe_lumiere');
    expect(text).toContain('Abonnés');
    // "1,2 k abonnés" is stored as 1 150–1 299: the popup shows the range, not a made-up 1 200.
    expect(text.replace(/\s/g, ' ')).toMatch(/1 150\s*–\s*1 299/);
    expect(text).toContain('Cible');
    // The fixture's posts are more than 30 days old: the popup says so rather than list stale ones.
    expect(text).toContain('Aucune de vos publications des 30 derniers jours n’a encore été vue sur X.');
    // Sites never visited are named, to teach where to go next.
    expect(text).toMatch(/Facebook, Instagram, LinkedIn/);
    await popup.screenshot({ path: join(shots, 'popup-fr.png'), fullPage: true });
    await popup.close();
  });

  it('shows the formula behind the figure on demand', async () => {
    const popup = await openPopup();
    await popup
      .getByRole('button', { name: /Voir le calcul/ })
      .first()
      .click();
    const text = (await popup.textContent('main')) ?? '';
    expect(text).toContain('Nombre d’abonnés au dernier relevé');
    await popup.close();
  });

  it('speaks English when the user chooses it', async () => {
    const popup = await openPopup();
    await popup.evaluate(async () => {
      const c = (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome;
      await c.storage.local.set({ settings: { language: 'en' } });
    });
    await popup.waitForFunction(() => document.body.textContent?.includes('Community growth'));
    const text = (await popup.textContent('main')) ?? '';
    expect(text).toContain('Followers');
    expect(text.replace(/\s/g, ' ')).toMatch(/1,150\s*–\s*1,299/);
    await popup.screenshot({ path: join(shots, 'popup-en.png'), fullPage: true });
    await popup.close();
  });

  it('opens in the chosen language from its first frame, not in the browser’s', async () => {
    // The browser is French and English is stored (previous test). Every state of <main> is
    // recorded from before the popup's scripts run: none may be French.
    const popup = await h.context.newPage();
    await popup.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { __frames: string[] }).__frames = seen;
      new MutationObserver(() => {
        const main = document.querySelector('main');
        if (main) seen.push(`${document.documentElement.lang}|${main.textContent ?? ''}`);
      }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.waitForFunction(() => document.querySelector('main[data-overviews="started"]'));
    const frames = await popup.evaluate(() => (globalThis as unknown as { __frames: string[] }).__frames);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames[0]).toContain('Your statistics');
    // The page's own language is English in every frame too (assistive tools read <html lang>).
    expect(frames.filter((f) => !f.startsWith('en|'))).toEqual([]);
    expect(frames.filter((f) => f.startsWith('fr|') || /Vos statistiques|Objectifs|Abonnés/.test(f))).toEqual(
      [],
    );
    await popup.close();
  });
});
