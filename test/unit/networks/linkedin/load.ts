import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReadContext } from '../../../../lib/networks/types';

// Vitest runs from the repository root (vitest.config.ts).
const FIXTURES = resolve(process.cwd(), 'test/fixtures') + '/';

/** A saved page, parsed the way the browser would. `file` is relative to test/fixtures/. */
export function loadFixture(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(FIXTURES + file, 'utf8'), 'text/html');
}

export function parseHtml(html: string, lang = 'en'): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="${lang}"><body>${html}</body></html>`,
    'text/html',
  );
}

export interface TestContext extends ReadContext {
  misses: string[];
}

/** The context the collector would build: locale from `<html lang>`, the page URL, a miss log. */
export function contextFor(doc: Document, url: string): TestContext {
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
