// Issue 12, "nothing injected": page text is hostile input. An X timeline whose display names,
// "@handle" lines and post texts carry HTML and script payloads as text (test/fixtures/x/
// hostile-en.html) is read; its authors become the user's accounts; then the popup, the options
// page and the badges on the page must show those strings as text only: no element made from
// them, no payload run, no `javascript:` link.
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, dumpDatabase, launch, waitFor } from './harness.mjs';
import type { DatabaseDump, Harness } from './harness.mjs';

interface HostilePost {
  handle: string;
  name: string;
  at: string;
  postId: string;
  time: string;
  text: (string | { link?: string; href?: string; hashtag?: string })[];
}
// The fixture's generator describes what the page holds (plain ESM for Node, without types).
const { HOSTILE } = (await import(
  pathToFileURL(join(ROOT, 'test/fixtures/x/generate-hostile.mjs')).href
)) as {
  HOSTILE: HostilePost[];
};

const URL_HOME = 'https://x.com/home';
const FIXTURE = 'test/fixtures/x/hostile-en.html';
const run = (n: number) => `window.__pwned=${n};document.title='pwned'`;
const by = (handle: string) => HOSTILE.find((p) => p.handle === handle) as HostilePost;

/** What an imported file could hold: a handle and a post address that no reader would produce. */
const IMPORTED_HANDLE = `<img src=x onerror="${run(20)}">`;
const IMPORTED_NAME = `<script>${run(21)}</script>`;
const JAVASCRIPT_URL = `javascript:${run(22)}`;
/** An author seen but not added: the options page suggests it, with its name. */
const GHOST = { handle: 'ghost_writer', name: `<svg onload="${run(24)}"><b>Ghost</b>` };

let h: Harness;
let db: DatabaseDump;

/** Runs in a page: what hostile text could have become, in the document and every shadow root. */
function scanForInjection(checkLinks: boolean) {
  const found: string[] = [];
  const visit = (root: Document | ShadowRoot, where: string) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName;
      for (const name of el.getAttributeNames())
        if (/^on/i.test(name)) found.push(`${where}: <${tag} ${name}>`);
      if (tag === 'img' && el.getAttribute('src') === 'x') found.push(`${where}: <img src="x">`);
      if (['iframe', 'object', 'embed', 'frame'].includes(tag)) found.push(`${where}: <${tag}>`);
      if (tag === 'script' && where !== 'document') found.push(`${where}: <script>`);
      if ((checkLinks || where !== 'document') && el.hasAttribute('href')) {
        const href = el.getAttribute('href') ?? '';
        const protocol = new URL(href, document.baseURI).protocol;
        if (!['https:', 'http:', 'chrome-extension:'].includes(protocol))
          found.push(`${where}: <${tag} href="${href.slice(0, 60)}">`);
      }
      if (el.shadowRoot) visit(el.shadowRoot, `${where} > ${tag} shadow root`);
    }
  };
  visit(document, 'document');
  return {
    found,
    scripts: Array.from(document.scripts, (s) => s.src || `(inline) ${s.textContent?.slice(0, 60)}`),
    title: document.title,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    text: document.body.innerText,
    badges: document.querySelectorAll('kpi-lens-badge').length,
    links: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? ''),
  };
}

/**
 * Runs in a page: for each place that shows "@handle", whether it still reads left to right (its
 * "@" left of its last letter, on one line), i.e. no bidi control from a name next to it leaked.
 */
function handleDirection(handle: string) {
  const needle = `@${handle}`;
  const holders = Array.from(document.querySelectorAll('body *')).filter(
    (el) =>
      (el.textContent ?? '').includes(needle) &&
      !Array.from(el.children).some((c) => (c.textContent ?? '').includes(needle)) &&
      // A <select>'s options are drawn by the browser, not laid out as text: no boxes to compare.
      !el.closest('select'),
  );
  return holders.map((el) => {
    const chars: [Text, number][] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = '';
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (let i = 0; i < node.length; i++) chars.push([node, i]);
      text += node.data;
    }
    const at = text.indexOf(needle);
    const box = ([node, i]: [Text, number]) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect();
    };
    const first = box(chars[at] as [Text, number]);
    const last = box(chars[at + needle.length - 1] as [Text, number]);
    return {
      shown: text.slice(0, 80),
      leftToRight: first.left < last.left && Math.abs(first.top - last.top) < 4,
    };
  });
}

