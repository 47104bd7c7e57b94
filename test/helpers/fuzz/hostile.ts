/**
 * Hostile text in the places a reader copies text from: post texts, author names, handles and the
 * links that carry them, permalinks. Each case writes one payload into one place of a fixture's
 * post or header (through the journal, rolled back after the read) and checks what came out.
 */
import { KpiLensDatabase } from '../../../lib/db/database';
import { REJECTED_COUNTER, receiveMessage } from '../../../lib/db/receive';
import type { Reading } from '../../../lib/model/messages';
import type { Network } from '../../../lib/model/records';
import type { Read } from '../../../lib/networks/types';
import { Journal, fragment } from './mutate';
import { HOSTILE_HREFS, HOSTILE_MARKUP, HOSTILE_TEXTS, ONE_MB } from './payloads';
import { Haystack, readingProblems } from './properties';
import { Random } from './random';
import { siteConfig } from './sites';
import { ADAPTERS, contextFor, targetsOf, type Target } from './targets';

/** Where each site's readers copy text from, inside a post root or a header block. */
const SLOTS: Record<Network, { text: string; name: string }> = {
  x: {
    text: '[data-testid="tweetText"], [data-testid="UserDescription"]',
    name: '[data-testid="User-Name"] [dir] span, [data-testid="UserName"] [dir] span',
  },
  instagram: {
    text: 'h1, span[dir="auto"]',
    name: 'header a span, a[href] span, h2, h2 span',
  },
  facebook: {
    text: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
    name: '[data-ad-rendering-role="profile_name"] a, h2 a, h3 a, h4 a, h1',
  },
  linkedin: {
    text: '[data-view-name="feed-commentary"], .update-components-text, .feed-shared-update-v2__description, [data-test-id="main-feed-activity-card__commentary"]',
    name: '.update-components-actor__name, .update-components-actor__title span[aria-hidden="true"], [data-view-name="feed-actor-name"], h1, .top-card-layout__title',
  },
};

/** Percent-encoded, or as written half the time (a page's hrefs need not be well-formed). */
function pathOf(payload: string, rng: Random): string {
  // encodeURIComponent throws on a lone surrogate: encode what a browser would send instead.
  return rng.chance(0.5) ? encodeURIComponent(payload.replace(/[\ud800-\udfff]/g, '\ufffd')) : payload;
}

/** A link to a profile whose name is `payload`, as each site writes it. */
const PROFILE_HREF: Record<Network, (path: string) => string> = {
  x: (p) => `/${p}`,
  instagram: (p) => `/${p}/`,
  facebook: (p) => `https://www.facebook.com/${p}`,
  linkedin: (p) => `https://www.linkedin.com/in/${p}/`,
};

/** `javascript:` URLs whose "host" is the site itself, with a post path: the sneakiest permalinks. */
const DISGUISED_PERMALINKS: Record<Network, string> = {
  x: 'javascript://x.com/%0aalert(1)//evil/status/1991507365458871279',
  instagram: 'javascript://www.instagram.com/p/C7xQ2mLNa1b/%0aalert(1)',
  facebook: 'javascript://www.facebook.com/evil/posts/1234567890123456%0aalert(1)',
  linkedin: 'javascript://www.linkedin.com/feed/update/urn:li:activity:7366738224129470464/%0aalert(1)',
};

/** Markup that only a reader returning markup (innerHTML, outerHTML) could put in a string. */
const MARKUP_LEAK = /<\s*\/?\s*(?:img|script|svg|iframe|style|a|circle)\b|\bon(?:error|load)\s*=/i;

export type HostileMode = 'text' | 'prefix' | 'markup' | 'huge' | 'href' | 'handle';

export interface HostileCase {
  seed: number;
  target: string;
  mode: HostileMode;
  what: string;
}

export interface HostileViolation extends HostileCase {
  problem: string;
}

export interface HostileReport {
  network: Network;
  cases: Record<HostileMode, number>;
  readings: Read[];
  /** The page each reading came from (its `pageUrl`). */
  pages: string[];
  violations: HostileViolation[];
}

function pickSlot(root: Element, selector: string, rng: Random): Element | null {
  const found = Array.from(root.querySelectorAll(selector));
  if (root.matches(selector)) found.push(root);
  return found.length > 0 ? rng.pick(found) : null;
}

function replaceText(journal: Journal, el: Element, text: string): void {
  for (const child of Array.from(el.childNodes)) journal.remove(child);
  journal.put(el, 'append', el.ownerDocument.createTextNode(text));
}

