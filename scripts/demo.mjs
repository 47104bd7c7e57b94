#!/usr/bin/env node
// npm run demo: builds the extension, opens Chromium with it on built-in demo pages served at the
// sites' real addresses, scrolls them, opens the popup, and writes screenshots to demo-output/.
// Headless when there is no display (or with --headless); with a display the browser stays open
// until you close it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES } from './demo-pages.mjs';
import { ROOT, dumpDatabase, launch, simulateInfiniteScroll, waitFor } from '../test/e2e/harness.mjs';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-output');

function step(message) {
  console.log(`\n▸ ${message}`);
}

if (!args.has('--no-build')) {
  step('Building the extension (wxt build)');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

step(`Starting Chromium with KPI Lens (${headless ? 'headless' : 'in a window'}), French UI`);
const h = await launch({ headless, locale: 'fr-FR' });
const pages = DEMO_PAGES.filter((p) => existsSync(join(ROOT, p.file)));
h.serve(Object.fromEntries(pages.map((p) => [p.url, p.file])));

let shot = 0;
const name = (label) => join(outDir, `${String(++shot).padStart(2, '0')}-${label}.png`);

for (const demo of pages) {
  step(`${demo.network}: ${demo.title} — ${demo.url}`);
  const page = await h.context.newPage();
  await page.goto(demo.url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(600);
  await page.screenshot({ path: name(`${demo.id}`) });
  if (demo.scroll) {
    const cells = await simulateInfiniteScroll(page, demo.scroll);
    console.log(`  scrolled through ${cells} posts`);
    await page.screenshot({ path: name(`${demo.id}-scrolled`) });
  }
  await page.waitForTimeout(800);
  if (headless) await page.close();
}

step('Waiting for the readings to be stored');
const db = await waitFor(
  () => dumpDatabase(h),
  (d) => (d.posts?.length ?? 0) > 0,
  15_000,
);
await new Promise((r) => setTimeout(r, 1500));
const final = await dumpDatabase(h);
const byNetwork = {};
for (const post of final.posts ?? []) byNetwork[post.network] = (byNetwork[post.network] ?? 0) + 1;
console.log(
  `  posts: ${JSON.stringify(byNetwork)}; post snapshots: ${final.postSnapshots?.length ?? 0}; profile snapshots: ${final.profileSnapshots?.length ?? 0}`,
);
void db;

step('Opening the popup');
const popup = await h.context.newPage();
await popup.setViewportSize({ width: 400, height: 600 });
await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
// Everything on screen: the objectives, then the network overviews that start after them.
await popup.waitForFunction(
  () =>
    document.querySelector('main[data-objectives="loaded"][data-overviews="started"]') &&
    !document.querySelector('.kpi[data-state="loading"], .network[data-state="loading"]'),
  undefined,
  { timeout: 15000 },
);
await popup.waitForTimeout(300);
await popup.screenshot({ path: name('popup-fr-first-open'), fullPage: true });
// As a newcomer would: one click on the starter objective, then where it stands.
const starter = popup.getByRole('button', { name: 'Créer un objectif de départ' });
if (await starter.count()) {
  await starter.click();
  await popup.waitForTimeout(1200);
}
await popup.screenshot({ path: name('popup-fr'), fullPage: true });

step('Opening the options page');
const options = await h.context.newPage();
await options.setViewportSize({ width: 1000, height: 1400 });
await options.goto(`chrome-extension://${h.extensionId}/options.html`);
await options.waitForTimeout(1000);
await options.screenshot({ path: name('options-fr'), fullPage: true });
await popup.evaluate(async () => {
  const stored = await chrome.storage.local.get('settings');
  await chrome.storage.local.set({ settings: { ...(stored.settings ?? {}), language: 'en' } });
});
await popup.waitForTimeout(500);
await popup.screenshot({ path: name('popup-en'), fullPage: true });

console.log(`\nScreenshots written to ${outDir}`);
if (h.blocked.length > 0)
  console.log(`(${h.blocked.length} requests to other addresses were blocked, as they should be)`);

if (headless) {
  await h.close();
} else {
  console.log('The browser stays open: explore the pages and the popup, then close it to finish.');
  await new Promise((resolve) => h.context.on('close', resolve));
}