/** Writes rows to the extension's database from one of its pages, with raw IndexedDB. */
async function putRows(table: string, rows: object[]): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
  await page.evaluate(
    async ({ table, rows }) => {
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('kpi-lens');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction(table, 'readwrite');
        for (const row of rows) tx.objectStore(table).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      idb.close();
    },
    { table, rows },
  );
  await page.close();
}

async function openExtensionPage(path: string, ready: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  await page.waitForSelector(ready, { timeout: 15_000 });
  await page.waitForTimeout(800); // live queries settle
  return page;
}

const t0 = Date.now();
beforeAll(async () => {
  h = await launch();
  h.serve({ [URL_HOME]: FIXTURE });
  const tab = await h.context.newPage();
  await tab.goto(URL_HOME);
  db = await waitFor(
    () => dumpDatabase(h),
    (d) => HOSTILE.every((p) => d.posts?.some((row) => row.postId === p.postId)),
    30_000,
  );
  await tab.close();

  // The hostile authors become the user's own accounts, with the display names read from the page
  // (what the options page's "add as mine" does), and one account and two posts as an imported
  // file could hold them: a hostile handle, a `javascript:` post address, and a normal one.
  const now = new Date();
  const iso = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
  const exact = (n: number) => ({ value: n, raw: String(n), min: n, max: n });
  await putRows('accounts', [
    ...HOSTILE.map((p) => ({
      network: 'x',
      handle: p.handle,
      displayName: db.posts?.find((row) => row.postId === p.postId)?.authorName,
      owned: true,
      addedAt: iso(0),
    })),
    { network: 'x', handle: IMPORTED_HANDLE, displayName: IMPORTED_NAME, owned: true, addedAt: iso(0) },
  ]);
  const post = (postId: string, url: string, author: string, authorName = IMPORTED_NAME) => ({
    network: 'x',
    postId,
    url,
    author,
    authorName,
    publishedAt: iso(3_600_000),
    hashtags: [`<img src=x onerror=${run(23)}>`],
    mentions: [],
    firstSeenAt: iso(60_000),
    lastSeenAt: iso(60_000),
    lastSnapshotAt: iso(60_000),
    latestMetrics: { likes: exact(40), comments: exact(2), shares: exact(3), views: exact(900) },
  });
  await putRows('posts', [
    post('7000000000000000001', JAVASCRIPT_URL, 'img_onerror'),
    post('7000000000000000002', 'https://x.com/img_onerror/status/7000000000000000002', 'img_onerror'),
    post('7000000000000000003', JAVASCRIPT_URL, IMPORTED_HANDLE),
    post('7000000000000000004', JAVASCRIPT_URL, GHOST.handle, GHOST.name),
  ]);
});
afterAll(async () => {
  await h?.close();
  console.log(`[hostile] ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});

describe('hostile page text stays text (real Chromium)', () => {
  it('stores the payloads as text, exactly as the page shows them', () => {
    const post = (p: HostilePost) => db.posts?.find((row) => row.postId === p.postId) ?? {};
    for (const p of HOSTILE) {
      expect(post(p)).toMatchObject({
        network: 'x',
        author: p.handle,
        url: `https://x.com/${p.handle}/status/${p.postId}`,
      });
    }
    for (const handle of ['img_onerror', 'script_tag', 'js_link', 'bidi_override', 'rlo_open'])
      expect(post(by(handle)).authorName).toBe(by(handle).name);
    expect(post(by('bidi_override')).authorName).toContain('\u202e');
    // The 1 MB post was read (its figures stored); its long name is capped like the schema says.
    const huge = post(by('huge_text'));
    expect(huge.authorName).toBe(by('huge_text').name.slice(0, 500));
    expect(Object.keys(huge.latestMetrics ?? {}).length).toBeGreaterThan(0);
    expect(post(by('img_onerror')).hashtags).toContain(`<img src=x onerror=${run(3)}>`);
    // No address the readers stored is anything but the post's own https://x.com/ permalink.
    const read = (db.posts ?? []).filter((row) => !row.postId.startsWith('7000'));
    expect(read.filter((row) => !String(row.url).startsWith('https://x.com/'))).toEqual([]);
  });

  it('popup: names and handles shown as text, no element from them, no javascript: link', async () => {
    const page = await openExtensionPage('popup.html', 'main[data-objectives="loaded"] ol.posts');
    const scan = await page.evaluate(scanForInjection, true);
    // The posts whose address is `javascript:` are listed, without a link.
    const unlinked = await page.evaluate(
      () => document.querySelectorAll('li.post > span:first-child').length,
    );
    await page.close();
    expect(unlinked).toBeGreaterThanOrEqual(2);
    // It did show the hostile strings (as text) and the imported posts, one of them linked.
    expect(scan.text).toContain(by('img_onerror').name);
    expect(scan.text).toContain(by('script_tag').name);
    expect(scan.text).toContain(`@${IMPORTED_HANDLE}`);
    expect(scan.links).toContain('https://x.com/img_onerror/status/7000000000000000002');
    expect(scan.found).toEqual([]);
    expect(scan.links.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    expect(scan.scripts.every((src) => src.startsWith(`chrome-extension://${h.extensionId}/`))).toBe(true);
    expect(scan.title).toBe('KPI Lens');
    expect(scan.pwned).toBeNull();
  });

  it('options page: accounts and suggestions shown as text, no element from them', async () => {
    const page = await openExtensionPage('options.html', '#accounts ul.rows');
    const scan = await page.evaluate(scanForInjection, true);
    await page.close();
    expect(scan.text).toContain(by('img_onerror').name);
    expect(scan.text).toContain(`@${IMPORTED_HANDLE}`);
    expect(scan.text).toContain(IMPORTED_NAME);
    expect(scan.text).toContain(`${GHOST.name} @${GHOST.handle}`); // a suggestion
    expect(scan.found).toEqual([]);
    expect(scan.scripts.every((src) => src.startsWith(`chrome-extension://${h.extensionId}/`))).toBe(true);
    expect(scan.title).toBe('KPI Lens');
    expect(scan.pwned).toBeNull();
  });

  // Names from pages are isolated (<bdi>, U+2068…U+2069): an override inside one stays inside it.
  it('popup and options: a bidi override in a name does not reverse the handle after it', async () => {
    const popup = await openExtensionPage('popup.html', 'main[data-objectives="loaded"] ol.posts');
    const inPopup = await popup.evaluate(handleDirection, 'rlo_open');
    await popup.close();
    const options = await openExtensionPage('options.html', '#accounts ul.rows');
    const inOptions = await options.evaluate(handleDirection, 'rlo_open');
    await options.close();
    console.log(
      `[hostile] "@rlo_open" after an open U+202E: popup ${JSON.stringify(inPopup)}, options ${JSON.stringify(inOptions)}`,
    );
    expect(inPopup.length).toBeGreaterThan(0);
    expect(inOptions.length).toBeGreaterThan(0);
    expect([...inPopup, ...inOptions].filter((p) => !p.leftToRight)).toEqual([]);
  });

  it('the page: its own badges carry no element from the page text, and nothing ran', async () => {
    const tab = await h.context.newPage();
    await tab.goto(URL_HOME);
    // The authors are the user's now: their posts get an "own" badge.
    await tab.waitForFunction(() => document.querySelectorAll('kpi-lens-badge').length >= 4, undefined, {
      timeout: 15_000,
    });
    const scan = await tab.evaluate(scanForInjection, false);
    await tab.close();
    expect(scan.badges).toBeGreaterThanOrEqual(HOSTILE.length - 1);
    expect(scan.found).toEqual([]);
    expect(scan.scripts).toEqual([]); // the fixture has none, and none was added
    expect(scan.title).toBe('Home / X');
    expect(scan.pwned).toBeNull();
    // Nor in the service worker.
    const worker = h.context.serviceWorkers()[0];
    if (worker)
      expect(
        await worker.evaluate(() => (self as unknown as { __pwned?: unknown }).__pwned ?? null),
      ).toBeNull();
  });
});
