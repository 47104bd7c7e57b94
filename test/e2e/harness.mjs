import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** Debian's Chromium (never a test tool's own download); overridable for other machines. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

/**
 * Starts Chromium with the built extension loaded. Every request goes through `context.route`:
 * a served fixture is answered from disk at its real address, anything else is aborted, so the
 * test both works offline and proves that nothing but the page itself is fetched.
 * `intercept: false` leaves requests alone (no fixture is served then): interception sends every
 * request, the extension's own files too, through Node and back, which the popup's timing must not
 * include.
 */
/** @param {{ headless?: boolean; extensionDir?: string; locale?: string; withoutExtension?: boolean; intercept?: boolean }} [options] */
export async function launch(options = {}) {
  const extensionDir = options.extensionDir ?? process.env.KPI_LENS_EXTENSION_DIR ?? EXTENSION_DIR;
  if (!options.withoutExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build first`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'kpi-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1200, height: 900 },
    args: options.withoutExtension
      ? CHROMIUM_FLAGS
      : [
          ...CHROMIUM_FLAGS,
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
        ],
  });
  /** @type {Map<string, string>} */
  const served = new Map();
  /** @type {string[]} */
  const blocked = [];
  if (options.intercept !== false)
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      const key = url.split('#')[0] ?? url;
      const file = served.get(key);
      if (file) {
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: readFileSync(join(ROOT, file)),
        });
      } else if (url.startsWith('chrome-extension://') || url.startsWith('data:')) {
        await route.continue();
      } else {
        blocked.push(url);
        await route.abort('blockedbyclient');
      }
    });
  let worker = context.serviceWorkers()[0];
  if (!options.withoutExtension) worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    worker,
    blocked,
    /** Pages served at the sites' real addresses: URL → fixture path. @param {Record<string,string>} pages */
    serve: (pages) => {
      for (const [url, file] of Object.entries(pages)) served.set(url, file);
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Reads every table of the extension's database from an extension page (its own origin). */
export async function dumpDatabase(h) {
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    return await page.evaluate(async () => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('kpi-lens');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const out = {};
      for (const name of Array.from(db.objectStoreNames)) {
        out[name] = await new Promise((resolve, reject) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      db.close();
      return out;
    });
  } finally {
    await page.close();
  }
}

export async function waitFor(probe, ok, ms = 30_000) {
  const end = Date.now() + ms;
  let last = await probe();
  while (!ok(last)) {
    if (Date.now() > end) return last;
    await new Promise((r) => setTimeout(r, 250));
    last = await probe();
  }
  return last;
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle, and resolves once the
 * browser reports it stopped (true), or after 5 s without that report (false).
 */
export async function stopServiceWorker(h, page) {
  const cdp = await h.context.newCDPSession(page);
  let resolveStopped = () => undefined;
  const stopped = new Promise((resolve) => {
    resolveStopped = resolve;
  });
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) {
      if (v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`) && v.runningStatus === 'stopped')
        resolveStopped(true);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const result = await Promise.race([stopped, new Promise((r) => setTimeout(() => r(false), 5000))]);
  await cdp.detach().catch(() => undefined);
  return result;
}

/**
 * Mimics an infinite, virtualised timeline: takes the cells of the page's list, empties it, then
 * appends them back `step` at a time while removing those far above, as X's list does.
 */
/** @param {{ list: string; cell: string; step?: number; keep?: number; delayMs?: number }} options */
export async function simulateInfiniteScroll(page, options) {
  return page.evaluate(async ({ list, cell, step = 5, keep = 12, delayMs = 60 }) => {
    const container = document.querySelector(list);
    if (!container) return 0;
    const cells = Array.from(container.querySelectorAll(cell)).map((c) =>
      c.parentElement && c.parentElement !== container ? c.parentElement : c,
    );
    for (const c of cells) c.remove();
    for (let i = 0; i < cells.length; i += step) {
      for (const c of cells.slice(i, i + step)) container.append(c.cloneNode(true));
      while (container.children.length > keep) container.firstElementChild?.remove();
      window.scrollTo(0, document.body.scrollHeight);
      await new Promise((r) => setTimeout(r, delayMs));
    }
    return cells.length;
  }, options);
}

/**
 * Runs in the page (pass it to `page.evaluate`): takes the feed's post cells as templates and
 * empties the feed, so that `scrollFeed` can append as many posts as wanted. The benchmarks and the
 * end-to-end fault tests share it.
 */
export function prepareFeed(postSelector) {
  const posts = Array.from(document.querySelectorAll(postSelector));
  const first = posts[0];
  const second = posts.find((p) => !p.contains(first) && !first.contains(p));
  let container = first.parentElement;
  while (container && second && !container.contains(second)) container = container.parentElement;
  const cells = Array.from(container.children).filter(
    (c) => c.matches(postSelector) || c.querySelector(postSelector),
  );
  const templates = cells.map((c) => c.outerHTML);
  for (const c of cells) c.remove();
  window.__bench = { container, templates, postSelector, longTasks: 0, bareMs: 0 };
  new PerformanceObserver((list) => {
    window.__bench.longTasks += list.getEntries().length;
  }).observe({ type: 'longtask' });
  return templates.length;
}

/**
 * Runs in the page after `prepareFeed`: appends `total` posts `step` at a time, each a template with
 * fresh ids (post n, counted from `from + 1`, shifts every long number by n × 7919), removing the
 * cells beyond `keep` from the top as a virtualised timeline recycles them, `delayMs` between steps.
 * `bare` also runs and times a minimal reading pass after each step (the benchmark's floor), with
 * or without the extension.
 */
export async function scrollFeed({ total, step, keep, bare = false, delayMs = 16, from = 0 }) {
  const b = window.__bench;
  const fresh = (html, n) =>
    html
      .replace(/\d{15,20}/g, (d) => (BigInt(d) + BigInt(n)).toString())
      .replace(
        /\/(p|reel|reels)\/([A-Za-z0-9_-]{6,})/g,
        (_, kind, code) => `/${kind}/${code.slice(0, 6)}${n.toString(36).padStart(5, '0')}`,
      )
      .replace(/pfbid[A-Za-z0-9]+/g, (id) => `${id.slice(0, 20)}${n.toString(36)}`)
      .replace(/(urn:li:activity:|activity-)(\d+)/g, (_, p, d) => `${p}${BigInt(d) + BigInt(n)}`);
  const tpl = document.createElement('template');
  for (let i = 0; i < total; i += step) {
    for (let j = 0; j < step; j++) {
      const n = from + i + j + 1;
      tpl.innerHTML = fresh(b.templates[n % b.templates.length], n * 7919);
      b.container.append(tpl.content);
    }
    while (b.container.children.length > keep) b.container.firstElementChild.remove();
    if (bare) {
      const t0 = performance.now();
      kpiLensFloorPass(b);
      b.bareMs += performance.now() - t0;
    }
    await new Promise((r) => setTimeout(r, delayMs));
  }
  return { longTasks: b.longTasks, bareMs: b.bareMs };

  // The floor: one querySelectorAll pass over the feed and a read of each post's figures. Named,
  // so that a profile tells its samples apart from the rest of the page (scripts/bench.mjs).
  function kpiLensFloorPass(bench) {
    for (const post of bench.container.querySelectorAll(bench.postSelector)) {
      void post.querySelector('[role="group"], [aria-label]')?.getAttribute('aria-label');
      void post.textContent.length;
    }
  }
}
