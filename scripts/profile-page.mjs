#!/usr/bin/env node
// Profiles the page side on one site (analysis aid for docs/BENCHMARKS.md, not part of `npm test`):
// scrolls the site's feed fixture like `npm run bench` does, with Chromium's sampling profiler on,
// and prints where the extension's main-thread time goes (self and inclusive, per function).
// Build first with readable names:  KPI_LENS_NO_MINIFY=1 npx wxt build -b bench
// Usage: node scripts/profile-page.mjs <x|instagram|facebook|linkedin> [posts]
// KPI_LENS_EXTENSION_DIR picks another build (default .output/bench-mv3).
import { join } from 'node:path';
import { ROOT, launch, prepareFeed, scrollFeed } from '../test/e2e/harness.mjs';

const SITES = {
  x: ['https://x.com/home', 'test/fixtures/x/home-en.html', 'article[data-testid="tweet"]'],
  instagram: ['https://www.instagram.com/', 'test/fixtures/instagram/feed-en.html', 'article'],
  facebook: [
    'https://www.facebook.com/',
    'test/fixtures/facebook/feed-en.html',
    'div[role="feed"] div[aria-posinset]',
  ],
  linkedin: [
    'https://www.linkedin.com/feed/',
    'test/fixtures/linkedin/feed-classic-en.html',
    '.feed-shared-update-v2',
  ],
};
const site = process.argv[2] ?? 'x';
const posts = Number(process.argv[3] ?? 1000);
if (!SITES[site]) {
  console.error(`unknown site ${site}: one of ${Object.keys(SITES).join(', ')}`);
  process.exit(2);
}
const [url, file, postSelector] = SITES[site];
const extensionDir = process.env.KPI_LENS_EXTENSION_DIR ?? join(ROOT, '.output/bench-mv3');

async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0;
}

const h = await launch({ extensionDir });
let profile;
let threadBefore = 0;
let threadAfter = 0;
try {
  h.serve({ [url]: file });
  const page = await h.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1500);
  await page.evaluate(prepareFeed, postSelector);
  await page.waitForTimeout(500);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  threadBefore = await threadTime(cdp);
  await page.evaluate(scrollFeed, { total: posts, step: 10, keep: 40 });
  await page.waitForTimeout(1500);
  ({ profile } = await cdp.send('Profiler.stop'));
  threadAfter = await threadTime(cdp);
} finally {
  await h.close();
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inExtension = (id) => {
  for (let x = id; x !== undefined; x = parent.get(x))
    if (byId.get(x).callFrame.url.startsWith('chrome-extension://')) return true;
  return false;
};
const label = (frame) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
const self = new Map();
const inclusive = new Map();
const nativeCallers = new Map();
let total = 0;
let busy = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  if (byId.get(id).callFrame.functionName !== '(idle)') busy += dt;
  if (!inExtension(id)) return;
  total += dt;
  const node = byId.get(id);
  self.set(label(node.callFrame), (self.get(label(node.callFrame)) ?? 0) + dt);
  if (node.callFrame.url === '') {
    const caller = byId.get(parent.get(id));
    const key = `${label(node.callFrame)} ← ${caller ? label(caller.callFrame) : '?'}`;
    nativeCallers.set(key, (nativeCallers.get(key) ?? 0) + dt);
  }
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const key = label(byId.get(x).callFrame);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  }
});
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)}  ${k}`)
    .join('\n');
console.log(`${site}: ${posts} posts, extension main-thread time ${(total / 1000).toFixed(1)} ms`);
console.log(`(${((total / 1000) * (100 / posts)).toFixed(2)} ms per 100 posts; sampling noise ±10 %)`);
// A busy machine stretches the sampled wall time; the extension's share of the busy samples times
// the main thread's CPU time is not biased by the waiting.
const cpu = (total / busy) * (threadAfter - threadBefore) * 1000;
console.log(`CPU estimate: ${cpu.toFixed(1)} ms (${(cpu * (100 / posts)).toFixed(2)} ms per 100 posts)`);
console.log(`\n-- self time (ms)\n${top(self, 30)}`);
console.log(`\n-- inclusive time (ms)\n${top(inclusive, 40)}`);
console.log(`\n-- native calls by caller (ms)\n${top(nativeCallers, 20)}`);
