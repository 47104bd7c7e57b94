import { bench, describe } from 'vitest';
import { parseCount } from '../../lib/numbers/parse-count';

// Strings as the four sites print them (see docs SITES.md), each with the page language it comes with.
const corpus: ReadonlyArray<readonly [string, string]> = [
  ['1.2K', 'en'],
  ['29.9K', 'en'],
  ['23.9K posts', 'en'],
  ['553 Likes. Like', 'en'],
  ['2,948 reactions', 'en'],
  ['13 comments on X’s post', 'en'],
  ['2534 replies, 4483 reposts, 25616 likes, 797 bookmarks, 2596467 views', 'en'],
  ['572 likes, 130 comments - user on May 20, 2026: …', 'en'],
  ['Like', 'en'],
  ['1,2\u00a0k', 'fr'],
  ['1,2\u00a0k J’aime', 'fr'],
  ['Toutes les réactions\u00a0: 1,2\u00a0k', 'fr'],
  ['1\u202f234\u202f567', 'fr'],
  ['114 réactions · 17 partages', 'fr'],
  ['J’aime', 'fr'],
  ['12.345', 'de'],
  ['1,2 Mio.', 'de'],
  ['1’234’567', 'de-CH'],
  ['12 Me gusta', 'es'],
  ['12 mil seguidores', 'es'],
  ['1,2 mi', 'pt-BR'],
  ['1,2 Mln', 'it'],
  ['327,4B', 'tr'],
  ['1,2 тыс.', 'ru'],
  ['1.2万', 'ja'],
  ['1.2만', 'ko'],
  ['1.2亿', 'zh'],
  ['12 लाख', 'hi'],
  ['12,34,567', 'hi'],
  ['١٫٢ ألف', 'ar'],
  ['١٤٢', 'ar-EG'],
  ['\u200f٧\u200f', 'ar'],
];

describe('parseCount', () => {
  // Tables are built lazily: warm them so the bench measures parsing, not CLDR reads.
  for (const [text, locale] of corpus) parseCount(text, locale);

  bench(`mixed corpus (${corpus.length} strings per iteration)`, () => {
    for (const [text, locale] of corpus) parseCount(text, locale);
  });

  bench('short English count "1.2K"', () => {
    parseCount('1.2K', 'en');
  });

  bench('French compact with NBSP "1,2 k J’aime"', () => {
    parseCount('1,2\u00a0k J’aime', 'fr');
  });
});
