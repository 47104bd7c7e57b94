import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadContext } from '../../../../lib/networks/types';
import type { InstagramFixture } from '../../../fixtures/instagram/expectations';

// A string, not `new URL(…)`: under jsdom the global URL is jsdom's, which node:url refuses.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/');

/** A fixture parsed as the browser would, from its path under test/fixtures/. */
export function loadDocument(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(`${FIXTURES}${file}`, 'utf8'), 'text/html');
}

/** Parses an HTML snippet into a document (for markup variants written inline). */
export function htmlDocument(html: string, lang = 'en'): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="${lang}"><head></head><body>${html}</body></html>`,
    'text/html',
  );
}

export interface TestContext extends ReadContext {
  misses: string[];
}

/** A read context for `url` whose misses are recorded. */
export function contextFor(url: string, locale = 'en'): TestContext {
  const misses: string[] = [];
  return { locale, url: new URL(url), misses, miss: (hook) => misses.push(hook) };
}

/** The fixture's document and a context served at its URL, in its language. */
export function openFixture(fixture: InstagramFixture): { doc: Document; ctx: TestContext } {
  const doc = loadDocument(fixture.file);
  expect(doc.documentElement.lang).toBe(fixture.locale);
  return { doc, ctx: contextFor(fixture.url, doc.documentElement.lang) };
}
