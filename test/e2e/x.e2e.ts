import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_PAGES, figureMismatch, type ExpectedPage } from '../fixtures/x/expectations';
import {
  ROOT,
  dumpDatabase,
  launch,
  simulateInfiniteScroll,
  stopServiceWorker,
  waitFor,
} from './harness.mjs';
import type { Harness } from './harness.mjs';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw IndexedDB rows
type Dump = Record<string, Row[]>;
let h: Harness;

const TIMELINE = { list: '[aria-label^="Timeline"] > div', cell: '[data-testid="cellInnerDiv"]' };

beforeAll(async () => {
  h = await launch();
  h.serve(Object.fromEntries(Object.values(X_PAGES).map((p) => [p.url, p.file])));
});
afterAll(async () => {
  await h?.close();
});

function checkPage(db: Dump, page: ExpectedPage): string[] {
  const problems: string[] = [];
  for (const expected of page.posts) {
    const post = db.posts?.find((p) => p.network === 'x' && p.postId === expected.postId);
    if (!post) {
      problems.push(`${expected.postId} (${expected.what}): not stored`);
      continue;
    }
    if (post.author !== expected.author) problems.push(`${expected.postId}: author ${post.author}`);
    if (post.publishedAt !== expected.publishedAt)
      problems.push(`${expected.postId}: publishedAt ${post.publishedAt}`);
    for (const [name, figure] of Object.entries(expected.metrics)) {
      const why = figureMismatch(post.latestMetrics[name], figure);
      if (why) problems.push(`${expected.postId} ${name}: ${why}`);
    }
    for (const name of expected.unknown) {
      if (post.latestMetrics[name] !== undefined)
        problems.push(`${expected.postId} ${name}: should be unknown`);
    }
  }
  if (page.profile) {
    const snapshots = (db.profileSnapshots ?? []).filter((s) => s.handle === page.profile?.handle);
    const latest = snapshots.at(-1);
    if (!latest) problems.push(`profile ${page.profile.handle}: not stored`);
    else {
      for (const [name, figure] of Object.entries(page.profile.metrics)) {
        const why = figureMismatch(latest.metrics[name], figure);
        if (why) problems.push(`profile ${name}: ${why}`);
      }
    }
  }
  return problems;
}

const pageIds = (db: Dump, page: ExpectedPage) =>
  page.posts.filter((e) => db.posts?.some((p) => p.postId === e.postId)).length;

describe('X end to end in real Chromium', () => {
  for (const [key, page] of Object.entries(X_PAGES) as [string, ExpectedPage][]) {
    it(`${key}: every figure of ${page.url} lands in the database as the page shows it`, async () => {
      const tab = await h.context.newPage();
      await tab.goto(page.url);
      if (page.postCount > 10)
        await simulateInfiniteScroll(tab, { ...TIMELINE, step: 4, keep: 10, delayMs: 40 });
      const db: Dump = await waitFor(
        () => dumpDatabase(h),
        (d: Dump) =>
          pageIds(d, page) === page.posts.length && (!page.profile || checkPage(d, page).length === 0),
      );
      expect(checkPage(db, page)).toEqual([]);
      await tab.close();
    });
  }

  it('the timeline readings are stored once each while the service worker is stopped again and again', async () => {
    const fresh = await launch();
    try {
      fresh.serve({ [X_PAGES.homeEn.url]: X_PAGES.homeEn.file });
      const tab = await fresh.context.newPage();
      await tab.goto(X_PAGES.homeEn.url);
      const scrolling = simulateInfiniteScroll(tab, { ...TIMELINE, step: 2, keep: 8, delayMs: 120 });
      let stops = 0;
      for (let i = 0; i < 6; i++) {
        await new Promise((r) => setTimeout(r, 250));
        if (await stopServiceWorker(fresh, tab)) stops++;
      }
      expect(stops).toBeGreaterThanOrEqual(3);
      await scrolling;
      const db: Dump = await waitFor(
        () => dumpDatabase(fresh),
        (d: Dump) => (d.posts?.length ?? 0) >= X_PAGES.homeEn.postCount - 1,
        40_000,
      );
      // Every post with an id is stored, and no reading was written twice.
      expect(db.posts?.length).toBeGreaterThanOrEqual(X_PAGES.homeEn.postCount - 1);
      const perPost = new Map<string, number>();
      for (const s of db.postSnapshots ?? []) perPost.set(s.postId, (perPost.get(s.postId) ?? 0) + 1);
      expect([...perPost.values()].every((n) => n === 1)).toBe(true);
      expect(checkPage(db, X_PAGES.homeEn)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('X in-app navigation', () => {
  it('follows a pushState navigation to a profile rendered in place, as X does', async () => {
    const fresh = await launch();
    try {
      fresh.serve({ [X_PAGES.homeEn.url]: X_PAGES.homeEn.file });
      const tab = await fresh.context.newPage();
      await tab.goto(X_PAGES.homeEn.url);
      const profileHtml = readFileSync(join(ROOT, X_PAGES.profileFr.file), 'utf8');
      // The app swaps the primary column and changes the address without a page load.
      await tab.evaluate((html) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        const column = next.querySelector('[data-testid="primaryColumn"]');
        const current = document.querySelector('[data-testid="primaryColumn"]');
        if (!column || !current) throw new Error('no primary column');
        document.documentElement.lang = next.documentElement.lang;
        history.pushState({}, '', '/cafe_lumiere');
        current.replaceWith(document.importNode(column, true));
      }, profileHtml);
      const expected = X_PAGES.profileFr;
      const db: Dump = await waitFor(
        () => dumpDatabase(fresh),
        (d: Dump) => checkPage(d, expected).length === 0,
      );
      expect(checkPage(db, expected)).toEqual([]);
      const snapshot = db.profileSnapshots?.find((s) => s.handle === 'cafe_lumiere');
      expect(snapshot?.pageUrl).toBe('https://x.com/cafe_lumiere');
    } finally {
      await fresh.close();
    }
  });
});
