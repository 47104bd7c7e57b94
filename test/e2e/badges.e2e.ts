import type { browser } from 'wxt/browser';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch } from './harness.mjs';
import type { Harness } from './harness.mjs';

let h: Harness;
const shots = join(ROOT, 'test-results');

const PAGES = {
  xHome: ['https://x.com/home', 'test/fixtures/x/home-en.html'],
  xProfileFr: ['https://x.com/cafe_lumiere', 'test/fixtures/x/profile-fr.html'],
  igFeed: ['https://www.instagram.com/', 'test/fixtures/instagram/feed-en.html'],
  fbFeed: ['https://www.facebook.com/', 'test/fixtures/facebook/feed-en.html'],
  liFeed: ['https://www.linkedin.com/feed/', 'test/fixtures/linkedin/feed-classic-en.html'],
} as const;

/** Sends readings from an extension page, as a content script would, to build some history. */
async function seed(readings: object[]): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  const answer = await page.evaluate(
    (r: object[]) =>
      // `chrome` exists in the extension page where this runs, not in Node's types.
      (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({
        type: 'readings',
        batchId: `seed-${crypto.randomUUID()}`,
        readings: r,
      }),
    readings,
  );
  expect(answer).toMatchObject({ ok: true });
  await page.close();
}

const capture = (url: string) => ({ pageUrl: url, locale: 'fr', parserVersion: 1 });
const exact = (n: number) => ({ value: n, raw: String(n), min: n, max: n });

/** The text of every badge on the page (their shadow roots are open to the page's own world). */
async function badgeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('kpi-lens-badge')).map(
      (el) => el.shadowRoot?.querySelector('.wrap')?.textContent ?? '',
    ),
  );
}

async function visit(key: keyof typeof PAGES, wait = 2500): Promise<{ page: Page; texts: string[] }> {
  const [url] = PAGES[key];
  const page = await h.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(wait);
  const texts = await badgeTexts(page);
  await page.screenshot({ path: join(shots, `badges-${key}.png`) });
  return { page, texts };
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await launch({ locale: 'fr-FR' });
  h.serve(Object.fromEntries(Object.values(PAGES)));
  await seed([
    {
      kind: 'profile',
      network: 'x',
      handle: 'cafe_lumiere',
      metrics: { followers: exact(1000) },
      capturedAt: '2026-10-01T09:00:00.000Z',
      ...capture('https://x.com/cafe_lumiere'),
    },
    {
      kind: 'profile',
      network: 'instagram',
      handle: 'clara.voyage',
      metrics: { followers: exact(52340) },
      capturedAt: '2026-05-01T09:00:00.000Z',
      ...capture('https://www.instagram.com/clara.voyage/'),
    },
  ]);
});
afterAll(async () => {
  await h?.close();
});

describe('badges on the page, in real Chromium', () => {
  it('X: an engagement badge on the timeline posts, in the user’s language, without moving the post', async () => {
    const { page, texts } = await visit('xHome');
    expect(texts.filter((t) => t.startsWith('Engagement')).length).toBeGreaterThanOrEqual(20);
    expect(texts.some((t) => /Engagement 1,3\s%/.test(t))).toBe(true); // (2534+4483+25616)/2596467
    const hostBoxes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('kpi-lens-badge')).map((el) => {
        const r = el.getBoundingClientRect();
        return r.width + r.height;
      }),
    );
    expect(hostBoxes.every((size: number) => size === 0)).toBe(true);
    await page.close();
  });

  it('X: the profile header shows the follower change since the first visit', async () => {
    const { page, texts } = await visit('xProfileFr');
    expect(texts.some((t) => /\+200 abonnés depuis votre première visite/.test(t))).toBe(true);
    await page.close();
  });

  it('Instagram: a post whose author’s followers are known gets its rate', async () => {
    const { page, texts } = await visit('igFeed');
    expect(texts.some((t) => t.startsWith('Engagement'))).toBe(true);
    await page.close();
  });

  it('Facebook: video posts get their rate by views', async () => {
    const { page, texts } = await visit('fbFeed');
    expect(texts.some((t) => t.startsWith('Engagement'))).toBe(true);
    await page.close();
  });

  it('LinkedIn: no badge by default (its user agreement forbids changing its pages)', async () => {
    const { page, texts } = await visit('liFeed');
    expect(texts).toEqual([]);
    await page.close();
  });
});
