// The popup's opening: what its page asks the browser to fetch before its first script runs, pinned
// for both shipped builds (npm run build && npm run build:firefox first). Chromium fetches each
// extension file in a round trip of its own. Four parallel fetches of the same bytes cost the
// opening ≈ 7–14 ms more than one, so the popup is built on its own (wxt.config.ts,
// `entrypoints:grouped`) and its static imports land in one file. Its style sheet, which blocks the
// first paint until it comes, is inline (first paint ≈ 12 ms sooner; docs/BENCHMARKS.md, sixth pass).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.mjs';

const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;

function tagsOf(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
}

describe.each(BUILDS)('the popup page of the %s build', (build) => {
  const dir = join(ROOT, '.output', build);
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');

  it('loads one script and nothing else: no shared chunk to preload, its styles inline', () => {
    const scripts = tagsOf(html, 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/type="module"/);
    expect(tagsOf(html, 'link')).toEqual([]);
    // The popup's own rules, in the page itself.
    expect(html).toMatch(/<style>[^<]*\.popup\{width:400px/);
  });

  it('ships no style sheet file that nothing loads', () => {
    const assets = join(dir, 'assets');
    const sheets = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.css')) : [];
    expect(sheets).toEqual([]);
    expect(readFileSync(join(dir, 'options.html'), 'utf8')).toMatch(/<style>[^<]*\.options\b/);
  });

  it('has a script that imports nothing statically (only the chunks it loads on demand)', () => {
    const src = /src="\/?([^"]+)"/.exec(tagsOf(html, 'script')[0] ?? '')?.[1];
    expect(src).toBeDefined();
    const code = readFileSync(join(dir, src as string), 'utf8');
    // A static import in minified ESM: `import{…}from"./x.js"` or `import"./x.js"`.
    expect(
      code.match(/\bimport\s*(?:\{[^}]*\}\s*from\s*|[\w$*\s,{}]+from\s*)?["'][^"']+\.js["']/g) ?? [],
    ).toEqual([]);
    // The lazy chunks (settings' schemas, the export, the starter objective) are still split off.
    expect(code).toMatch(/import\(/);
  });
});
