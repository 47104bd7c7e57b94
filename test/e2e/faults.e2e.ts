// Issue 12, "nothing lost": long X timelines read while the service worker is stopped again and
// again, and by several tabs at once. Every post must end in the database exactly once, with
// exactly one snapshot (its figures do not change within the 60-minute snapshot interval).
// The counts are printed for docs/RELIABILITY.md.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { X_PAGES } from '../fixtures/x/expectations';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { launch, prepareFeed, scrollFeed, stopServiceWorker, waitFor } from './harness.mjs';
import type { Harness } from './harness.mjs';

const HOME = X_PAGES.homeEn;
const POST = 'article[data-testid="tweet"]';
/** scrollFeed shifts every long number of post n by n × this (see harness.mjs). */
const SHIFT = 7919n;

interface Counts {
  posts: number;
  snapshots: number;
  batches: number;
  /** postId → snapshots stored for it. */
  perPost: Record<string, number>;
  /** Posts with at least one figure. */
  withFigures: string[];
}

let open: Harness[] = [];
afterEach(async () => {
  await Promise.all(open.map((h) => h.close()));
  open = [];
});

async function start(): Promise<Harness> {
  const h = await launch();
  open.push(h);
  h.serve({ [HOME.url]: HOME.file });
  return h;
}

/**
 * Turns the debug log on (the settings' own switch) so the content script says each delivery that
 * failed and will be retried: the proof that the stops hit readings in flight.
 */
async function countRetries(h: Harness, tab: Page): Promise<{ failed: number }> {
  const setup = await h.context.newPage();
  await setup.goto(`chrome-extension://${h.extensionId}/manifest.json`);
  await setup.evaluate(
    (settings) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ settings }),
    { ...DEFAULT_SETTINGS, debug: true },
  );
  await setup.close();
  const counts = { failed: 0 };
  tab.on('console', (message) => {
    if (message.text().includes('delivery failed, will retry')) counts.failed++;
  });
  return counts;
}

/**
 * An extension page that renders nothing (the manifest as text), to read the database from the
 * extension's origin without the popup's own queries weighing on the run.
 */
async function databaseProbe(h: Harness): Promise<() => Promise<Counts>> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
  return () =>
    page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('kpi-lens');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          if (!db.objectStoreNames.contains(store)) return resolve([]);
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
          req.onerror = () => reject(req.error);
        });
      type Row = { postId: string; latestMetrics?: Record<string, unknown> };
      const [posts, snapshots, batches] = await Promise.all([
        all<Row>('posts'),
        all<Row>('postSnapshots'),
        all<unknown>('batches'),
      ]);
      db.close();
      const perPost: Record<string, number> = {};
      for (const s of snapshots) perPost[s.postId] = (perPost[s.postId] ?? 0) + 1;
      return {
        posts: posts.length,
        snapshots: snapshots.length,
        batches: batches.length,
        perPost,
        withFigures: posts.filter((p) => Object.keys(p.latestMetrics ?? {}).length > 0).map((p) => p.postId),
      };
    });
}

/** Waits until the count of stored posts has not moved for `quietMs`. */
async function settled(probe: () => Promise<Counts>, atLeast: number, quietMs = 1500): Promise<Counts> {
  let last = await waitFor(probe, (c) => c.posts >= atLeast, 20_000);
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    await new Promise((r) => setTimeout(r, 300));
    const next = await probe();
    if (next.posts !== last.posts || next.snapshots !== last.snapshots) since = Date.now();
    last = next;
  }
  return last;
}

/**
 * Opens the timeline, lets its own posts be stored, then keeps as templates only the cells whose
 * post was stored with figures, so that every generated post is one that must be stored once with
 * one snapshot. Returns each template's post id (its copies' ids are derived from it).
 */
async function timelineTemplates(tab: Page, stored: Set<string>): Promise<bigint[]> {
  const cells = await tab.evaluate(prepareFeed, POST);
  const candidates: string[][] = await tab.evaluate(() =>
    (window as unknown as { __bench: { templates: string[] } }).__bench.templates.map((html) => [
      ...new Set(Array.from(html.matchAll(/\/status\/(\d{15,20})/g), (m) => m[1] ?? '')),
    ]),
  );
  const ids = candidates.map((list) => list.filter((id) => stored.has(id)));
  const keep = ids.map((list, i) => (list.length === 1 ? i : -1)).filter((i) => i >= 0);
  expect(cells).toBe(HOME.postCount);
  expect(keep.length).toBeGreaterThan(25);
  await tab.evaluate((indexes: number[]) => {
    const b = (window as unknown as { __bench: { templates: string[] } }).__bench;
    b.templates = indexes.map((i) => b.templates[i] ?? '');
  }, keep);
  return keep.map((i) => BigInt(ids[i]?.[0] ?? '0'));
}

/** The ids scrollFeed gives posts from + 1 … from + total. */
function generatedIds(templates: bigint[], from: number, total: number): string[] {
  const out: string[] = [];
  for (let n = from + 1; n <= from + total; n++) {
    out.push(((templates[n % templates.length] ?? 0n) + BigInt(n) * SHIFT).toString());
  }
  return out;
}

/** Posts missing, and posts whose snapshot count is not exactly one. */
function problems(c: Counts, expected: string[]): { missing: string[]; notOnce: string[] } {
  const stored = new Set(c.withFigures);
  return {
    missing: expected.filter((id) => !stored.has(id)),
    notOnce: Object.entries(c.perPost)
      .filter(([, n]) => n !== 1)
      .map(([id, n]) => `${id}×${n}`)
      .concat(expected.filter((id) => c.perPost[id] === undefined).map((id) => `${id}×0`)),
  };
}

