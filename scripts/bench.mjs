#!/usr/bin/env node
// npm run bench: measures KPI Lens in real Chromium with the built extension and prints a table;
// the figures are written to bench-results/bench-<date>.json. Benchmarks print figures: they never
// fail on a slow machine. See docs/BENCHMARKS.md for the targets and the last recorded figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, launch, prepareFeed, scrollFeed } from '../test/e2e/harness.mjs';

const args = new Set(process.argv.slice(2));
const POSTS = Number(process.env.BENCH_POSTS ?? 1000);
const STEP = 10;
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
/** Popup opens timed per database state (after 2 first opens), and the pause after a bulk write. */
const POPUP_RUNS = 11;
const SETTLE_MS = 15000;
const results = {
  machine: machine(),
  date: new Date().toISOString(),
  pageSide: {},
  storage: {},
  popup: {},
  sizes: {},
  micro: '',
};

function machine() {
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim();
  return {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  };
}

function log(message) {
  console.log(message);
}

// --- builds -------------------------------------------------------------------------------------
if (!args.has('--no-build')) {
  log('▸ Building the extension (chrome-mv3) and the bench build (bench-mv3)');
  for (const target of [[], ['-b', 'bench']]) {
    const r = spawnSync('npx', ['wxt', 'build', ...target], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
// KPI_LENS_BENCH_DIR: another bench build, to compare two versions (with --no-build).
const BENCH_DIR = process.env.KPI_LENS_BENCH_DIR ?? join(ROOT, '.output/bench-mv3');

// --- 1. page side -------------------------------------------------------------------------------
const SITES = [
  {
    network: 'x',
    url: 'https://x.com/home',
    file: 'test/fixtures/x/home-en.html',
    post: 'article[data-testid="tweet"]',
  },
  {
    network: 'instagram',
    url: 'https://www.instagram.com/',
    file: 'test/fixtures/instagram/feed-en.html',
    post: 'article',
  },
  {
    network: 'facebook',
    url: 'https://www.facebook.com/',
    file: 'test/fixtures/facebook/feed-en.html',
    post: 'div[role="feed"] div[aria-posinset]',
  },
  {
    network: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    file: 'test/fixtures/linkedin/feed-classic-en.html',
    post: '.feed-shared-update-v2',
  },
];

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function pageRun(site, mode) {
  const h = await launch({ withoutExtension: mode !== 'extension', extensionDir: BENCH_DIR });
  try {
    h.serve({ [site.url]: site.file });
    if (mode === 'extension' && process.env.BENCH_BADGES === 'off') {
      const setup = await h.context.newPage();
      await setup.goto(`chrome-extension://${h.extensionId}/bench.html`);
      await setup.evaluate(() =>
        chrome.storage.local.set({
          settings: { overlays: { x: false, instagram: false, facebook: false, linkedin: false } },
        }),
      );
      await setup.close();
    }
    const page = await h.context.newPage();
    await page.goto(site.url);
    await page.waitForTimeout(1500);
    await page.evaluate(prepareFeed, site.post);
    await page.waitForTimeout(500);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const before = await metrics(cdp);
    // In two halves, the heap measured between them: what the second half adds is the growth per
    // recycled cell (the first half also holds the one-time costs: compiled code, caches, sheets).
    const half = Math.floor(POSTS / 2 / STEP) * STEP;
    const scroll = (from, total) =>
      // Every run, the extension's too, runs and times the floor's pass after each step: the floor is
      // then also timed in the extension's own run, under the same load.
      page.evaluate(scrollFeed, { total, from, step: STEP, keep: 40, bare: true });
    await scroll(0, half);
    await page.waitForTimeout(1500);
    await cdp.send('HeapProfiler.collectGarbage');
    const middle = await metrics(cdp);
    const inPage = await scroll(half, POSTS - half);
    await page.waitForTimeout(1500);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await metrics(cdp);
    let latencyMs;
    if (mode === 'extension' && site.network === 'x') latencyMs = await insertionToStored(h, page);
    const ext = extensionTime(profile);
    const threadMs = (after.ThreadTime - before.ThreadTime) * 1000;
    return {
      extensionJsMs: ext.wallMs,
      extensionCpuMs: ext.share * threadMs,
      floorCpuMs: ext.floorShare * threadMs,
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      heapMB: (after.JSHeapUsedSize - before.JSHeapUsedSize) / 2 ** 20,
      secondHalfHeapMB: (after.JSHeapUsedSize - middle.JSHeapUsedSize) / 2 ** 20,
      secondHalfPosts: POSTS - half,
      longTasks: inPage.longTasks,
      bareMs: inPage.bareMs,
      latencyMs,
    };
  } finally {
    await h.close();
  }
}

/**
 * Main-thread time attributed to the extension by Chromium's own sampling profiler: every sample
 * whose stack holds a frame of a chrome-extension:// script (natives it calls included).
 * `wallMs` sums those samples' intervals, which a busy machine stretches (the thread waits for a
 * core between samples); `share` is the extension's part of the thread's busy samples (all but
 * "(idle)"), which the waiting does not bias, to be multiplied by the thread's CPU time.
 */
function extensionTime(profile) {
  const parent = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Whether a node's stack holds a frame that `own` accepts, memoised per node.
  const under = (own) => {
    const memo = new Map();
    const check = (id) => {
      if (memo.has(id)) return memo.get(id);
      const node = byId.get(id);
      const result = (node ? own(node.callFrame) : false) || (parent.has(id) ? check(parent.get(id)) : false);
      memo.set(id, result);
      return result;
    };
    return check;
  };
  const inExtension = under((frame) => frame.url.startsWith('chrome-extension://'));
  // The floor's pass (kpiLensFloorPass in test/e2e/harness.mjs), with the natives it calls.
  const inFloor = under((frame) => frame.functionName === 'kpiLensFloorPass');
  let us = 0;
  let floorUs = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    if (byId.get(id)?.callFrame.functionName !== '(idle)') busy += dt;
    if (inExtension(id)) us += dt;
    else if (inFloor(id)) floorUs += dt;
  });
  return {
    wallMs: us / 1000,
    share: busy > 0 ? us / busy : 0,
    floorShare: busy > 0 ? floorUs / busy : 0,
  };
}

/** Time from a post's insertion to its reading being in the database (median of 5). */
async function insertionToStored(h, page) {
  const samples = [];
  for (let k = 0; k < 5; k++) {
    const id = (1990000000000000000n + BigInt(k) * 13n + 999n).toString();
    const t0 = Date.now();
    await page.evaluate((postId) => {
      const b = window.__bench;
      const tpl = document.createElement('template');
      tpl.innerHTML = b.templates[0].replace(/\d{19}/g, postId);
      b.container.append(tpl.content);
    }, id);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/bench.html`);
    await popup.waitForFunction(
      async (postId) => {
        const db = await new Promise((res) => {
          const r = indexedDB.open('kpi-lens');
          r.onsuccess = () => res(r.result);
        });
        const found = await new Promise((res) => {
          const r = db.transaction('posts').objectStore('posts').get(['x', postId]);
          r.onsuccess = () => res(!!r.result);
        });
        db.close();
        return found;
      },
      id,
      { polling: 10, timeout: 15000 },
    );
    samples.push(Date.now() - t0);
    await popup.close();
  }
  samples.sort((a, b) => a - b);
  return samples[2];
}

if (!args.has('--skip-page')) {
  // BENCH_SITES=x,linkedin measures only those sites.
  const only = process.env.BENCH_SITES?.split(',');
  for (const site of SITES.filter((s) => !only || only.includes(s.network))) {
    log(`▸ Page side: ${site.network}, ${POSTS} posts appended ${STEP} at a time`);
    const per100 = (ms) => ms / (POSTS / 100);
    // BENCH_REPEAT=3: the floor and the extension runs alternate three times, and the row shown is
    // the pair with the median ratio (the host's load moves between runs; a pair taken back to
    // back shares it). Every pair is kept in the JSON and printed.
    const pairs = [];
    for (let k = 0; k < REPEAT; k++) {
      const bare = await pageRun(site, 'bare');
      const ext = await pageRun(site, 'extension');
      pairs.push({
        bare,
        ext,
        ratio: ext.extensionCpuMs / bare.bareMs,
        // The floor timed in the extension's own run, after each step, as the floor run times it:
        // the host's load, which moves between runs, is the same for both.
        inRunRatio: ext.extensionCpuMs / ext.bareMs,
      });
    }
    const { bare, ext } = [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor(pairs.length / 2)];
    // The pair's floor run is also the page without the extension (it runs the same floor pass),
    // taken back to back with the extension's: the "without" of every with−without figure.
    const baseline = bare;
    results.pageSide[site.network] = {
      pairs: pairs.map((p) => ({
        cpuMsPer100: per100(p.ext.extensionCpuMs),
        floorMsPer100: per100(p.bare.bareMs),
        ratio: p.ratio,
        floorInRunMsPer100: per100(p.ext.bareMs),
        inRunRatio: p.inRunRatio,
        // The floor's pass as the profile sees it (its samples × the thread's CPU time), in the
        // extension's run and in the floor's: a pass of ≈ 0.5 ms holds a handful of samples, so
        // these move by ±40 % between runs; kept for comparison, not used for the ratios.
        floorInRunProfileCpuMsPer100: per100(p.ext.floorCpuMs),
        floorProfileCpuMsPer100: per100(p.bare.floorCpuMs),
      })),
      // The median of the pairs' in-run ratios.
      inRunRatio: [...pairs.map((p) => p.inRunRatio)].sort((a, b) => a - b)[Math.floor(pairs.length / 2)],
      extensionMsPer100: per100(ext.extensionJsMs),
      extensionCpuMsPer100: per100(ext.extensionCpuMs),
      withMinusWithoutTaskMsPer100: per100(ext.taskMs - baseline.taskMs),
      bareFloorMsPer100: per100(bare.bareMs),
      longTasksCaused: ext.longTasks - baseline.longTasks,
      heapGrowthMB: ext.heapMB - baseline.heapMB,
      // Growth per 100 recycled cells once the scroll is under way, the page's own growth taken out.
      heapPer100CellsKB:
        (((ext.secondHalfHeapMB - baseline.secondHalfHeapMB) * 1024) / ext.secondHalfPosts) * 100,
      insertionToStoredMs: ext.latencyMs,
    };
  }
}

async function storageRates(page) {
  log('▸ Storage: readings per second through the background vs a bare Dexie bulkPut');
  await page.evaluate(() => window.kpiBench.clear());
  const pipeline = await page.evaluate(() => window.kpiBench.ingestViaBackground(20000));
  const bare = await page.evaluate(() => window.kpiBench.bareBulkPut(20000));
  const bareStored = await page.evaluate(() => window.kpiBench.bareBulkPut(20000, 50, 'stored'));
  const bareUnindexed = await page.evaluate(() => window.kpiBench.bareBulkPut(20000, 50, 'unindexed'));
  const bareOneRow = await page.evaluate(() => window.kpiBench.bareBulkPut(20000, 50, 'one-row'));
  const direct = await page.evaluate(() => window.kpiBench.ingestDirect(20000));
  results.storage = {
    pipelinePerSecond: pipeline,
    bareBulkPutPerSecond: bare,
    ratio: bare / pipeline,
    bareBulkPutStoredRowsPerSecond: bareStored,
    ratioStoredRows: bareStored / pipeline,
    bareBulkPutUnindexedPerSecond: bareUnindexed,
    bareOneRowModelPerSecond: bareOneRow,
    zodPerSecond: direct.zodPerSecond,
    ingestInPagePerSecond: direct.ingestPerSecond,
  };
}

// --- 2. storage and 3. popup --------------------------------------------------------------------
if (!args.has('--skip-storage')) {
  // No request interception here: Playwright's `route` sends every request, the extension's own
  // scripts too, through Node and back (≈ 30 ms more before the popup's first script runs), which a
  // user's browser never does. The bench page and the popup fetch nothing but their own files.
  const h = await launch({ extensionDir: BENCH_DIR, intercept: false });
  try {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/bench.html`);
    await page.waitForFunction(() => document.title === 'ready');
    if (!args.has('--skip-rates')) await storageRates(page);

    log('▸ Popup: time to every objective’s figures, empty database and a year of data');
    await page.evaluate(() => window.kpiBench.clear());
    // The first opens after a bulk write or delete pay for IndexedDB's own housekeeping (and the
    // first compile of the popup's scripts): they are recorded apart, and the median is taken over
    // the opens after them, the popup a user opens ten times a day.
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const series = async () => {
      const first = [];
      for (let i = 0; i < 2; i++) first.push((await popupTime(h)).inPage);
      const runs = [];
      for (let i = 0; i < POPUP_RUNS; i++) runs.push(await popupTime(h));
      const inPage = runs.map((r) => r.inPage);
      const outside = runs.map((r) => r.outside);
      return { first, inPage, outside, median: median(inPage), outsideMedian: median(outside) };
    };
    // IndexedDB compacts its files for a while after a bulk write or delete, on this machine's two
    // cores: let it finish before timing what a user would see on an ordinary day.
    await page.waitForTimeout(SETTLE_MS);
    const empty = await series();
    const size = await page.evaluate(() => window.kpiBench.seedYear(42));
    await page.waitForTimeout(SETTLE_MS);
    const year = await series();
    results.popup = {
      emptyMs: empty.median,
      emptyRuns: empty.inPage,
      emptyFirstOpens: empty.first,
      emptyOutsideMs: empty.outsideMedian,
      emptyOutsideRuns: empty.outside,
      yearMs: year.median,
      yearRuns: year.inPage,
      yearFirstOpens: year.first,
      yearOutsideMs: year.outsideMedian,
      yearOutsideRuns: year.outside,
      yearSize: size,
    };
  } finally {
    await h.close();
  }
}