/** Writes one payload into the target; returns what was done, or null when the place is missing. */
function inject(target: Target, mode: HostileMode, rng: Random, journal: Journal): string | null {
  const { network, scope } = target;
  const slots = SLOTS[network];
  if (target.kind === 'page' && network === 'instagram') {
    // The served meta tags: a description or title carrying the payload, or a hostile og:url.
    const meta = pickSlot(scope, 'meta[content], link[href]', rng);
    if (!meta) return null;
    const attribute = meta.hasAttribute('content') ? 'content' : 'href';
    const payload =
      mode === 'href'
        ? rng.pick([...HOSTILE_HREFS, DISGUISED_PERMALINKS.instagram])
        : rng.pick(HOSTILE_TEXTS);
    const value = mode === 'href' ? payload : `${meta.getAttribute(attribute) ?? ''} ${payload}`;
    journal.setAttribute(meta, attribute, mode === 'huge' ? `${value}${ONE_MB}` : value);
    return `${attribute} of ${meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.tagName}`;
  }
  switch (mode) {
    case 'text':
    case 'prefix':
    case 'huge': {
      const slot =
        pickSlot(scope, rng.chance(0.5) ? slots.text : slots.name, rng) ?? pickSlot(scope, slots.text, rng);
      if (!slot) return null;
      const payload = rng.pick(HOSTILE_TEXTS);
      const text = mode === 'huge' ? `${payload}${ONE_MB}` : payload;
      if (mode === 'prefix') journal.put(slot, 'prepend', slot.ownerDocument.createTextNode(text));
      else replaceText(journal, slot, text);
      return `${mode} ${JSON.stringify(payload.slice(0, 30))} in ${slot.tagName.toLowerCase()}`;
    }
    case 'markup': {
      const slot = pickSlot(scope, `${slots.text}, ${slots.name}`, rng) ?? scope;
      journal.put(slot, rng.pick(['append', 'prepend'] as const), fragment(slot, rng.pick(HOSTILE_MARKUP)));
      return `markup in ${slot.tagName.toLowerCase()}`;
    }
    case 'href': {
      const link = pickSlot(scope, 'a[href]', rng);
      if (!link) return null;
      const href = rng.chance(0.3) ? DISGUISED_PERMALINKS[network] : rng.pick(HOSTILE_HREFS);
      journal.setAttribute(link, 'href', href);
      return `href ${JSON.stringify(href.slice(0, 40))}`;
    }
    case 'handle': {
      // A profile link (and its text) naming a hostile handle: bidi overrides, spaces, markup.
      const link = pickSlot(scope, 'a[href]', rng);
      if (!link) return null;
      const payload = rng.pick(HOSTILE_TEXTS);
      journal.setAttribute(link, 'href', PROFILE_HREF[network](pathOf(payload, rng)));
      if (rng.chance(0.5)) replaceText(journal, link, `@${payload}`);
      return `handle ${JSON.stringify(payload.slice(0, 30))}`;
    }
  }
}

const MODES: readonly (readonly [number, HostileMode])[] = [
  [3, 'text'],
  [2, 'prefix'],
  [2, 'markup'],
  [1, 'huge'],
  [2, 'href'],
  [2, 'handle'],
];

/** Strings of a reading a user will see: none may carry markup that was not text on the page. */
function stringsOf(read: Read): string[] {
  const metrics = Object.values(read.metrics).map((m) => m?.raw ?? '');
  return read.kind === 'post'
    ? [
        read.postId,
        read.url,
        read.author ?? '',
        read.authorName ?? '',
        ...read.hashtags,
        ...read.mentions,
        ...metrics,
      ]
    : [read.handle, read.displayName ?? '', ...metrics];
}

