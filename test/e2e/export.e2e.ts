/**
 * Own your data, end to end in real Chromium: browse X fixture pages, mark the profile's account as
 * the user's in the options page, export JSON there (a real download), check the file against the
 * export schema and the figures the pages showed, import it into a fresh browser profile through
 * the options page, and check that the popup there shows the same numbers.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportDocumentSchema, type ExportDocument } from '../../lib/export/export-document';
import { X_PAGES, figureMismatch } from '../fixtures/x/expectations';
import { ROOT, dumpDatabase, launch, waitFor } from './harness.mjs';
import type { Harness } from './harness.mjs';

const shots = join(ROOT, 'test-results');
const OWNED = X_PAGES.profileFr.profile.handle;
let first: Harness | undefined;
let second: Harness | undefined;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  first = await launch();
  second = await launch();
});
afterAll(async () => {
  await first?.close();
  await second?.close();
});

async function openOptions(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Data' }).waitFor();
  return page;
}

async function popupText(h: Harness): Promise<{ page: Page; text: string }> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 420, height: 1400 });
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await page.waitForFunction(
    () =>
      document.querySelector('main[data-objectives="loaded"]') &&
      !document.querySelector('.kpi[data-state="loading"]') &&
      document.body.textContent?.includes('@'),
  );
  return { page, text: ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ') };
}

describe('export and import through the options page', () => {
  let exported: ExportDocument;
  let firstPopup = '';

  it('exports, as a download, a document that validates and holds the figures the pages showed', async () => {
    const h = first as Harness;
    h.serve({ [X_PAGES.homeEn.url]: X_PAGES.homeEn.file, [X_PAGES.profileFr.url]: X_PAGES.profileFr.file });
    for (const page of [X_PAGES.homeEn, X_PAGES.profileFr]) {
      const tab = await h.context.newPage();
      await tab.goto(page.url);
      await waitFor(
        () => dumpDatabase(h),
        (d) => page.posts.every((e) => (d.posts ?? []).some((p) => p.postId === e.postId)),
      );
      await tab.close();
    }
    await waitFor(
      () => dumpDatabase(h),
      (d) => (d.profileSnapshots ?? []).some((s) => s.handle === OWNED),
    );

    const options = await openOptions(h);
    // The profile's account becomes the user's, so the popup shows its figures.
    await options.getByRole('button', { name: `Add @${OWNED} (X) as my account` }).click();
    await waitFor(
      () => dumpDatabase(h),
      (d) => (d.accounts ?? []).some((a) => a.handle === OWNED && a.owned === true),
    );
    const { page: popup, text } = await popupText(h);
    firstPopup = text;
    await popup.close();

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kpi-lens-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    await options.close();

    // The Zod document schema is the source of the JSON Schema: the file validates against it…
    const parsed = ExportDocumentSchema.safeParse(raw);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    exported = ExportDocumentSchema.parse(raw);
    // …and against the committed JSON Schema's structure.
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs/kpi-lens-export.schema.json'), 'utf8')) as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { const?: unknown; required?: string[]; items?: { required?: string[] } }>;
    };
    const document = raw as Record<string, unknown>;
    expect(Object.keys(document).sort()).toEqual([...schema.required].sort());
    expect(schema.additionalProperties).toBe(false);
    expect(document.format).toBe(schema.properties.format?.const);
    expect(document.version).toBe(schema.properties.version?.const);
    for (const section of ['posts', 'postSnapshots', 'profileSnapshots', 'accounts'] as const) {
      const required = schema.properties[section]?.items?.required ?? [];
      expect(required.length).toBeGreaterThan(0);
      for (const row of document[section] as Record<string, unknown>[]) {
        for (const key of required) expect(row, `${section}.${key}`).toHaveProperty(key);
      }
    }
    for (const key of schema.properties.settings?.required ?? []) {
      expect(document.settings).toHaveProperty(key);
    }

    // The figures the pages showed, exact and rounded.
    for (const page of [X_PAGES.homeEn, X_PAGES.profileFr]) {
      for (const expected of page.posts) {
        const post = exported.posts.find((p) => p.network === 'x' && p.postId === expected.postId);
        expect(post, expected.postId).toBeDefined();
        for (const [name, figure] of Object.entries(expected.metrics)) {
          const reading = post?.latestMetrics[name as keyof typeof post.latestMetrics];
          expect(figureMismatch(reading, figure), `${expected.postId} ${name}`).toBeNull();
        }
        // Unknown stays unknown: a post whose counts are hidden has none in the file.
        for (const name of expected.unknown) expect(post?.latestMetrics[name], name).toBeUndefined();
        const snapshots = exported.postSnapshots.filter((s) => s.postId === expected.postId);
        if (expected.metrics.likes) {
          expect(figureMismatch(snapshots.at(-1)?.metrics.likes, expected.metrics.likes)).toBeNull();
        }
      }
    }
    const profile = exported.profileSnapshots.filter((s) => s.handle === OWNED).at(-1);
    for (const [name, figure] of Object.entries(X_PAGES.profileFr.profile.metrics)) {
      expect(figureMismatch(profile?.metrics[name as keyof typeof profile.metrics], figure), name).toBeNull();
    }
    expect(exported.accounts).toContainEqual(
      expect.objectContaining({ network: 'x', handle: OWNED, owned: true }),
    );
    expect(exported.settings.version).toBe(2);
  });

  it('imports the file into a fresh profile, whose popup shows the same numbers', async () => {
    const h = second as Harness;
    expect(exported).toBeDefined();
    const before = await dumpDatabase(h);
    expect(before.posts ?? []).toEqual([]);

    const options = await openOptions(h);
    const file = Buffer.from(JSON.stringify(exported));
    await options
      .getByLabel('Import a JSON file')
      .setInputFiles({ name: 'kpi-lens.json', mimeType: 'application/json', buffer: file });
    await options.getByText('Import complete.').waitFor();
    await options.close();

    const after = await dumpDatabase(h);
    expect(after.posts?.length).toBe(exported.posts.length);
    expect(after.postSnapshots?.length).toBe(exported.postSnapshots.length);
    expect(after.profileSnapshots?.length).toBe(exported.profileSnapshots.length);

    const { page, text } = await popupText(h);
    await page.screenshot({ path: join(shots, 'export-import-popup.png'), fullPage: true });
    await page.close();
    expect(text).toContain(`@${OWNED}`);
    // "1,2 k" followers is 1,150–1,299 in both profiles.
    expect(text).toMatch(/1,150\s*–\s*1,299/);
    const numbers = (s: string) => s.match(/\d[\d,.]*/g) ?? [];
    expect(numbers(text)).toEqual(numbers(firstPopup));
    expect(text).toBe(firstPopup);
  });
});
