// Issue 12, "nothing sent": what the shipped builds ask the browser for, pinned. No browser needed:
// it reads the built manifests and files (npm run build && npm run build:firefox first).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.mjs';

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: {
    matches: string[];
    js?: string[];
    css?: string[];
    all_frames?: boolean;
    world?: string;
  }[];
};

const BUILDS = [
  { name: 'chrome-mv3', dir: join(ROOT, '.output/chrome-mv3') },
  { name: 'firefox-mv2', dir: join(ROOT, '.output/firefox-mv2') },
] as const;

/**
 * Exactly these, and why:
 * - `storage`: chrome.storage.local holds the settings (collection on/off per network, overlays,
 *   language), read by the content scripts as well as the extension's pages.
 * - `unlimitedStorage`: the history lives in IndexedDB for years; without it the browser may evict
 *   it under storage pressure or cap it, and losing the user's history is the worst failure.
 * Nothing else: no tabs, no scripting, no webRequest, no cookies, no alarms, no host permissions.
 */
const PERMISSIONS = ['storage', 'unlimitedStorage'];

/** The four networks' pages, per content script, and nothing more (no <all_urls>, no other site). */
const NETWORK_MATCHES: Record<string, string[]> = {
  'content-scripts/x.js': [
    '*://x.com/*',
    '*://twitter.com/*',
    '*://mobile.x.com/*',
    '*://mobile.twitter.com/*',
  ],
  'content-scripts/instagram.js': ['*://www.instagram.com/*', '*://instagram.com/*'],
  'content-scripts/facebook.js': [
    '*://www.facebook.com/*',
    '*://facebook.com/*',
    '*://m.facebook.com/*',
    '*://web.facebook.com/*',
  ],
  'content-scripts/linkedin.js': ['*://www.linkedin.com/*', '*://linkedin.com/*'],
};
const ALL_MATCHES = Object.values(NETWORK_MATCHES).flat();

function readManifest(dir: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file))
    throw new Error(`${relative(ROOT, file)} is missing: run npm run build && npm run build:firefox first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Ways a built page or script could pull code from the network. */
const REMOTE_CODE: [string, RegExp][] = [
  ['<script src> to another origin', /<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//i],
  ['importScripts()', /\bimportScripts\s*\(/],
  ['import() of a URL', /\bimport\s*\(\s*["'`]\s*(?:https?:)?\/\//],
  ['static import from a URL', /\b(?:from|import)\s*["'`](?:https?:)?\/\//],
  [
    '<link rel=modulepreload|stylesheet> to another origin',
    /<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?\/\//i,
  ],
];

describe.each(BUILDS)('$name build: permissions and code', ({ dir }) => {
  const manifest = readManifest(dir);

  it('asks for exactly storage and unlimitedStorage, and nothing optional', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...PERMISSIONS].sort());
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('has no host permission beyond the content scripts’ pages of the four networks', () => {
    // MV3 would list them in host_permissions, MV2 among permissions (checked above: none).
    for (const pattern of manifest.host_permissions ?? []) expect(ALL_MATCHES).toContain(pattern);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('runs content scripts on the four networks only, one script per network', () => {
    const scripts = manifest.content_scripts ?? [];
    const byScript = Object.fromEntries(
      scripts.map((s) => [(s.js ?? []).join(','), [...s.matches].sort()] as const),
    );
    const expected = Object.fromEntries(
      Object.entries(NETWORK_MATCHES).map(([js, matches]) => [js, [...matches].sort()] as const),
    );
    expect(byScript).toEqual(expected);
    for (const s of scripts) {
      expect(s.all_frames ?? false).toBe(false);
      expect(s.world ?? 'ISOLATED').toBe('ISOLATED');
      for (const js of s.js ?? []) expect(existsSync(join(dir, js))).toBe(true);
    }
  });

  it('opens no door to web pages or other extensions and keeps the default CSP', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it('loads no code from the network: no remote script anywhere in the built JS and HTML', () => {
    const found: string[] = [];
    const files = walk(dir).filter((f) => /\.(m?js|html)$/.test(f));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [what, pattern] of REMOTE_CODE) {
        const m = pattern.exec(text);
        if (m) found.push(`${relative(dir, file)}: ${what}: …${text.slice(m.index, m.index + 80)}`);
      }
      // Every script a page loads is a file of the build.
      if (file.endsWith('.html')) {
        for (const [, src] of text.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) {
          if (!src || !existsSync(join(dir, src.replace(/^\//, ''))))
            found.push(`${relative(dir, file)}: script ${src} is not in the build`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('does not ship the benchmark page (bench.html is built only by `wxt build -b bench`)', () => {
    const names = walk(dir).map((f) => relative(dir, f));
    expect(names.filter((n) => /bench/i.test(n))).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/bench/i);
    for (const html of names.filter((n) => n.endsWith('.html')))
      expect(readFileSync(join(dir, html), 'utf8')).not.toMatch(/kpiBench|bench\.html/);
  });
});