describe('nothing lost, nothing duplicated (real Chromium)', () => {
  it('500 posts scrolled while the service worker is stopped again and again: each stored once', async () => {
    const t0 = Date.now();
    const h = await start();
    const probe = await databaseProbe(h);
    const tab = await h.context.newPage();
    const delivery = await countRetries(h, tab);
    await tab.goto(HOME.url);
    const base = await settled(probe, HOME.postCount - 1);
    const templates = await timelineTemplates(tab, new Set(base.withFigures));
    const TOTAL = 500;
    const expected = generatedIds(templates, 0, TOTAL);
    expect(new Set(expected).size).toBe(TOTAL);
    expect(expected.filter((id) => base.perPost[id] !== undefined)).toEqual([]);

    // 10 posts every ~130 ms (7–14 s in all), and the worker stopped every 250 ms meanwhile.
    let scrolling = true;
    const scroll = tab
      .evaluate(scrollFeed, { total: TOTAL, step: 10, keep: 40, delayMs: 130 })
      .finally(() => (scrolling = false));
    let stops = 0;
    let attempts = 0;
    while (scrolling) {
      await new Promise((r) => setTimeout(r, 250));
      if (!scrolling) break;
      attempts++;
      if (await stopServiceWorker(h, tab)) stops++;
    }
    await scroll;
    const scrolledMs = Date.now() - t0;

    const final = await waitFor(
      probe,
      (c) => c.posts >= base.posts + TOTAL && problems(c, expected).missing.length === 0,
      45_000,
    );
    const settledFinal = await settled(probe, final.posts, 1000);
    const { missing, notOnce } = problems(settledFinal, expected);
    console.log(
      `[faults] SW stops: ${stops} confirmed of ${attempts} attempts during a ${TOTAL}-post scroll; ` +
        `readings expected ${base.posts} (page) + ${TOTAL} (scrolled) = ${base.posts + TOTAL} posts; ` +
        `stored ${settledFinal.posts} posts, ${settledFinal.snapshots} post snapshots, ` +
        `${settledFinal.batches} batches; ${delivery.failed} deliveries failed and were retried; missing ${missing.length}; not exactly one snapshot ${notOnce.length}; ` +
        `scroll done at ${(scrolledMs / 1000).toFixed(1)} s, all stored at ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    expect(stops).toBeGreaterThanOrEqual(8);
    expect(missing).toEqual([]);
    expect(notOnce).toEqual([]);
    expect(settledFinal.posts).toBe(base.posts + TOTAL);
    expect(settledFinal.snapshots).toBe(base.snapshots + TOTAL);
  });

  it('four tabs scroll the same 200-post timeline at once, each with 20 posts of its own', async () => {
    const t0 = Date.now();
    const h = await start();
    const probe = await databaseProbe(h);
    const TABS = 4;
    const SHARED = 200;
    const OWN = 20;
    const tabs = await Promise.all(Array.from({ length: TABS }, () => h.context.newPage()));
    await Promise.all(tabs.map((tab) => tab.goto(HOME.url)));
    const base = await settled(probe, HOME.postCount - 1);
    const stored = new Set(base.withFigures);
    const templates = await Promise.all(tabs.map((tab) => timelineTemplates(tab, stored)));
    expect(templates.every((t) => t.join() === templates[0]?.join())).toBe(true);
    const shared = generatedIds(templates[0] ?? [], 0, SHARED);
    // Each tab's own posts: far from the shared ones and from each other's.
    const ownFrom = (k: number) => 100_000 + k * 1000;
    const own = tabs.map((_, k) => generatedIds(templates[0] ?? [], ownFrom(k), OWN));
    const expected = [...shared, ...own.flat()];
    expect(new Set(expected).size).toBe(SHARED + TABS * OWN);
    expect(expected.filter((id) => base.perPost[id] !== undefined)).toEqual([]);

    await Promise.all(
      tabs.map(async (tab, k) => {
        // Interleaved: each tab's own posts arrive in the middle of the shared timeline.
        await tab.evaluate(scrollFeed, { total: SHARED / 2, step: 10, keep: 40, delayMs: 60 });
        await tab.evaluate(scrollFeed, { total: OWN, step: 10, keep: 40, delayMs: 60, from: ownFrom(k) });
        await tab.evaluate(scrollFeed, {
          total: SHARED / 2,
          step: 10,
          keep: 40,
          delayMs: 60,
          from: SHARED / 2,
        });
      }),
    );
    const final = await waitFor(probe, (c) => problems(c, expected).missing.length === 0, 30_000);
    const settledFinal = await settled(probe, final.posts, 1000);
    const { missing, notOnce } = problems(settledFinal, expected);
    const readingsSent = TABS * (SHARED + OWN);
    console.log(
      `[faults] ${TABS} tabs at once: ${readingsSent} post readings sent (${TABS} × (${SHARED} shared + ${OWN} own)); ` +
        `expected ${base.posts} (page) + ${SHARED} + ${TABS * OWN} = ${base.posts + expected.length} posts with one snapshot each; ` +
        `stored ${settledFinal.posts} posts, ${settledFinal.snapshots} post snapshots, ${settledFinal.batches} batches; ` +
        `missing ${missing.length}; not exactly one snapshot ${notOnce.length}; ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    expect(missing).toEqual([]);
    expect(notOnce).toEqual([]);
    expect(settledFinal.posts).toBe(base.posts + expected.length);
    expect(settledFinal.snapshots).toBe(base.snapshots + expected.length);
  });
});