export function runHostileText(network: Network, seed: number, total: number): HostileReport {
  const config = siteConfig(network);
  const adapter = ADAPTERS[network];
  const targets = targetsOf(network).filter((t) => t.baseline.length > 0);
  const report: HostileReport = {
    network,
    cases: { text: 0, prefix: 0, markup: 0, huge: 0, href: 0, handle: 0 },
    readings: [],
    pages: [],
    violations: [],
  };
  for (let i = 0; i < total; i++) {
    const rng = new Random(seed + i);
    const target = rng.pick(targets);
    const mode = rng.weighted(MODES);
    const journal = new Journal();
    const base = { seed: seed + i, target: target.label, mode };
    let what = '';
    try {
      what = inject(target, mode, rng, journal) ?? 'nothing (no such place)';
      report.cases[mode]++;
      const ctx = contextFor(target.page.doc, target.page.url);
      const roots =
        target.kind === 'post'
          ? [target.scope]
          : target.kind === 'page'
            ? [target.page.doc.documentElement]
            : Array.from(target.scope.querySelectorAll(adapter.profileSelector ?? ':not(*)')).concat(
                target.scope.matches(adapter.profileSelector ?? ':not(*)') ? [target.scope] : [],
                network === 'facebook' ? [target.scope.closest('[role="main"]') ?? target.scope] : [],
              );
      for (const root of roots) {
        let reads: Read[] = [];
        try {
          if (target.kind === 'page') reads = adapter.readPage?.(target.page.doc, ctx) ?? [];
          else {
            const one =
              target.kind === 'post'
                ? adapter.readPost(root, ctx)
                : (adapter.readProfile?.(root, ctx) ?? null);
            reads = one ? [one] : [];
          }
        } catch (error) {
          report.violations.push({ ...base, what, problem: `the reader threw: ${String(error)}` });
        }
        const haystack =
          target.kind === 'post'
            ? new Haystack(root)
            : new Haystack(target.scope, target.page.doc.documentElement);
        for (const read of reads) {
          for (const problem of readingProblems(read, {
            network,
            haystack,
            zeroByConvention: (m) => config.zeroByConvention(m, root),
            joinedRaw: config.joinedRaw?.includes(target.kind) ?? false,
          })) {
            report.violations.push({ ...base, what, problem });
          }
          for (const value of stringsOf(read)) {
            if (MARKUP_LEAK.test(value) && !haystack.shows(value)) {
              report.violations.push({
                ...base,
                what,
                problem: `markup in a string: ${JSON.stringify(value.slice(0, 80))}`,
              });
            }
          }
          report.readings.push(read);
          report.pages.push(target.page.url);
        }
      }
    } catch (error) {
      report.violations.push({ ...base, what, problem: `the case itself failed: ${String(error)}` });
    } finally {
      journal.rollback();
    }
  }
  return report;
}

/** The readings of a hostile run as the page side sends them: with their capture fields. */
export function asReadings(report: HostileReport): Reading[] {
  return report.readings.map((read, index) => ({
    ...read,
    capturedAt: new Date(Date.UTC(2026, 4, 20, 10, 0, index % 60)).toISOString(),
    pageUrl: report.pages[index] ?? '',
    locale: 'en',
    parserVersion: 1,
  }));
}

/**
 * Sends a hostile run's readings through the background's door, 50 a batch, and returns what the
 * database then holds: every batch must be accepted, and every stored post must carry an https URL
 * and, character for character, an author name a reader returned for it.
 */
export async function storeHostileReadings(report: HostileReport): Promise<string[]> {
  const problems: string[] = [];
  const db = new KpiLensDatabase(`t-${Math.random()}`);
  const sent = asReadings(report);
  for (let start = 0; start < sent.length; start += 50) {
    const answer = await receiveMessage(
      db,
      {
        type: 'readings',
        batchId: `hostile-${report.network}-${start}`,
        readings: sent.slice(start, start + 50),
      },
      async () => ({ snapshotIntervalMinutes: 60 }),
    );
    if (answer.ok !== true) problems.push(`batch ${start} refused: ${JSON.stringify(answer).slice(0, 200)}`);
  }
  const names = new Map<string, Set<string | undefined>>();
  for (const r of sent) {
    if (r.kind !== 'post') continue;
    const key = `${r.network}:${r.postId}`;
    names.set(key, (names.get(key) ?? new Set()).add(r.authorName));
  }
  const posts = await db.posts.toArray();
  if (posts.length !== names.size) problems.push(`${posts.length} posts stored for ${names.size} read`);
  for (const post of posts) {
    if (!/^https:\/\/(www\.)?(x|instagram|facebook|linkedin)\.com\//.test(post.url)) {
      problems.push(`stored url ${post.url.slice(0, 80)}`);
    }
    if (post.authorName !== undefined && !names.get(`${post.network}:${post.postId}`)?.has(post.authorName)) {
      problems.push(`stored author name ${JSON.stringify(post.authorName.slice(0, 60))} was never read`);
    }
  }
  const rejected = await db.counters.get(REJECTED_COUNTER);
  if (rejected) problems.push(`${rejected.value} batches rejected`);
  await db.delete();
  return problems;
}
