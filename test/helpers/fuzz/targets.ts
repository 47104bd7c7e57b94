/**
 * The fixtures the fuzz suites mutate, parsed once each, and the elements in them that a reader is
 * handed: post roots, profile headers (with the block around them that holds their figures), and
 * the documents of page readings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Network } from '../../../lib/model/records';
import type { NetworkAdapter, Read, ReadContext } from '../../../lib/networks/types';
import { facebookAdapter } from '../../../lib/networks/facebook';
import { instagramAdapter } from '../../../lib/networks/instagram';
import { linkedinAdapter } from '../../../lib/networks/linkedin';
import { xAdapter } from '../../../lib/networks/x';
import { FACEBOOK_FIXTURES } from '../../fixtures/facebook/expectations';
import { INSTAGRAM_FIXTURES } from '../../fixtures/instagram/expectations';
import { LINKEDIN_FIXTURES } from '../../fixtures/linkedin/expectations';
import { X_PAGES } from '../../fixtures/x/expectations';

export const ADAPTERS: Record<Network, NetworkAdapter> = {
  x: xAdapter,
  instagram: instagramAdapter,
  facebook: facebookAdapter,
  linkedin: linkedinAdapter,
};

export interface FixturePage {
  network: Network;
  /** Path from the repository root. */
  file: string;
  url: string;
  doc: Document;
}

function fromRoot(file: string): string {
  return file.startsWith('test/') ? file : `test/fixtures/${file}`;
}

/** Every fixture page of a network that exists on disk: its file and the URL it is served at. */
export function fixtureFiles(network: Network): { file: string; url: string }[] {
  const listed: { file: string; url: string }[] =
    network === 'x'
      ? Object.values(X_PAGES)
      : network === 'instagram'
        ? Object.values(INSTAGRAM_FIXTURES)
        : network === 'facebook'
          ? [...FACEBOOK_FIXTURES]
          : Object.values(LINKEDIN_FIXTURES);
  return listed
    .map(({ file, url }) => ({ file: fromRoot(file), url }))
    .filter(({ file }) => existsSync(resolve(process.cwd(), file)));
}

const parsed = new Map<string, Document>();

/** A fixture parsed once per test file, as the browser would (scripts do not run). */
export function loadPage(network: Network, file: string, url: string): FixturePage {
  let doc = parsed.get(file);
  if (!doc) {
    doc = new DOMParser().parseFromString(readFileSync(resolve(process.cwd(), file), 'utf8'), 'text/html');
    parsed.set(file, doc);
  }
  return { network, file, url, doc };
}

/** A read context as the collector builds it, recording each miss. */
export function contextFor(doc: Document, url: string): ReadContext & { misses: string[] } {
  const misses: string[] = [];
  return {
    locale: doc.documentElement.getAttribute('lang') || 'en',
    url: new URL(url),
    miss: (hook) => {
      misses.push(hook);
    },
    misses,
  };
}

export type TargetKind = 'post' | 'profile' | 'page';

/** One thing a reader is handed, in its page, with what the reader made of it untouched. */
export interface Target {
  network: Network;
  kind: TargetKind;
  page: FixturePage;
  /** The subtree the fuzzer clones and mutates (a post root, a header block, a page's main). */
  scope: Element;
  /** What the unmutated read gave: the reference for "what was lost". */
  baseline: Read[];
  label: string;
}

/** How far above a profile root the block holding its figures may reach. */
const HEADER_CLIMB = 8;

/** Profile readers read figures around their root: the block to mutate is the smallest that holds them. */
function profileScope(network: Network, root: Element): Element {
  if (network === 'x') {
    let el: Element = root;
    for (let i = 0; i < HEADER_CLIMB && el.parentElement; i++) {
      el = el.parentElement;
      if (el.querySelector('a[href$="/following"], a[href$="/followers"], a[href$="/verified_followers"]')) {
        return el;
      }
    }
    return root;
  }
  if (network === 'facebook') {
    // The reader takes `role="main"`; the header is the block around its first count link, short of any post.
    const link = Array.from(
      root.querySelectorAll('a[href*="followers"], a[href*="friends"], a[href*="following"], h1'),
    ).find((el) => !el.closest('[aria-posinset], [role="article"], [role="feed"], [role="dialog"]'));
    if (!link) return root;
    let el: Element = link;
    while (
      el.parentElement &&
      el.parentElement !== root &&
      !el.parentElement.querySelector('[aria-posinset], [role="article"], [role="feed"]')
    ) {
      el = el.parentElement;
    }
    return el;
  }
  return root;
}

function readAll(adapter: NetworkAdapter, kind: TargetKind, root: Element, page: FixturePage): Read[] {
  const ctx = contextFor(page.doc, page.url);
  if (kind === 'page') return adapter.readPage?.(page.doc, ctx) ?? [];
  const read = kind === 'post' ? adapter.readPost(root, ctx) : (adapter.readProfile?.(root, ctx) ?? null);
  return read ? [read] : [];
}

/** Every post root, profile root and page reading of a network's fixtures. */
export function targetsOf(network: Network): Target[] {
  const adapter = ADAPTERS[network];
  const targets: Target[] = [];
  for (const { file, url } of fixtureFiles(network)) {
    const page = loadPage(network, file, url);
    const short = file.replace(/^test\/fixtures\//, '');
    Array.from(page.doc.querySelectorAll(adapter.postSelector)).forEach((root, i) => {
      targets.push({
        network,
        kind: 'post',
        page,
        scope: root,
        baseline: readAll(adapter, 'post', root, page),
        label: `${short} post #${i}`,
      });
    });
    if (adapter.profileSelector && adapter.readProfile) {
      Array.from(page.doc.querySelectorAll(adapter.profileSelector)).forEach((root, i) => {
        const baseline = readAll(adapter, 'profile', root, page);
        // Roots that hold no header (LinkedIn's views links elsewhere, a bare main) are covered by posts.
        if (baseline.length === 0 && network !== 'x') return;
        targets.push({
          network,
          kind: 'profile',
          page,
          scope: profileScope(network, root),
          baseline,
          label: `${short} profile #${i}`,
        });
      });
    }
    if (adapter.readPage) {
      const head = page.doc.head;
      // Served scripts are most of a real capture's head and no reader looks at them.
      if (network === 'instagram') for (const el of head.querySelectorAll('script, style')) el.remove();
      const baseline = readAll(adapter, 'page', page.doc.documentElement, page);
      if (baseline.length > 0) {
        const main = page.doc.querySelector('main, [role="main"]') ?? page.doc.body;
        targets.push({
          network,
          kind: 'page',
          page,
          // Instagram's page readings come from the served meta tags; LinkedIn's from the main column.
          scope: network === 'instagram' ? head : main,
          baseline,
          label: `${short} page`,
        });
      }
    }
  }
  return targets;
}
