import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReadContext } from '../../../../lib/networks/types';

/** A fixture parsed the way the content script sees the page: a whole document. */
export function loadFixture(path: string): Document {
  const html = readFileSync(resolve(process.cwd(), path), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A read context for a page, recording the hooks that found nothing. */
export function contextFor(doc: Document, url: string): ReadContext & { misses: string[] } {
  const misses: string[] = [];
  return {
    locale: doc.documentElement.lang || 'en',
    url: new URL(url),
    miss: (hook: string) => {
      misses.push(hook);
    },
    misses,
  };
}