/**
 * Opens the popup and waits until it says every objective's figures are on screen. `inPage`: the
 * browser's own clock, from the navigation's start to the DOM change that completed the figures
 * (an observer installed before the page's scripts notes it). `outside`: the same seen from Node,
 * which adds the DevTools protocol's round trips and its polling.
 */
async function popupTime(h) {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript(() => {
    const shown = () =>
      document.querySelector('main[data-objectives="loaded"]') &&
      !document.querySelector('.kpi[data-state="loading"]');
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      window.__figuresShownAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  const t0 = Date.now();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  // Ready: the objectives are loaded and no KPI card is still computing.
  await page.waitForFunction(() => window.__figuresShownAt !== undefined, undefined, {
    timeout: 30000,
    polling: 5,
  });
  const outside = Date.now() - t0;
  const inPage = Math.round(await page.evaluate(() => window.__figuresShownAt));
  await page.close();
  return { inPage, outside };
}

// --- 4. sizes -----------------------------------------------------------------------------------
function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
for (const file of walk(join(ROOT, '.output/chrome-mv3')).filter(
  // The pages' HTML too: each page's style sheet is inline there (wxt.config.ts).
  (f) => f.endsWith('.js') || f.endsWith('.css') || f.endsWith('.html'),
)) {
  const bytes = readFileSync(file);
  results.sizes[relative(join(ROOT, '.output/chrome-mv3'), file)] = {
    kB: bytes.length / 1000,
    gzipKB: gzipSync(bytes).length / 1000,
  };
}

// --- 5. parser and readers (Vitest bench) -------------------------------------------------------
if (!args.has('--skip-micro')) {
  log('▸ Parser and readers throughput (vitest bench)');
  const r = spawnSync('npx', ['vitest', 'bench', '--run', '--dir', 'test/bench'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // eslint-disable-next-line no-control-regex -- strips the terminal colour codes
  results.micro = (r.stdout ?? '').replace(/\x1b\[[0-9;]*m/g, '');
}

// --- report -------------------------------------------------------------------------------------
const f = (n, d = 1) => (n === undefined || Number.isNaN(n) ? '—' : Number(n).toFixed(d));
log("\n== Page side, per 100 posts. ext: main-thread time in the extension's frames (Chromium sampling");
log('   profiler); cpu: its share of the busy samples × the main thread’s CPU time (ThreadTime);');
log('   with−without: TaskDuration difference between runs (noisy on a busy machine)');
log(
  'site       ext ms/100  cpu ms/100  with−without  floor ms/100  ×floor  ×floor cpu  long tasks  heap MB  KB/100 cells  insert→stored ms',
);
for (const [site, r] of Object.entries(results.pageSide)) {
  log(
    `${site.padEnd(10)} ${f(r.extensionMsPer100, 2).padStart(10)} ${f(r.extensionCpuMsPer100, 2).padStart(11)} ${f(r.withMinusWithoutTaskMsPer100, 1).padStart(13)} ${f(r.bareFloorMsPer100, 2).padStart(13)} ${f(r.extensionMsPer100 / r.bareFloorMsPer100, 1).padStart(7)} ${f(r.extensionCpuMsPer100 / r.bareFloorMsPer100, 1).padStart(11)} ${String(r.longTasksCaused).padStart(11)} ${f(r.heapGrowthMB, 2).padStart(8)} ${f(r.heapPer100CellsKB, 1).padStart(13)} ${f(r.insertionToStoredMs, 0).padStart(17)}`,
  );
  if (r.pairs.length > 1)
    log(
      `           pairs (cpu ÷ floor): ${r.pairs.map((p) => `${f(p.cpuMsPer100, 1)} ÷ ${f(p.floorMsPer100, 2)} = ×${f(p.ratio, 2)}`).join(' · ')}`,
    );
  log(
    `           floor timed in the extension's run: ${r.pairs.map((p) => `${f(p.cpuMsPer100, 1)} ÷ ${f(p.floorInRunMsPer100, 2)} = ×${f(p.inRunRatio, 2)}`).join(' · ')}${r.pairs.length > 1 ? ` (median ×${f(r.inRunRatio, 2)})` : ''}`,
  );
}
if (results.storage.pipelinePerSecond) {
  log(
    `\n== Storage: ${f(results.storage.pipelinePerSecond, 0)} readings/s through the background; bare bulkPut ${f(results.storage.bareBulkPutPerSecond, 0)}/s of snapshot rows (×${f(results.storage.ratio, 2)}), ${f(results.storage.bareBulkPutStoredRowsPerSecond, 0)}/s of every row a reading stores (×${f(results.storage.ratioStoredRows, 2)})`,
  );
  log(
    `   the same two rows with no index at all: ${f(results.storage.bareBulkPutUnindexedPerSecond, 0)}/s (what the rows cost before any index)`,
  );
  log(
    `   one row per reading (a post's row carrying its snapshots, same indexes; not the shipped model): ${f(results.storage.bareOneRowModelPerSecond, 0)}/s`,
  );
  log(
    `   where the time goes: Zod ${f(results.storage.zodPerSecond, 0)} readings/s; the ingest code alone, in one page, ${f(results.storage.ingestInPagePerSecond, 0)}/s (one batch at a time)`,
  );
}
if (results.popup.yearMs !== undefined) {
  log(
    `== Popup, navigation → figures on screen by the browser's clock (median of ${POPUP_RUNS} opens after 2): ${results.popup.emptyMs} ms empty; ${results.popup.yearMs} ms with a year (${JSON.stringify(results.popup.yearSize)}), ×${f(results.popup.yearMs / results.popup.emptyMs, 2)}; seen from Node: ${results.popup.emptyOutsideMs} / ${results.popup.yearOutsideMs} ms; first opens: empty ${results.popup.emptyFirstOpens.join(', ')} ms, year ${results.popup.yearFirstOpens.join(', ')} ms`,
  );
}
log('\n== Sizes (kB, gzip kB)');
for (const [file, s] of Object.entries(results.sizes))
  log(`${file.padEnd(48)} ${f(s.kB, 1).padStart(8)} ${f(s.gzipKB, 1).padStart(8)}`);
if (results.micro)
  log(
    `\n== Micro-benchmarks\n${results.micro
      .split('\n')
      .filter((l) => /·|name|hz/.test(l))
      .join('\n')}`,
  );

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const out = join(ROOT, 'bench-results', `bench-${results.date.slice(0, 19).replace(/:/g, '-')}.json`);
writeFileSync(out, JSON.stringify(results, null, 2));
log(`\nWritten to ${relative(ROOT, out)}`);
