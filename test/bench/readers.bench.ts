import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { xAdapter } from '../../lib/networks/x';
import { instagramAdapter } from '../../lib/networks/instagram';
import { facebookAdapter } from '../../lib/networks/facebook';
import { linkedinAdapter } from '../../lib/networks/linkedin';
import type { NetworkAdapter, ReadContext } from '../../lib/networks/types';

// Each reader's throughput on its feed fixture (jsdom, so slower than in Chromium; the page-side
// benchmark of `npm run bench` measures the real thing). One iteration reads every post once.
const CASES: [string, NetworkAdapter, string, string][] = [
  ['x', xAdapter, 'test/fixtures/x/home-en.html', 'https://x.com/home'],
  ['instagram', instagramAdapter, 'test/fixtures/instagram/feed-en.html', 'https://www.instagram.com/'],
  ['facebook', facebookAdapter, 'test/fixtures/facebook/feed-en.html', 'https://www.facebook.com/'],
  [
    'linkedin',
    linkedinAdapter,
    'test/fixtures/linkedin/feed-classic-en.html',
    'https://www.linkedin.com/feed/',
  ],
];

describe('readers: posts read per second', () => {
  for (const [name, adapter, file, url] of CASES) {
    const doc = new DOMParser().parseFromString(
      readFileSync(resolve(process.cwd(), file), 'utf8'),
      'text/html',
    );
    const ctx: ReadContext = {
      locale: doc.documentElement.lang || 'en',
      url: new URL(url),
      miss: () => undefined,
    };
    const posts = Array.from(doc.querySelectorAll(adapter.postSelector));
    bench(`${name}: ${posts.length} posts of ${file.split('/').pop()}`, () => {
      for (const post of posts) adapter.readPost(post, ctx);
    });
  }
});
