import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The settings' loader is imported lazily by the popup (its Zod schemas wait until the figures are
 * on screen) and statically by the options page's settings and import. Since the popup is built on
 * its own, the options build sees both kinds of import and says the lazy one cannot split the module
 * off: true, and harmless there. The same warning naming a popup file would matter, so only this
 * exact case is kept quiet.
 */
const SETTINGS_STORE_WARNING =
  /lib\/settings\/store\.ts is dynamically imported by .* but also statically imported by (.*), dynamic import will not move module/;
const OPTIONS_ONLY_IMPORTER = /\/(?:components\/options\/[^/]+|lib\/export\/import\.ts)$/;

function quietOptionsOnlyWarning(
  warning: { message: string },
  warn: (warning: { message: string }) => void,
): void {
  const importers = SETTINGS_STORE_WARNING.exec(warning.message)?.[1]?.split(', ');
  if (importers?.every((file) => OPTIONS_ONLY_IMPORTER.test(file))) return;
  warn(warning);
}

/**
 * Each extension page's own style sheet goes inline, in a <style> of its HTML, rather than in a
 * file of its own: Chromium fetches each extension file in a round trip of its own, and the sheet
 * holds back the first paint until it comes (the popup's first paint came ≈ 12 ms sooner inlined,
 * docs/BENCHMARKS.md, sixth pass). Extension pages' default CSP does not restrict styles. A sheet
 * that refers to other files (`url(`) or could close the tag early stays a file, and so does a sheet
 * that a lazily loaded chunk also needs (the browser would fetch it for that chunk).
 */
function inlinePageStyles(): Plugin {
  // By file: pages of one build that share a sheet all get it, though the first one removed the file.
  const inlined = new Map<string, string>();
  return {
    name: 'kpi-lens:inline-page-styles',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk) return html;
        let out = html;
        for (const file of chunk.viteMetadata?.importedCss ?? []) {
          const asset = bundle[file];
          const css = inlined.get(file) ?? (asset?.type === 'asset' ? String(asset.source) : undefined);
          if (css === undefined || /url\(|<\/style/i.test(css)) continue;
          const neededByLazyChunk = Object.values(bundle).some(
            (other) => other.type === 'chunk' && !other.isEntry && other.viteMetadata?.importedCss.has(file),
          );
          if (neededByLazyChunk) continue;
          const link = new RegExp(
            `<link rel="stylesheet"[^>]*href="[^"]*${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
          );
          if (!link.test(out)) continue;
          out = out.replace(link, () => `<style>${css}</style>`);
          inlined.set(file, css);
          delete bundle[file];
        }
        return out;
      },
    },
  };
}

export default defineConfig({
  imports: false,
  // KPI_LENS_OUT_DIR lets parallel profiling builds each have their own output (analysis only).
  ...(process.env.KPI_LENS_OUT_DIR ? { outDir: process.env.KPI_LENS_OUT_DIR } : {}),
  vite: () => ({
    plugins: [react(), inlinePageStyles()],
    // KPI_LENS_NO_MINIFY=1 keeps function names readable in profiles (benchmark analysis only).
    build: {
      ...(process.env.KPI_LENS_NO_MINIFY ? { minify: false } : {}),
      rollupOptions: { onwarn: quietOptionsOnlyWarning },
      // Vite's 500 kB warning is about downloads; extension pages read their files from disk, and one
      // file per page opens faster than several (the options page's one is ≈ 540 kB).
      chunkSizeWarningLimit: 1000,
    },
  }),
  hooks: {
    // The popup is built on its own, not in one multi-page build with the options and bench
    // pages: its static imports then land in one file instead of an entry and three shared chunks.
    // Chromium fetches each extension file in a round trip of its own, and four parallel fetches
    // cost the popup's opening more than one bigger one does (docs/BENCHMARKS.md, sixth pass).
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [index, group] of groups.entries()) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.find((entry) => entry.type === 'popup');
        if (!popup) continue;
        groups[index] = group.filter((entry) => entry !== popup);
        groups.push([popup]);
        return;
      }
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['storage', 'unlimitedStorage'],
    action: {
      default_title: '__MSG_extName__',
    },
    browser_specific_settings: {
      gecko: {
        id: 'kpi-lens@kpi-lens.invalid',
        strict_min_version: '128.0',
      },
    },
  },
});
