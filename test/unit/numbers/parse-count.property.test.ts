import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../lib/numbers/parse-count';

/** xorshift32: small, seeded, good enough to spread test counts. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

const MAX_COUNT = 10_000_000_000;

/** Counts spread evenly over orders of magnitude from 0 to 10 billion, plus the edges of each unit. */
function sampleCounts(seed: number, size: number): number[] {
  const random = seededRandom(seed);
  const counts = [0, 1, 9, 10, 999, 1000, 1049, 1050, 1099, 9949, 9950, 9999, 10_000, 999_999, 1_000_000];
  counts.push(99_999, 100_000, 9_999_999, 99_999_999, 999_999_999, 1_000_000_000, MAX_COUNT);
  while (counts.length < size) counts.push(Math.floor(10 ** (random() * Math.log10(MAX_COUNT + 1))));
  return counts;
}

const LOCALES = [
  'en',
  'en-GB',
  'en-IN',
  'fr',
  'fr-CH',
  'de',
  'de-CH',
  'es',
  'es-MX',
  'it',
  'pt-BR',
  'pt-PT',
  'nl',
  'pl',
  'tr',
  'sv',
  'ru',
  'ja',
  'ko',
  'zh',
  'hi',
  'id',
  'ar',
  'ar-EG',
] as const;

/** Words each site puts around a count, in the page's language; `#` is where the count goes. */
const SITE_TEXTS: Record<string, string[]> = {
  en: ['# likes', '# Likes. Like', '# views. View post analytics', 'You and # others', '# reactions'],
  fr: ['# J’aime', 'Toutes les réactions\u00a0: #', '# commentaires', '# réactions · 17 partages', '# vues'],
  de: ['# „Gefällt mir“-Angaben', '# Kommentare', '# Aufrufe', 'Alle Reaktionen: #'],
  es: ['# Me gusta', '# seguidores', '# comentarios', '# veces compartido'],
  it: ['# Mi piace', '# commenti', '# follower'],
  pt: ['# curtidas', '# seguidores', '# comentários', '# gostos'],
  nl: ['# vind-ik-leuks', '# reacties', '# volgers'],
  pl: ['# polubień', '# komentarzy', '# obserwujących'],
  tr: ['# beğenme', '# Beğenme', '# yorum', '# takipçi', '# Bağlantı'],
  sv: ['# gilla-markeringar', '# kommentarer', '# följare'],
  ru: ['# отметок «Нравится»', '# комментариев', '# подписчиков', 'Нравится: #'],
  ja: ['いいね！#件', '#人のフォロワー', '# 件のコメント'],
  ko: ['좋아요 #개', '팔로워 #명', '# 조회'],
  zh: ['#次赞', '# 条评论', '#位关注者'],
  hi: ['# लाइक', '# टिप्पणियाँ', '# फ़ॉलोअर'],
  id: ['# suka', '# komentar', '# pengikut', '# Suka'],
  ar: ['# إعجاب', '\u200f# تعليق\u200f', 'المتابعون: #'],
};

function siteTexts(locale: string): string[] {
  const language = locale.split('-')[0] ?? locale;
  return SITE_TEXTS[language] ?? SITE_TEXTS.en ?? [];
}

/** How far the shown value may sit from the true count: 2 significant digits round by < 5 %. */
const ROUNDED_TOLERANCE = 0.05;
/** Truncating to 2 significant digits loses < 10 % (1099 → "1K"). */
const TRUNCATED_TOLERANCE = 0.1;

/** Checks in plain code first: building a message for each of ~100k expectations would dominate. */
function expectHolds(text: string, locale: string, n: number, tolerance: number): void {
  // fr and it long forms print 1000 as the bare word "mille"; a figure-less word is not read as a count.
  if (!/\p{Nd}/u.test(text)) return;
  const parsed = parseCount(text, locale);
  const holds =
    parsed !== null &&
    Number.isInteger(parsed.min) &&
    Number.isInteger(parsed.max) &&
    Number.isInteger(parsed.value) &&
    parsed.min >= 0 &&
    parsed.min <= n &&
    n <= parsed.max &&
    parsed.min <= parsed.value &&
    parsed.value <= parsed.max &&
    Math.abs(parsed.value - n) <= n * tolerance;
  if (!holds) expect.fail(`${locale} ${JSON.stringify(text)} for ${n}: ${JSON.stringify(parsed)}`);
}

function expectExact(text: string, locale: string, n: number): void {
  const parsed = parseCount(text, locale);
  if (parsed?.value !== n || parsed.min !== n || parsed.max !== n) {
    expect.fail(`${locale} ${JSON.stringify(text)} should be exactly ${n}: ${JSON.stringify(parsed)}`);
  }
}

