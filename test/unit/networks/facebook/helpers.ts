import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { facebookAdapter } from '../../../../lib/networks/facebook';
import type { PostRead, ProfileRead, ReadContext } from '../../../../lib/networks/types';

/** A saved page (path from the repository root), parsed as the browser would; scripts do not run. */
export function loadPage(relativePath: string): Document {
  const html = readFileSync(resolve(process.cwd(), relativePath), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

export type TestContext = ReadContext & { misses: string[] };

/** A reading context for `doc` at `url`, with the hooks that missed collected in `misses`. */
export function contextFor(doc: Document, url: string): TestContext {
  const misses: string[] = [];
  return {
    locale: doc.documentElement.getAttribute('lang') || 'en',
    url: new URL(url),
    miss: (hook: string) => {
      misses.push(hook);
    },
    misses,
  };
}

/** What the collector would get from a whole page: every post root and header root, read once. */
export function readPage(doc: Document, ctx: ReadContext): { posts: PostRead[]; profiles: ProfileRead[] } {
  const posts = Array.from(doc.querySelectorAll(facebookAdapter.postSelector))
    .map((root) => facebookAdapter.readPost(root, ctx))
    .filter((p): p is PostRead => p !== null);
  const profiles = Array.from(doc.querySelectorAll(facebookAdapter.profileSelector ?? ':not(*)'))
    .map((root) => facebookAdapter.readProfile?.(root, ctx) ?? null)
    .filter((p): p is ProfileRead => p !== null);
  return { posts, profiles };
}

/** A fragment of Comet markup in a page of the given language. */
export function pageWith(body: string, lang = 'en'): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`,
    'text/html',
  );
}