describe.each(LOCALES)('parseCount property: %s', (locale) => {
  const counts = sampleCounts(0x5eed + locale.length * 7919 + locale.charCodeAt(0), 400);
  const full = new Intl.NumberFormat(locale);
  const short = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'short' });
  const long = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' });

  it('reads every full figure Intl prints exactly', () => {
    for (const n of counts) expectExact(full.format(n), locale, n);
  });

  it('bounds every short and long compact figure Intl prints around the true count', () => {
    for (const n of counts) {
      expectHolds(short.format(n), locale, n, ROUNDED_TOLERANCE);
      expectHolds(long.format(n), locale, n, ROUNDED_TOLERANCE);
    }
  });

  it('finds the count among the words a site puts around it', () => {
    const texts = siteTexts(locale);
    counts.forEach((n, i) => {
      const template = texts[i % texts.length] ?? '#';
      expectExact(template.replace('#', full.format(n)), locale, n);
      expectHolds(template.replace('#', short.format(n)), locale, n, ROUNDED_TOLERANCE);
      expectHolds(template.replace('#', long.format(n)), locale, n, ROUNDED_TOLERANCE);
    });
  });

  it('bounds a truncated figure around the true count, as X shows 25616 likes as "25K"', () => {
    const truncated = new Intl.NumberFormat(locale, { notation: 'compact', roundingMode: 'trunc' });
    const oneDecimal = new Intl.NumberFormat(locale, {
      notation: 'compact',
      maximumFractionDigits: 1,
      roundingMode: 'trunc',
    });
    for (const n of counts) {
      expectHolds(truncated.format(n), locale, n, TRUNCATED_TOLERANCE);
      expectHolds(oneDecimal.format(n), locale, n, TRUNCATED_TOLERANCE);
    }
  });
});

describe('parseCount property: English compact figures in any page language', () => {
  const english = new Intl.NumberFormat('en', { notation: 'compact' });
  // Where the locale spells K, M or B itself, its own meaning wins (tr B = bin, es B = billón, id M = miliar).
  const ownMeaning = new Set(['tr', 'es', 'es-MX', 'id']);

  it.each(LOCALES.filter((locale) => !ownMeaning.has(locale)))('%s', (locale) => {
    for (const n of sampleCounts(0xbeef, 200)) {
      if (n >= 1e12) continue;
      expectHolds(english.format(n), locale, n, ROUNDED_TOLERANCE);
    }
  });
});

describe('parseCount property: the X action bar', () => {
  it('reads each count as X writes it: exact in the label, truncated on the button', () => {
    const random = seededRandom(42);
    const truncated = new Intl.NumberFormat('en', { notation: 'compact', roundingMode: 'trunc' });
    for (let i = 0; i < 500; i++) {
      const likes = Math.floor(10 ** (random() * 8));
      const views = Math.floor(10 ** (random() * 10));
      const label = `${likes} likes, ${views} views`;
      expectExact(label, 'en', likes);
      expectExact(`${views} views. View post analytics`, 'en', views);
      expectHolds(truncated.format(views), 'en', views, TRUNCATED_TOLERANCE);
    }
  });
});

describe('parseCount property: every language Intl knows', () => {
  // Tables come from CLDR, not a list: any language the runtime has data for must read its own figures.
  const languages = (
    'af am ar as az be bg bn bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu he hi hr hu hy id ' +
    'is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms my nb ne nl or pa pl ps pt ro ru si sk sl sq sr ' +
    'sv sw ta te th tk tr uk ur uz vi zh zu yue ha yo ig so ti es-419 ar-SA ar-MA fa-AF ur-IN bn-IN ' +
    'sr-Latn zh-Hant zh-HK de-AT fr-CA it-CH nn rm gsw fy mai kok'
  ).split(' ');
  const supported = Intl.NumberFormat.supportedLocalesOf(languages);

  it('has data for most of them', () => {
    expect(supported.length).toBeGreaterThan(90);
  });

  it.each(supported)('%s', (locale) => {
    const full = new Intl.NumberFormat(locale);
    const short = new Intl.NumberFormat(locale, { notation: 'compact' });
    const long = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' });
    // Known CLDR slips the parser does not follow: my writes 10^10 and up with a prefix and a suffix at
    // once; ne long forms call 10^6 a "करोड" (a crore is 10^7, as the short forms say).
    const longIsSound = !locale.startsWith('ne');
    for (const n of sampleCounts(0xc1d2, 60)) {
      expectExact(full.format(n), locale, n);
      if (!(locale === 'my' && n >= 1e10)) expectHolds(short.format(n), locale, n, ROUNDED_TOLERANCE);
      if (longIsSound) expectHolds(long.format(n), locale, n, ROUNDED_TOLERANCE);
    }
  });
});
